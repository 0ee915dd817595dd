import type { ContactWords } from '../types';

// Czech. "Jméno" alone is the given name beside "Příjmení", the whole name on its own.
const WHOLE_NAME = 'jmeno a prijmeni|cele jmeno';

export const cs: ContactWords = {
  code: 'cs',
  fields: {
    givenName: { strong: 'krestni jmeno', neg: WHOLE_NAME },
    familyName: { strong: 'prijmeni', ident: 'prijmeni', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^(vase )?jmeno$' },
  },
};
