import type { ContactWords } from '../types';

// Swedish. "Namn" alone is the whole name; "E-post" is the e-mail.
const WHOLE_NAME = 'fullstandigt namn|for ?(och|&) efternamn';

export const sv: ContactWords = {
  code: 'sv',
  fields: {
    givenName: { strong: 'fornamn', ident: 'fornamn', neg: WHOLE_NAME },
    familyName: { strong: 'efternamn', ident: 'efternamn', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^(ditt )?namn$' },
    email: { strong: '\\be ?post(adress)?\\b' },
  },
};
