import type { ContactWords } from '../types';

// Serbian in Latin letters (Croatian and Bosnian write these alike). "Ime" alone is the given name
// beside "Prezime", the whole name on its own.
const WHOLE_NAME = 'ime i prezime|puno ime';

export const sr: ContactWords = {
  code: 'sr',
  fields: {
    givenName: { strong: 'licno ime', neg: WHOLE_NAME },
    familyName: { strong: 'prezime', ident: 'prezime', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^(vase )?ime$' },
    phone: { strong: 'broj telefona|mobilni' },
  },
};
