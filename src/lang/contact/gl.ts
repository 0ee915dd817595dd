import type { ContactWords } from '../types';

// Galician. "Nome" alone is the given name beside "Apelidos", the whole name on its own.
const WHOLE_NAME = 'nome (e |completo)';

export const gl: ContactWords = {
  code: 'gl',
  fields: {
    givenName: { strong: 'primeiro nome', neg: WHOLE_NAME },
    familyName: { strong: 'apelidos', ident: 'apelidos', neg: WHOLE_NAME },
    fullName: { strong: WHOLE_NAME, weak: '^(o teu )?nome$' },
    email: { strong: 'enderezo (de correo )?electronico|correo electronico', ident: 'enderezo|correo' },
  },
};
