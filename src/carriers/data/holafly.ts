import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'holafly',
  name: 'Holafly',
  countries: ['global'],
  domains: ['holafly.com'],
  supportPaths: ['/help', '/support', '/contact', '/hc/'],
  contacts: [],
  languages: ['en', 'fr'],
  kind: 'travel',
});
