import { afterEach, describe, expect, test } from 'vitest';
import { readingLanguages } from './language';
import { packWords, readingIn } from './reading';

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
});

describe('packWords: the packs words of the languages being read', () => {
  const phone = packWords((pack) => pack.fields.phone.strong);

  test('outside a reading every pack is read', () => {
    expect(phone.test('handynummer')).toBe(true); // German
    expect(phone.test('telefone celular')).toBe(true); // Portuguese
  });

  test('inside one, only the languages given, and the reading ends with its call', () => {
    expect(readingIn(new Set(['en'] as const), () => phone.test('handynummer'))).toBe(false);
    expect(readingIn(new Set(['en', 'de'] as const), () => phone.test('handynummer'))).toBe(true);
    expect(
      readingIn(new Set(['en', 'de'] as const), () =>
        readingIn(new Set(['en'] as const), () => phone.test('handynummer')),
      ),
    ).toBe(false);
    expect(phone.test('handynummer')).toBe(true);
  });

  test('a use without words in the languages read matches nothing', () => {
    const frenchOnly = packWords((pack) => (pack.code === 'fr' ? 'bonjour' : undefined));
    expect(readingIn(new Set(['en'] as const), () => frenchOnly.test('bonjour'))).toBe(false);
    expect(frenchOnly.test('bonjour')).toBe(true);
  });
});

describe('readingLanguages: the languages a form is read in', () => {
  test('a declared language with a pack: it, English and the packs of other scripts', () => {
    document.documentElement.lang = 'fr-FR';
    document.body.innerHTML = '<form id="f"><input name="x"></form>';
    const languages = readingLanguages(document, document.getElementById('f')!);
    expect([...(languages ?? [])].sort()).toEqual(['en', 'fr', 'ja', 'ru', 'zh']);
  });

  test('the form’s own lang wins over the page’s, and the page text’s language is added', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<p>Bitte füllen Sie das Formular aus, und wir werden Ihnen so schnell wie möglich antworten, das ist sicher.</p>
      <form id="f" lang="es"><input name="x"></form>`;
    const languages = readingLanguages(document, document.getElementById('f')!);
    expect([...(languages ?? [])].sort()).toEqual(['de', 'en', 'es', 'ja', 'ru', 'zh']);
  });

  test('a form with text enough is read in the language of its own text, not of the page around it', () => {
    document.documentElement.lang = 'en';
    const english =
      'Our shop ships to every island within three days, and you can return what you bought for free. ';
    const french =
      'Merci de remplir ce formulaire pour nous signaler la perte de votre téléphone. Nous vous répondrons dans les plus brefs délais, et nous ne partagerons pas vos données avec des tiers. ';
    document.body.innerHTML = `<p>${english.repeat(40)}</p>
      <form id="f"><p>${french.repeat(2)}</p><label>Nom de famille <input name="x"></label></form>`;
    const languages = readingLanguages(document, document.getElementById('f')!);
    expect([...(languages ?? [])].sort()).toEqual(['en', 'fr', 'ja', 'ru', 'zh']);
  });

  test('nothing declared, or a language without a pack: every pack', () => {
    document.body.innerHTML = '<form id="f"><input name="x"></form>';
    expect(readingLanguages(document, document.getElementById('f')!)).toBeUndefined();
    document.documentElement.lang = 'hu';
    expect(readingLanguages(document, document.getElementById('f')!)).toBeUndefined();
  });
});
