import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'airalo',
  name: 'Airalo',
  countries: ['global'],
  domains: ['airalo.com'],
  supportPaths: ['/help', '/support', '/contact', '/hc/'],
  contacts: [],
  languages: ['en', 'fr', 'zh'],
  kind: 'travel',
});
