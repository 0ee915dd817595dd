import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'breezesim',
  name: 'BreezeSIM',
  countries: ['global'],
  domains: ['breezesim.com'],
  supportPaths: ['/help', '/support', '/contact', '/hc/'],
  contacts: [],
  languages: ['en'],
  kind: 'travel',
  // Travel-eSIM sellers find the purchase by order number or e-mail, and the eSIM by its ICCID.
  wants: ['orderNumber', 'email', 'iccid', 'fullName', 'deviceModel', 'eid'],
});
