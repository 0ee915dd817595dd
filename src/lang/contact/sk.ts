import type { ContactWords } from '../types';

// Slovak. "Meno" alone is the given name beside "Priezvisko", the whole name on its own.
const WHOLE_NAME = 'meno a priezvisko|cele meno';

export const sk: ContactWords = {
  code: 'sk',
  fields: {
    givenName: { strong: 'krstne meno', neg: WHOLE_NAME },
    familyName: { strong: 'priezvisko', ident: 'priezvisko', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^(vase )?meno$' },
  },
};
