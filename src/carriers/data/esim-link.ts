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
});
