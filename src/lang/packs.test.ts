import { describe, expect, test } from 'vitest';
import { scoreControl } from '../detect/classify';
import { withoutAsides } from '../detect/signals';
import type { ControlSignals } from '../detect/types';
import { normalizeText } from '../dom/normalize';
import { FIELD_KEYS, REASONS } from '../profile/fields';
import { LANGUAGES, PACKS, packForTag } from '.';
import { IN_PAGE_WORDS, inPageText } from './in-page';

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
    labelCore: normalizeText(withoutAsides(label)),
    labelSource: 'label-for',
    ariaLabel: '',
    placeholder: '',
    title: '',
    hint: '',
    options: [],
  };
  return scoreControl(signals)[0]?.field;
}

/** Every score a label gets, as "field:score" ("?" when ambiguous). */
function scoresFor(label: string): string {
  const signals: ControlSignals = {
    autocomplete: '',
    type: 'text',
    nameWords: [],
    idWords: [],
    label: normalizeText(label),
    labelCore: normalizeText(label),
    labelSource: 'label-for',
    ariaLabel: '',
    placeholder: '',
    title: '',
    hint: '',
    options: [],
  };
  return scoreControl(signals)
    .map((s) => `${s.field}:${s.score}${s.ambiguous ? '?' : ''}`)
    .join(' ');
}

/** A pack's regex sources, keyed by where they sit (reasons, message and names are texts). */
function packPatterns(pack: (typeof PACKS)[number]): [string, string][] {
  const { reasons, message, code, aliases, ...words } = pack;
  return patternsOf(words, code);
}

