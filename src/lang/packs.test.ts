import { describe, expect, test } from 'vitest';
import { scoreControl } from '../detect/classify';
import type { ControlSignals } from '../detect/types';
import { normalizeText } from '../dom/normalize';
import { FIELD_KEYS, REASONS } from '../profile/fields';
import { LANGUAGES, PACKS, packForTag } from '.';

/** Every regex source a pack holds, with where it sits ("fields.phone.neg"). */
function patternsOf(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => patternsOf(inner, `${at}.${key}`));
}

/** The best field for a control labelled `label` (as the signals collector would see it). */
function fieldFor(label: string, type = 'text'): string | undefined {
  const signals: ControlSignals = {
    autocomplete: '',
    type,
    nameWords: [],
    idWords: [],
    label: normalizeText(label),
    labelCore: normalizeText(label.replace(/[(（[][^)）\]]*[)）\]]/g, ' ')),
    labelSource: 'label-for',
    ariaLabel: '',
    placeholder: '',
    title: '',
    hint: '',
    options: [],
  };
  return scoreControl(signals)[0]?.field;
}

describe('language packs', () => {
  test('eight languages, each registered once under its own code', () => {
    expect([...LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'pt', 'zh']);
    expect(new Set(LANGUAGES).size).toBe(PACKS.length);
  });

  test.each(PACKS.map((pack) => [pack.code, pack] as const))('%s: words for every field', (_, pack) => {
    for (const field of FIELD_KEYS) expect(pack.fields[field].strong.length, field).toBeGreaterThan(0);
    for (const [kind, words] of Object.entries(pack.form)) expect(words.length, kind).toBeGreaterThan(0);
    for (const words of [pack.submit, pack.never, pack.username, pack.landline])
      expect(words.length).toBeGreaterThan(0);
    for (const words of Object.values(pack.reasonOptions)) expect(words.length).toBeGreaterThan(0);
  });

  test.each(PACKS.map((pack) => [pack.code, pack] as const))('%s: every pattern compiles', (_, pack) => {
    const { reasons, message, name, code, aliases, ...words } = pack;
    for (const [at, source] of patternsOf(words, code)) {
      expect(() => new RegExp(source), at).not.toThrow();
      // An empty alternative would match everything.
      expect(source, at).not.toMatch(/^\||\|$|\|\|/);
      expect(new RegExp(source).test(''), at).toBe(false);
    }
  });

  test.each(PACKS.map((pack) => [pack.code, pack] as const))(
    '%s: texts for every reason and message line',
    (_, pack) => {
      for (const reason of REASONS) expect(pack.reasons[reason].trim()).not.toBe('');
      for (const [at, text] of patternsOf(pack.message, 'message')) {
        if (at !== 'message.colon') expect(text.trim(), at).not.toBe('');
      }
    },
  );

  test.each([
    ['es-MX', 'es'],
    ['pt-BR', 'pt'],
    ['zh-Hant-TW', 'zh'],
    ['ja', 'ja'],
    ['jp', 'ja'],
    ['de_AT', 'de'],
    ['EN-gb', 'en'],
    ['it', 'it'],
  ])('the tag %s names the %s pack', (tag, code) => {
    expect(packForTag(tag)?.code).toBe(code);
  });

  test.each(['ru', 'ko', 'nl', 'zz'])('no pack for %s', (tag) => {
    expect(packForTag(tag)).toBeUndefined();
  });
});

