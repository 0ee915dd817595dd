import { describe, expect, test } from 'vitest';
import { detectHtml, fieldForLabel } from '../../../tests/support/detect';
import { normalizeText } from '../../dom/normalize';
import { CONTACT_ONLY, LANGUAGES } from '..';

const patternsOf = (value: unknown, at: string): [string, string][] =>
  typeof value === 'string'
    ? [[at, value]]
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => patternsOf(inner, `${at}.${key}`))
      : [];

describe('languages read by their contact words alone', () => {
  test('each once, and none that has a full pack', () => {
    const codes = CONTACT_ONLY.map((words) => words.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(LANGUAGES as readonly string[]).not.toContain(code);
  });

  test.each(CONTACT_ONLY.map((words) => [words.code, words] as const))(
    '%s: every pattern compiles, matches no empty text and is written as normalizeText writes text',
    (code, words) => {
      for (const [at, source] of patternsOf(words.fields, code)) {
        expect(source, at).not.toMatch(/^\||\|$|\|\|/);
        expect(new RegExp(source).test(''), at).toBe(false);
        const changed = [...source].filter((c) => /\p{L}/u.test(c) && normalizeText(c) !== c);
        expect(changed.join(''), at).toBe('');
      }
    },
  );

  test.each([
    ['Křestní jméno', 'givenName'],
    ['Příjmení', 'familyName'],
    ['Jméno a příjmení', 'fullName'],
    ['Priezvisko', 'familyName'],
    ['Keresztnév', 'givenName'],
    ['Vezetéknév', 'familyName'],
    ['Név', 'fullName'],
    ['Telefonszám', 'phone'],
    ['Fornavn', 'givenName'],
    ['Navn & efternavn', 'fullName'],
    ['Etternavn', 'familyName'],
    ['E-post', 'email'],
    ['Förnamn', 'givenName'],
    ['Efternamn', 'familyName'],
    ['E-postadress', 'email'],
    ['Etunimi', 'givenName'],
    ['Sukunimi', 'familyName'],
    ['Sähköposti', 'email'],
    ['Puhelin', 'phone'],
    ['Prenume', 'givenName'],
    ['Nume și prenume', 'fullName'],
    ['Adı Soyadı', 'fullName'],
    ['Soyadı', 'familyName'],
    ['E-posta', 'email'],
    ['Nama depan', 'givenName'],
    ['Nama lengkap', 'fullName'],
    ['Nomor HP', 'phone'],
    ['Vardas, pavardė', 'fullName'],
    ['Pavardė', 'familyName'],
    ['El. paštas', 'email'],
    ['Ονοματεπώνυμο', 'fullName'],
    ['Επώνυμο', 'familyName'],
    ['Τηλέφωνο', 'phone'],
    ['Apelidos', 'familyName'],
    ['Enderezo electrónico', 'email'],
    ['Nome e apelidos', 'fullName'],
    ['Prezime', 'familyName'],
    ['Ime i prezime', 'fullName'],
    ['Broj telefona', 'phone'],
  ])('"%s" is %s', (label, field) => {
    expect(fieldForLabel(label)).toBe(field);
  });

  test('a postcode is no e-mail ("Codice postale", "Boîte postale")', () => {
    expect(fieldForLabel('Codice postale')).not.toBe('email');
    expect(fieldForLabel('Lieu-dit, boîte postale')).not.toBe('email');
  });

  test('a bare "Jméno" is the given name beside "Příjmení", a bare "Nume" the family name beside "Prenume"', () => {
    const field = (html: string, id: string) =>
      detectHtml(`<form>${html}<button>Odeslat</button></form>`)[0]!.controls.find((c) => c.element.id === id)
        ?.field;
    const czech = '<label for="a">Jméno</label><input id="a"><label for="b">Příjmení</label><input id="b">';
    expect(field(czech, 'a')).toBe('givenName');
    expect(field(czech, 'b')).toBe('familyName');
    const romanian = '<label for="a">Nume</label><input id="a"><label for="b">Prenume</label><input id="b">';
    expect(field(romanian, 'a')).toBe('familyName');
    expect(field(romanian, 'b')).toBe('givenName');
  });

  test('are read on a form in no language with a pack, not on one declared in a language with a pack', () => {
    const surname = (lang: string) =>
      detectHtml('<form><label for="b">Vezetéknév</label><input id="b"><button>Küldés</button></form>', {
        lang,
      })[0]!.controls[0]?.field;
    expect(surname('')).toBe('familyName');
    expect(surname('hu')).toBe('familyName');
    expect(surname('fr')).toBeNull();
  });
});
