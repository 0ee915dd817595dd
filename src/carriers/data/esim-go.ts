import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'esim-go',
  name: 'eSIM Go',
  countries: ['global'],
  domains: ['esim-go.com'],
  supportPaths: ['/help', '/support', '/contact', '/hc/'],
  contacts: [],
  languages: ['en'],
  kind: 'travel',
  // Travel-eSIM sellers find the purchase by order number or e-mail, and the eSIM by its ICCID.
  wants: ['orderNumber', 'email', 'iccid', 'fullName', 'deviceModel', 'eid'],
});
