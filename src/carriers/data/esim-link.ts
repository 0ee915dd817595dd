import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'esim-link',
  name: 'eSIM-link',
  countries: ['global'],
  domains: ['esim-link.com'],
  supportPaths: ['/help', '/support', '/contact', '/hc/'],
  contacts: [],
  languages: ['en', 'fr'],
  kind: 'travel',
  // Travel-eSIM sellers find the purchase by order number or e-mail, and the eSIM by its ICCID.
  wants: ['orderNumber', 'email', 'iccid', 'fullName', 'deviceModel', 'eid'],
});
