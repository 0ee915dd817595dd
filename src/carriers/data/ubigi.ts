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
});
