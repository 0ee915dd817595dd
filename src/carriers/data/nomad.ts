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
});
