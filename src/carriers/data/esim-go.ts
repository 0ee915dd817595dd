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
});
