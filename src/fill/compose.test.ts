import { describe, expect, test } from 'vitest';
import { DATA } from '../../tests/support/fill';
import { LANGUAGES } from '../lang';
import type { FieldKey } from '../profile/fields';
import { composeChatMessage, composeMessage, REASON_TEXT } from './compose';

const CODE = DATA.values.activationCode!;
const MATCHING_ID = CODE.split('$')[2]!;
const boxes = (...fields: FieldKey[]) => new Set<FieldKey>(fields);

describe('composeMessage', () => {
  test.each([
    [
      'fr',
      "Remplacement d'eSIM – commande NC-2024-0042",
      'Bonjour,',
      'Motif : Téléphone perdu ou volé',
      'Appareil : iPhone 15 Pro',
    ],
    [
      'en',
      'eSIM replacement – order NC-2024-0042',
      'Hello,',
      'Reason: Lost or stolen phone',
      'Device: iPhone 15 Pro',
    ],
    ['zh', 'eSIM 补办申请 – 订单 NC-2024-0042', '您好，', '原因：手机丢失/被盗', '设备型号：iPhone 15 Pro'],
    [
      'es',
      'Sustitución de eSIM – pedido NC-2024-0042',
      'Hola:',
      'Motivo: Teléfono perdido o robado',
      'Dispositivo: iPhone 15 Pro',
    ],
    [
      'de',
      'eSIM-Ersatz – Bestellung NC-2024-0042',
      'Guten Tag,',
      'Grund: Handy verloren oder gestohlen',
      'Gerät: iPhone 15 Pro',
    ],
    [
      'it',
      'Sostituzione eSIM – ordine NC-2024-0042',
      'Buongiorno,',
      'Motivo: Telefono smarrito o rubato',
      'Dispositivo: iPhone 15 Pro',
    ],
    [
      'pt',
      'Substituição de eSIM – pedido NC-2024-0042',
      'Olá,',
      'Motivo: Telefone perdido ou roubado',
      'Dispositivo: iPhone 15 Pro',
    ],
    [
      'ja',
      'eSIM再発行のお願い – 注文番号 NC-2024-0042',
      'お世話になっております。',
      '理由：端末の紛失・盗難',
      '機種：iPhone 15 Pro',
    ],
    [
      'ru',
      'Замена eSIM – заказ NC-2024-0042',
      'Здравствуйте!',
      'Причина: Телефон утерян или украден',
      'Устройство: iPhone 15 Pro',
    ],
    [
      'nl',
      'Vervanging eSIM – bestelling NC-2024-0042',
      'Beste klantenservice,',
      'Reden: Telefoon verloren of gestolen',
      'Toestel: iPhone 15 Pro',
    ],
    [
      'pl',
      'Wymiana eSIM – zamówienie NC-2024-0042',
      'Dzień dobry,',
      'Powód: Telefon zgubiony lub skradziony',
      'Urządzenie: iPhone 15 Pro',
    ],
  ] as const)('%s: subject and description in the page language', (lang, subject, hello, reason, device) => {
    const message = composeMessage(DATA, lang, boxes('subject', 'description'));
    expect(message.subject).toBe(subject);
    const lines = message.description.split('\n');
    expect(lines[0]).toBe(hello);
    expect(lines).toContain(reason);
    expect(lines).toContain(device);
    expect(message.description).toContain('NC-2024-0042');
  });

  test.each(LANGUAGES)('%s: the activation code never appears, even pasted in the notes', (lang) => {
    const data = { ...DATA, notes: `My old code was ${CODE} and id ${MATCHING_ID}.` };
    for (const present of [
      boxes(),
      boxes('activationCode'),
      boxes('subject', 'description', 'eid', 'imei'),
    ]) {
      const { subject, description } = composeMessage(data, lang, present);
      for (const secret of [CODE, MATCHING_ID, 'LPA:', 'smdp.gsma.com']) {
        expect(subject).not.toContain(secret);
        expect(description).not.toContain(secret);
      }
    }
  });

  test('EID, IMEI and ICCID are written out only where the form has no box for them', () => {
    const none = composeMessage(DATA, 'en', boxes('subject', 'description')).description;
    expect(none).toContain(`EID: ${DATA.values.eid}`);
    expect(none).toContain(`IMEI: ${DATA.values.imei}`);
    expect(none).toContain(`ICCID: ${DATA.values.iccid}`);
    const some = composeMessage(DATA, 'en', boxes('eid', 'imei')).description;
    expect(some).not.toContain(DATA.values.eid);
    expect(some).not.toContain(DATA.values.imei);
    expect(some).toContain(`ICCID: ${DATA.values.iccid}`);
  });

  test('contact details only when the form has no box for them', () => {
    const without = composeMessage(DATA, 'fr', boxes()).description;
    expect(without).toContain('Nom : Jean Dupont');
    expect(without).toContain(`E-mail : ${DATA.values.email}`);
    expect(without).toContain('Ligne : +687751234');
    const withBoxes = composeMessage(
      DATA,
      'fr',
      boxes('givenName', 'familyName', 'email', 'phoneNational'),
    ).description;
    expect(withBoxes).not.toContain('Jean');
    expect(withBoxes).not.toContain(DATA.values.email);
    expect(withBoxes).not.toContain('751234');
  });

  test('notes are included; no order number gives a generic subject ≤ 150 characters', () => {
    const data = { ...DATA, values: { ...DATA.values, orderNumber: undefined } };
    const message = composeMessage(data, 'fr', boxes());
    expect(message.subject).toBe("Demande de remplacement d'eSIM");
    expect(message.description).toContain('Remarques : Phone stolen in Nouméa.');
    const long = composeMessage(
      { ...DATA, values: { ...DATA.values, orderNumber: 'X'.repeat(300) } },
      'en',
      boxes(),
    );
    expect(long.subject.length).toBeLessThanOrEqual(150);
  });

  test('reason "other" or none adds no reason line', () => {
    expect(composeMessage({ ...DATA, reason: 'other' }, 'en', boxes()).description).not.toContain('Reason');
    expect(composeMessage({ ...DATA, reason: '' }, 'en', boxes()).description).not.toContain('Reason');
  });
});

describe('every language', () => {
  test.each(LANGUAGES)('%s: a subject and a polite message, without an order number too', (lang) => {
    const data = { ...DATA, values: { ...DATA.values, orderNumber: undefined } };
    const { subject, description } = composeMessage(data, lang, boxes('subject', 'description'));
    expect(subject.trim()).not.toBe('');
    expect(subject).not.toContain('undefined');
    const lines = description.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.at(-1)!.trim()).not.toBe('');
    expect(description).toContain(REASON_TEXT.lost[lang]);
    expect(description).toContain('iPhone 15 Pro');
  });
});

describe('composeChatMessage', () => {
  test('everything a chat agent needs, never the activation code', () => {
    const text = composeChatMessage(DATA, 'zh');
    expect(text).toContain(`EID：${DATA.values.eid}`);
    expect(text).toContain('订单号：NC-2024-0042');
    expect(text).not.toContain(MATCHING_ID);
  });
});
