import type { ContactWords } from '../types';

// Norwegian (Bokmål and Nynorsk write these alike). "E-post" is the e-mail.
const WHOLE_NAME = 'fullt navn|fullstendig navn';

export const nb: ContactWords = {
  code: 'nb',
  fields: {
    givenName: { strong: 'fornavn', neg: WHOLE_NAME },
    familyName: { strong: 'etternavn', ident: 'etternavn', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^(ditt )?navn$' },
    email: { strong: '\\be ?post(adresse)?\\b' },
  },
};
