import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'orange',
  name: 'Orange',
  countries: ['FR', 'global'],
  domains: ['orange.fr', 'orange.com'],
  supportPaths: ['/assistance', '/contact', '/support'],
  contacts: [
    {
      kind: 'phone',
      value: '+687 20 20 20',
      verified: false,
      note: 'From the original brief; Orange runs no network in New Caledonia and this is a fixed-line range.',
    },
  ],
  languages: ['fr', 'en'],
  kind: 'network',
});
