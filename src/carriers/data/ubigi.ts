import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'ubigi',
  name: 'Ubigi',
  countries: ['global'],
  domains: ['ubigi.com'],
  supportPaths: ['/help', '/support', '/contact', '/hc/'],
  contacts: [],
  languages: ['en', 'fr', 'zh'],
  kind: 'travel',
  // Travel-eSIM sellers find the purchase by order number or e-mail, and the eSIM by its ICCID.
  wants: ['orderNumber', 'email', 'iccid', 'fullName', 'deviceModel', 'eid'],
});
