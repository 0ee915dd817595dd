import type { ContactWords } from '../types';

// Turkish. Dotless "ı" keeps its form through normalisation ("Adı" arrives as "adı").
const WHOLE_NAME = 'ad[ıi]? (ve )?soyad|isim soyisim';

export const tr: ContactWords = {
  code: 'tr',
  fields: {
    givenName: { strong: '^(ad[ıi]n[ıi]z|ad[ıi]|ad)$', neg: WHOLE_NAME },
    familyName: { strong: 'soyad|soyisim', ident: 'soyad', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^(isim|isminiz)$' },
    email: { strong: '\\be ?posta\\b' },
    phone: { strong: 'cep telefonu' },
  },
};
