import type { ContactWords } from '../types';

// Hungarian: "Név" (the whole name), "Vezetéknév" + "Keresztnév" (family name first).
const WHOLE_NAME = 'teljes nev';

export const hu: ContactWords = {
  code: 'hu',
  fields: {
    givenName: { strong: 'keresztnev|utonev', ident: 'keresztnev|utonev', neg: WHOLE_NAME },
    familyName: { strong: 'vezeteknev|csaladnev', ident: 'vezeteknev|csaladnev', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^(a )?nev$|^neved$' },
    phone: { strong: 'telefonszam|mobilszam' },
  },
};
