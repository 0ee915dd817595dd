import type { ContactWords } from '../types';

// Indonesian (Malay writes these alike).
const WHOLE_NAME = 'nama lengkap';

export const id: ContactWords = {
  code: 'id',
  fields: {
    givenName: { strong: 'nama depan', neg: WHOLE_NAME },
    familyName: { strong: 'nama belakang', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^nama( anda)?$' },
    email: { strong: '\\bsurel\\b' },
    phone: { strong: 'telepon|ponsel|nomor hp|\\bno hp\\b', ident: 'telepon|ponsel' },
  },
};