describe('language packs', () => {
  test('eleven languages, each registered once under its own code', () => {
    expect([...LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'zh']);
    expect(new Set(LANGUAGES).size).toBe(PACKS.length);
  });

  test.each(PACKS.map((pack) => [pack.code, pack] as const))('%s: words for every field', (_, pack) => {
    for (const field of FIELD_KEYS) expect(pack.fields[field].strong.length, field).toBeGreaterThan(0);
    for (const [kind, words] of Object.entries(pack.form)) expect(words.length, kind).toBeGreaterThan(0);
    for (const words of [pack.submit, pack.never, pack.username, pack.landline])
      expect(words.length).toBeGreaterThan(0);
    for (const words of Object.values(pack.reasonOptions)) expect(words.length).toBeGreaterThan(0);
    for (const reason of REASONS) expect(pack.reasonChoices[reason].length, reason).toBeGreaterThan(0);
    for (const words of [pack.choose, pack.pin, pack.simCard]) expect(words.length).toBeGreaterThan(0);
  });

  test.each(PACKS.map((pack) => [pack.code, pack] as const))('%s: every pattern compiles', (_, pack) => {
    for (const [at, source] of packPatterns(pack)) {
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

  test.each(PACKS.map((pack) => [pack.code, pack] as const))(
    '%s: in-page prompt texts, the action naming ReSIM',
    (_, pack) => {
      const inPage = IN_PAGE_WORDS[pack.code];
      const { offerLabel, fill, dismiss } = inPage;
      for (const text of [offerLabel, fill, dismiss]) expect(text.trim()).toBe(text);
      expect(fill).toContain('ReSIM');
      expect(offerLabel).toContain('ReSIM');
      expect(dismiss.length).toBeGreaterThan(0);
      // A button's text, not a sentence: short enough for a 28-pixel-high prompt.
      expect(fill.length).toBeLessThanOrEqual(28);
      expect(dismiss.length).toBeLessThanOrEqual(16);
      if (pack.code !== 'en') expect(inPage, pack.code).not.toEqual(IN_PAGE_WORDS.en);
      // The duplicate notice: one sentence holding the date, and a short action.
      expect(inPage.duplicate.match(/\{date\}/g), pack.code).toHaveLength(1);
      expect(inPage.fillAnyway.length).toBeLessThanOrEqual(28);
    },
  );

  test('in-page texts by page language, English when there is no pack', () => {
    expect(inPageText('fr-CA').fill).toBe('Remplir avec ReSIM');
    expect(inPageText('zh-Hant-TW').dismiss).toBe('暂不');
    expect(inPageText('ja').fill).toBe('ReSIM で入力');
    expect(inPageText('tr')).toEqual({
      offerLabel: 'ReSIM can fill this form',
      fill: 'Fill with ReSIM',
      dismiss: 'Not now',
      duplicateLabel: 'ReSIM: request already sent',
      duplicate: 'You sent this request on {date} — a second one slows the review.',
      fillAnyway: 'Fill anyway',
    });
    expect(inPageText('')).toEqual(inPageText('en'));
  });

  test.each(PACKS.map((pack) => [pack.code, pack] as const))(
    '%s: patterns are written as normalizeText writes text',
    (_, pack) => {
      for (const [at, source] of packPatterns(pack)) {
        // Typical letters are counted over text that keeps its accents ("[äöüß]", "[ąćęłńśźż]").
        if (at.endsWith('.detect.letters')) continue;
        const changed = [...source].filter((c) => /\p{L}/u.test(c) && normalizeText(c) !== c);
        expect(changed.join(''), at).toBe('');
        // `\b` is ASCII-only: it never marks the edge of a Cyrillic word.
        expect(source, at).not.toMatch(
          /\\b[\u0400-\u04ff]|[\u0400-\u04ff]\)?\\b|\\b\((?:[^()]*\|)?[\u0400-\u04ff]/,
        );
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
    ['ru-RU', 'ru'],
    ['nl-BE', 'nl'],
    ['pl', 'pl'],
  ])('the tag %s names the %s pack', (tag, code) => {
    expect(packForTag(tag)?.code).toBe(code);
  });

  test.each(['ko', 'sv', 'uk', 'zz'])('no pack for %s', (tag) => {
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
    // Russian
    ['Фамилия', 'familyName'],
    ['ФИО', 'fullName'],
    ['Ф.И.О.', 'fullName'],
    ['Фамилия, имя, отчество', 'fullName'],
    ['Имя и фамилия', 'fullName'],
    ['Ваше имя', 'fullName'],
    ['Как к вам обращаться?', 'fullName'],
    ['Электронная почта', 'email'],
    ['Адрес электронной почты', 'email'],
    ['Эл. почта', 'email'],
    ['Ваш e-mail', 'email'],
    ['Телефон', 'phone'],
    ['Мобильный', 'phone'],
    ['Номер телефона', 'phone'],
    ['Код страны', 'phoneCountryCode'],
    ['Тема обращения', 'subject'],
    ['Причина обращения', 'reason'],
    ['Тип обращения', 'reason'],
    ['Номер заказа', 'orderNumber'],
    ['№ заказа', 'orderNumber'],
    ['Код активации', 'activationCode'],
    ['Номер SIM-карты', 'iccid'],
    ['Модель телефона', 'deviceModel'],
    ['Модель устройства', 'deviceModel'],
    ['Оператор связи', 'carrier'],
    // Dutch
    ['Voornaam', 'givenName'],
    ['Achternaam', 'familyName'],
    ['Familienaam', 'familyName'],
    ['Voor- en achternaam', 'fullName'],
    ['Volledige naam', 'fullName'],
    ['Uw naam', 'fullName'],
    ['E-mailadres', 'email'],
    ['Telefoonnummer', 'phone'],
    ['Mobiel nummer', 'phone'],
    ['Landcode', 'phoneCountryCode'],
    ['Onderwerp', 'subject'],
    ['Reden van uw aanvraag', 'reason'],
    ['Bestelnummer', 'orderNumber'],
    ['Activeringscode', 'activationCode'],
    ['Simkaartnummer', 'iccid'],
    ['Merk en model', 'deviceModel'],
    ['Mobiele provider', 'carrier'],
    // Polish
    ['Nazwisko', 'familyName'],
    ['Imię i nazwisko', 'fullName'],
    ['Adres e-mail', 'email'],
    ['Adres mailowy', 'email'],
    ['Numer telefonu', 'phone'],
    ['Telefon komórkowy', 'phone'],
    ['Komórka', 'phone'],
    ['Kierunkowy', 'phoneCountryCode'],
    ['Temat', 'subject'],
    ['Powód zgłoszenia', 'reason'],
    ['Rodzaj zgłoszenia', 'reason'],
    ['Numer zamówienia', 'orderNumber'],
    ['Kod aktywacyjny', 'activationCode'],
    ['Numer karty SIM', 'iccid'],
    ['Model telefonu', 'deviceModel'],
    ['Operator', 'carrier'],
  ])('%s → %s', (label, field) => {
    expect(fieldFor(label)).toBe(field);
  });

  test.each([
    ['Mensaje', 'es'],
    ['Ihre Nachricht', 'de'],
    ['Messaggio', 'it'],
    ['Mensagem', 'pt'],
    ['お問い合わせ内容', 'ja'],
    ['Сообщение', 'ru'],
    ['Текст сообщения', 'ru'],
    ['Комментарий', 'ru'],
    ['Bericht', 'nl'],
    ['Opmerking', 'nl'],
    ['Wiadomość', 'pl'],
    ['Treść', 'pl'],
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
      'Название компании',
      'Имя пользователя',
      'Bedrijfsnaam',
      'Gebruikersnaam',
      'Nazwa firmy',
      'Nazwa użytkownika',
    ]) {
      expect(['givenName', 'familyName', 'fullName', 'reason']).not.toContain(fieldFor(label));
    }
  });

  test('a patronymic ("Отчество") or name particle ("Tussenvoegsel") is no half of a name', () => {
    for (const label of ['Отчество', 'Tussenvoegsel', 'Voorletters']) {
      expect(['givenName', 'familyName', 'fullName']).not.toContain(fieldFor(label));
    }
  });

  test('a bare "Имя", "Naam" or "Imię" may be the whole name or its given half, as "Name" is', () => {
    for (const label of ['Имя', 'Naam', 'Imię', 'Name']) expect(scoresFor(label)).toBe('fullName:0.59?');
  });

  test('confirmation, user-name and password boxes are no e-mail or phone', () => {
    for (const label of [
      'Повторите e-mail',
      'E-mailadres herhalen',
      'Powtórz e-mail',
      'Логин',
      'Пароль',
      'Hasło',
      'Wachtwoord',
    ]) {
      expect(['email', 'phone']).not.toContain(fieldFor(label));
    }
  });
});

describe('the new packs take nothing from English or French labels', () => {
  // What scoreControl gave these labels with eight packs (before Russian, Dutch and Polish).
  test.each([
    ['Name', 'fullName:0.59?'],
    ['Your name', 'fullName:0.9?'],
    ['Email', 'email:0.9'],
    ['Phone', 'phone:0.9'],
    ['Mobile', 'phone:0.9'],
    ['Order number', 'orderNumber:0.9'],
    ['Message', 'description:0.9'],
    ['Subject', 'subject:0.9'],
    ['Title', 'subject:0.59'],
    ['Company', ''],
    ['Username', ''],
    ['Password', ''],
    ['Website', ''],
    ['Code', ''],
    ['Model', 'deviceModel:0.9'],
    ['Provider', 'carrier:0.59'],
    ['Operator', 'carrier:0.9'],
    ['Nom', 'fullName:0.59?'],
    ['Prénom', 'givenName:0.9'],
    ['Téléphone', 'phone:0.9'],
    ['Objet', 'subject:0.9'],
    ['Commentaire', 'description:0.9'],
    ['Société', ''],
    ['Numéro de commande', 'orderNumber:0.9'],
  ])('%s → %j', (label, scores) => {
    expect(scoresFor(label)).toBe(scores);
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

describe('normalizeText on Cyrillic, Dutch and Polish', () => {
  test.each([
    // Cyrillic stays Cyrillic, without the breve of й and the dots of ё.
    ['Фамилия', 'фамилия'],
    ['Мобильный телефон:', 'мобильныи телефон'],
    ['E-mail ещё раз', 'e mail еще раз'],
    ['Ф.И.О.', 'ф и о'],
    ['№ заказа', 'no заказа'],
    ['Nieuw-Caledonië', 'nieuw caledonie'],
    ['E-mailadres', 'e mailadres'],
    // NFKD does not split ł: it stays, lowercased.
    ['Wiadomość', 'wiadomosc'],
    ['Imię i nazwisko', 'imie i nazwisko'],
    ['HASŁO', 'hasło'],
    ['Łódź', 'łodz'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('`\\b` sees no edge of a Cyrillic word: the packs use lookarounds', () => {
    expect(/\bимя\b/.test('ваше имя')).toBe(false);
    expect(/\bимя\b/u.test('ваше имя')).toBe(false);
    expect(/(?<![а-я])имя(?![а-я])/.test('ваше имя')).toBe(true);
  });
});
