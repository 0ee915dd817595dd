import { describe, expect, test } from 'vitest';
import { normalizeText, splitIdentifier } from './normalize';

describe('normalizeText', () => {
  test.each([
    ['N° de commande *', 'n de commande'],
    ['Modèle de l’appareil :', 'modele de l appareil'],
    ['E-mail\u00a0address*', 'e mail address'],
    ['手机号码：', '手机号码'],
    ['  Nom   et   Prénom ', 'nom et prenom'],
    ['Номер телефона:', 'номер телефона'],
    ['Hasło *', 'hasło'],
    [null, ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('plain ASCII skips Unicode normalization and gives what the full path gives', () => {
    // Every printable ASCII character, alone and beside its neighbours, as the full path reads it.
    const full = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .normalize('NFC')
        .toLowerCase()
        .replace(/[*:#_\-/\\|()[\]{}<>",.;!?']/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    for (let code = 0x20; code <= 0x7e; code++) {
      const text = `Ab${String.fromCharCode(code)}cD ${String.fromCharCode(code)}`;
      expect(normalizeText(text)).toBe(full(text));
    }
    expect(normalizeText('Galaxy Z Fold 5 (512 GB) - Black')).toBe('galaxy z fold 5 512 gb black');
    // Runs of spaces and punctuation, at the ends too, in 2,000 pseudo-random ASCII texts.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % 95;
    };
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + (n % 23) }, () => String.fromCharCode(0x20 + next())).join('');
      expect(normalizeText(text)).toBe(full(text));
    }
  });
});

describe('splitIdentifier', () => {
  test.each([
    ['request[custom_fields][360012345]', ['request', 'custom', 'fields', '360012345']],
    ['0-5/subject', ['0', '5', 'subject']],
    [
      'helpdesk_ticket[custom_field][cf_order_reference_922577]',
      ['helpdesk', 'ticket', 'custom', 'field', 'cf', 'order', 'reference', '922577'],
    ],
    ['firstName', ['first', 'name']],
    ['IMEINumber', ['imei', 'number']],
    ['TICKET.subject', ['ticket', 'subject']],
    // Cyrillic names and ids keep their words.
    ['form[Фамилия]', ['form', 'фамилия']],
    ['Имя_Отчество', ['имя', 'отчество']],
    ['контактныйТелефон', ['контактный', 'телефон']],
    ['imyaPolzovatelya', ['imya', 'polzovatelya']],
    ['nazwisko_ł', ['nazwisko', 'ł']],
    // A field's number stands apart from its word.
    ['mail3[]', ['mail', '3']],
    ['tel6', ['tel', '6']],
    ['phone_number2', ['phone', 'number', '2']],
    [
      'ctl00_ContentPlaceHolder1_txtFirstName',
      ['ctl', '00', 'content', 'place', 'holder', '1', 'txt', 'first', 'name'],
    ],
    // A generated id names nothing: its letter pairs would read as words ("hp", a honeypot).
    ['sui-5gXoHpJPOzdjeXi0WTzvU', ['sui']],
    ['headlessui-input-r7GbTeL2xQ9kPzWm', ['headlessui', 'input']],
  ])('%s', (input, expected) => {
    expect(splitIdentifier(input)).toEqual(expected);
  });
});
