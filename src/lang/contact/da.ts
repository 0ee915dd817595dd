import type { ContactWords } from '../types';

// Danish. "Navn" alone is the whole name; "Navn & efternavn" too.
const WHOLE_NAME = 'fulde navn|fuldt navn|navn (og |& )?efternavn';

export const da: ContactWords = {
  code: 'da',
  fields: {
    givenName: { strong: 'fornavn', ident: 'fornavn', neg: WHOLE_NAME },
    familyName: { strong: 'efternavn', ident: 'efternavn', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^(dit )?navn$' },
  },
};