describe('labels in every language find their field', () => {
  test.each([
    // English, French, Chinese: unchanged.
    ['First name', 'givenName'],
    ['Last name', 'familyName'],
    ['Nom de famille', 'familyName'],
    ['Courriel', 'email'],
    ['手机号码', 'phone'],
    ['订单号', 'orderNumber'],
    // Spanish
    ['Apellidos', 'familyName'],
    ['Primer apellido', 'familyName'],
    ['Nombre y apellidos', 'fullName'],
    ['Nombre completo', 'fullName'],
    ['Correo electrónico', 'email'],
    ['Teléfono móvil', 'phone'],
    ['Celular', 'phone'],
    ['Prefijo internacional', 'phoneCountryCode'],
    ['Asunto', 'subject'],
    ['Motivo de la solicitud', 'reason'],
    ['Número de pedido', 'orderNumber'],
    ['Código de activación', 'activationCode'],
    ['Número de la tarjeta SIM', 'iccid'],
    ['Modelo del teléfono', 'deviceModel'],
    ['Operador', 'carrier'],
    // German
    ['Vorname', 'givenName'],
    ['Nachname', 'familyName'],
    ['Vor- und Nachname', 'fullName'],
    ['E-Mail-Adresse', 'email'],
    ['Handynummer', 'phone'],
    ['Telefonnummer', 'phone'],
    ['Ländervorwahl', 'phoneCountryCode'],
    ['Betreff', 'subject'],
    ['Grund der Anfrage', 'reason'],
    ['Bestellnummer', 'orderNumber'],
    ['Aktivierungscode', 'activationCode'],
    ['IMEI-Nummer', 'imei'],
    ['SIM-Kartennummer', 'iccid'],
    ['Gerätemodell', 'deviceModel'],
    ['Mobilfunkanbieter', 'carrier'],
    // Italian
    ['Cognome', 'familyName'],
    ['Nome e cognome', 'fullName'],
    ['Posta elettronica', 'email'],
    ['Indirizzo email', 'email'],
    ['Telefono cellulare', 'phone'],
    ['Prefisso internazionale', 'phoneCountryCode'],
    ['Oggetto', 'subject'],
    ['Motivo della richiesta', 'reason'],
    ["Numero d'ordine", 'orderNumber'],
    ['Codice di attivazione', 'activationCode'],
    ['Numero della SIM', 'iccid'],
    ['Modello del telefono', 'deviceModel'],
    ['Operatore telefonico', 'carrier'],
    // Portuguese
    ['Sobrenome', 'familyName'],
    ['Apelido', 'familyName'],
    ['Nome completo', 'fullName'],
    ['Correio eletrónico', 'email'],
    ['Telemóvel', 'phone'],
    ['Celular com DDD', 'phone'],
    ['Assunto', 'subject'],
    ['Motivo do contato', 'reason'],
    ['Número do pedido', 'orderNumber'],
    ['Código de ativação', 'activationCode'],
    ['Número do chip', 'iccid'],
    ['Modelo do aparelho', 'deviceModel'],
    ['Operadora', 'carrier'],
    // Japanese
    ['姓', 'familyName'],
    ['名', 'givenName'],
    ['お名前（姓）', 'familyName'],
    ['お名前（名）', 'givenName'],
    ['お名前', 'fullName'],
    ['氏名', 'fullName'],
    ['メールアドレス', 'email'],
    ['ﾒｰﾙｱﾄﾞﾚｽ', 'email'],
    ['電話番号', 'phone'],
    ['携帯電話番号', 'phone'],
    ['国番号', 'phoneCountryCode'],
    ['件名', 'subject'],
    ['注文番号', 'orderNumber'],
    ['アクティベーションコード', 'activationCode'],
    ['製造番号（IMEI）', 'imei'],
    ['SIMカード番号', 'iccid'],
    ['機種', 'deviceModel'],
    ['通信会社', 'carrier'],
  ])('%s → %s', (label, field) => {
    expect(fieldFor(label)).toBe(field);
  });

  test.each([
    ['Mensaje', 'es'],
    ['Ihre Nachricht', 'de'],
    ['Messaggio', 'it'],
    ['Mensagem', 'pt'],
    ['お問い合わせ内容', 'ja'],
  ])('the message box "%s" (%s) is the description', (label) => {
    expect(fieldFor(label, 'textarea')).toBe('description');
  });

  test('a reading ("フリガナ") or company name is no person\'s name, nor a reason', () => {
    for (const label of [
      'お名前（フリガナ）',
      '会社名',
      'Nombre de la empresa',
      'Firmenname',
      'Ragione sociale',
    ]) {
      expect(['givenName', 'familyName', 'fullName', 'reason']).not.toContain(fieldFor(label));
    }
  });
});

describe('normalizeText keeps kana whole', () => {
  test.each([
    ['メールアドレス', 'メールアドレス'],
    ['ﾒｰﾙｱﾄﾞﾚｽ', 'メールアドレス'],
    ['ガ'.normalize('NFD'), 'ガ'],
    ['お名前（姓）【必須】', 'お名前 姓 必須'],
    ['「件名」・タイトル', '件名 タイトル'],
    ['ＱＲコード', 'qrコード'],
    ['Téléphone', 'telephone'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
