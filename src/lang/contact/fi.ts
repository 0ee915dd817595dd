import type { ContactWords } from '../types';

// Finnish.
const WHOLE_NAME = 'koko nimi|etu ja sukunimi';

export const fi: ContactWords = {
  code: 'fi',
  fields: {
    givenName: { strong: 'etunimi', ident: 'etunimi', neg: WHOLE_NAME },
    familyName: { strong: 'sukunimi', ident: 'sukunimi', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^(nimi|nimesi)$' },
    email: { strong: 'sahkoposti', ident: 'sahkoposti' },
    phone: { strong: 'puhelin', ident: 'puhelin' },
  },
};
