import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'simcardo',
  name: 'Simcardo',
  countries: ['global'],
  domains: ['simcardo.com'],
  supportPaths: ['/help', '/support', '/contact', '/hc/'],
  contacts: [],
  languages: ['en', 'fr'],
  kind: 'travel',
});
