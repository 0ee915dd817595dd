import { describe, expect, test } from 'vitest';
import { getCarrier } from '../carriers';
import { LANGUAGES, packOf } from '../lang';
import { emptyProfile, type Profile } from '../profile/schema';
import { chatText, composeSupportMessage, mailtoHref, supportLanguage } from './support-message';

const LPA = 'LPA:1$smdp.gsma.com$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746';
const MATCHING_ID = '04386-AGYFT-A74Y8-3F815';

const PROFILE: Profile = {
  ...emptyProfile(),
  givenName: 'Marie',
  familyName: 'Wamytan',
  email: 'marie.wamytan@example.nc',
  phone: '+687751234',
  carrierId: 'opt-nc',
  deviceModel: 'iPhone 15 Pro',
  orderNumber: 'NC-2024-0815',
  activationCode: LPA,
  imei: '490154203237518',
  eid: '89049032123451234512345678901235',
  iccid: '8968710012345678904',
  reason: 'lost',
  notes: `Stolen in Nouméa. Old code ${MATCHING_ID}.`,
};

/** What a mail program reads back out of a mailto: link. */
function readMailto(href: string): { to: string; subject: string; body: string } {
  expect(href.startsWith('mailto:')).toBe(true);
  const [address = '', query = ''] = href.slice('mailto:'.length).split('?');
  // Percent-encoded throughout: nothing a mail program would split on is left bare.
  expect(query).not.toMatch(/[\s#]/);
  expect(query.split('&').map((pair) => pair.split('=')[0])).toEqual(['subject', 'body']);
  const params = Object.fromEntries(
    query.split('&').map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      return [name, decodeURIComponent(value)];
    }),
  );
  return { to: decodeURIComponent(address), subject: params.subject ?? '', body: params.body ?? '' };
}

describe('composeSupportMessage in every language pack', () => {
  test.each(LANGUAGES)('%s: subject and body hold the details and the identifiers', (lang) => {
    const t = packOf(lang).message;
    const { subject, body } = composeSupportMessage(PROFILE, packOf(lang));
    expect(subject).toBe(`${t.subject} – ${t.order} NC-2024-0815`);
    const lines = body.split('\n');
    expect(lines[0]).toBe(t.hello);
    expect(lines).toContain(t.ask);
    expect(lines.at(-1)).toBe(t.thanks);
    for (const [label, value] of [
      [t.labels.orderNumber, 'NC-2024-0815'],
      [t.labels.deviceModel, 'iPhone 15 Pro'],
      ['EID', PROFILE.eid],
      ['IMEI', PROFILE.imei],
      ['ICCID', PROFILE.iccid],
      [t.labels.email, PROFILE.email],
      [t.labels.phone, '+687751234'],
    ]) {
      expect(lines, `${lang} ${label}`).toContain(`${label}${t.colon}${value}`);
    }
    expect(body).toMatch(/Marie|Wamytan/);
    expect(body).toContain(packOf(lang).reasons.lost);
  });

  test.each(LANGUAGES)('%s: the activation code only when ticked in, never from the notes', (lang) => {
    const t = packOf(lang).message;
    const without = composeSupportMessage(PROFILE, packOf(lang));
    for (const secret of [LPA, MATCHING_ID, 'smdp.gsma.com']) {
      expect(without.subject).not.toContain(secret);
      expect(without.body).not.toContain(secret);
    }
    const ticked = composeSupportMessage(PROFILE, packOf(lang), { activationCode: true });
    expect(ticked.body.split('\n')).toContain(`${t.labels.activationCode}${t.colon}${LPA}`);
    // The notes line still hides it.
    expect(ticked.body.split(MATCHING_ID)).toHaveLength(2);
  });

  test.each(LANGUAGES)('%s: the mailto: link round-trips subject and body', (lang) => {
    const message = composeSupportMessage(PROFILE, packOf(lang), { activationCode: true });
    const read = readMailto(mailtoHref('support@example.nc', message));
    expect(read.to).toBe('support@example.nc');
    expect(read.subject).toBe(message.subject);
    expect(read.body).toBe(message.body.replace(/\n/g, '\r\n'));
  });

  test('the preview masks the identifiers; the notes stay clean of the code', () => {
    const shown = composeSupportMessage(PROFILE, packOf('en'), {
      activationCode: true,
      mask: (_field, value) => `••••${value.slice(-4)}`,
    });
    expect(shown.body).toContain('EID: ••••1235');
    expect(shown.body).toContain('Activation code: ••••1746');
    expect(shown.body).not.toContain(PROFILE.eid);
    expect(shown.body).not.toContain(MATCHING_ID);
    expect(shown.body).toContain('Notes: Stolen in Nouméa. Old code […].');
  });

  test('an empty profile still gives a polite request', () => {
    const { subject, body } = composeSupportMessage(emptyProfile(), packOf('fr'));
    expect(subject).toBe("Demande de remplacement d'eSIM");
    expect(body.split('\n')[0]).toBe('Bonjour,');
  });
});

describe('mailtoHref', () => {
  test('characters that would break the link are encoded: & ? # = + % and line breaks', () => {
    const message = { subject: 'A & B ? #1 = 100% + more', body: 'Line 1\nLine 2 & more\r\nLine 3 #' };
    const href = mailtoHref('a+b@example.com', message);
    expect(href).toContain('%0D%0A');
    const read = readMailto(href);
    expect(read.to).toBe('a+b@example.com');
    expect(read.subject).toBe(message.subject);
    expect(read.body).toBe('Line 1\r\nLine 2 & more\r\nLine 3 #');
  });

  test('no address: the mail program asks for one', () => {
    expect(mailtoHref(undefined, { subject: 'S', body: 'B' })).toBe('mailto:?subject=S&body=B');
  });
});

describe('supportLanguage', () => {
  test("the carrier's first language: French for OPT-NC, English for Airalo; otherwise the fallback", () => {
    expect(supportLanguage(getCarrier('opt-nc'), 'en')).toBe('fr');
    expect(supportLanguage(getCarrier('airalo'), 'zh')).toBe('en');
    expect(supportLanguage(undefined, 'zh')).toBe('zh');
  });
});

test('the chat text is the body', () => {
  const message = composeSupportMessage(PROFILE, packOf('zh'));
  expect(chatText(message)).toBe(message.body);
  expect(chatText(message)).toContain('订单号：NC-2024-0815');
});
