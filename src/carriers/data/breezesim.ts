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
});
