import type { ContactWords } from '../types';

// Lithuanian. "El. paštas" is the e-mail.
const WHOLE_NAME = 'vardas( ir)? pavarde';

export const lt: ContactWords = {
  code: 'lt',
  fields: {
    givenName: { strong: '^(jusu )?vardas$', neg: WHOLE_NAME },
    familyName: { strong: 'pavarde', ident: 'pavarde', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME },
    email: { strong: '\\b(el|e) pastas' },
    phone: { strong: 'telefonas' },
  },
};
