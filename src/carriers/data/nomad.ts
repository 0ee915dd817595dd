import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'nomad',
  name: 'Nomad',
  countries: ['global'],
  domains: ['getnomad.app'],
  supportPaths: ['/help', '/support', '/contact', '/hc/'],
  contacts: [],
  languages: ['en'],
  kind: 'travel',
  // Travel-eSIM sellers find the purchase by order number or e-mail, and the eSIM by its ICCID.
  wants: ['orderNumber', 'email', 'iccid', 'fullName', 'deviceModel', 'eid'],
});
