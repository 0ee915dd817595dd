import type { ContactWords } from '../types';

// Romanian. "Nume" alone is the family name beside "Prenume", the whole name on its own.
const WHOLE_NAME = 'nume si prenume|prenume si nume|nume(le)? complet';

export const ro: ContactWords = {
  code: 'ro',
  fields: {
    givenName: { strong: 'prenume', ident: 'prenume', neg: WHOLE_NAME },
    familyName: { strong: 'nume de familie', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^nume(le)?$' },
  },
};
