import type { ContactWords } from '../types';

// Greek, without its accents ("Όνομα" arrives as "ονομα"). "Ονοματεπώνυμο" is the whole name.
const WHOLE_NAME = 'ονοματεπωνυμο';

export const el: ContactWords = {
  code: 'el',
  fields: {
    givenName: { strong: '^(το )?ονομα$|^μικρο ονομα', neg: WHOLE_NAME },
    familyName: { strong: 'επωνυμο', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME },
    email: { strong: 'ηλεκτρονικ[οη] (ταχυδρομειο|διευθυνση)' },
    phone: { strong: 'τηλεφωνο|κινητο' },
  },
};
