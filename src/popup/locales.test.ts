import { describe, expect, test } from 'vitest';
import { getMessageFrom, type LocaleName, readLocale } from '../../tests/support/fake-i18n';
import { ALL_CODES, ERROR_MESSAGES_EN, messageKeyFor } from '../profile/messages';
import { FIELD_SPECS, LABELS, REASON_MESSAGES, SKIP_MESSAGES } from './form-fields';

const LOCALES: LocaleName[] = ['en', 'fr', 'zh_CN'];
const en = readLocale('en');
const placeholdersIn = (message: string) =>
  [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((match) => match[1]!.toLowerCase()).sort();

describe('locale files', () => {
  test.each(LOCALES)('%s defines exactly the English message names', (locale) => {
    expect(Object.keys(readLocale(locale)).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(LOCALES)('%s: every message is non-empty, and names are valid for Chrome', (locale) => {
    for (const [name, entry] of Object.entries(readLocale(locale))) {
      expect(name, locale).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim(), `${locale}:${name}`).not.toBe('');
    }
  });

  test.each(LOCALES)(
    '%s: placeholders are declared, match English, and no "$" is left dangling',
    (locale) => {
      for (const [name, entry] of Object.entries(readLocale(locale))) {
        const used = placeholdersIn(entry.message);
        const declared = Object.keys(entry.placeholders ?? {})
          .map((key) => key.toLowerCase())
          .sort();
        expect(used, `${locale}:${name}`).toEqual(declared);
        expect(used, `${locale}:${name}`).toEqual(placeholdersIn(en[name]!.message));
        // After Chrome's substitutions a lone "$" would mean a typo ("$1" or "$$" intended).
        const stripped = entry.message.replace(/\$\$|\$[1-9]|\$[a-z0-9_@]+\$/gi, '');
        expect(stripped, `${locale}:${name}`).not.toContain('$');
      }
    },
  );

  test.each(LOCALES)('%s has a message for every validation code', (locale) => {
    const messages = readLocale(locale);
    const missing = ALL_CODES.filter((code) => !messages[messageKeyFor(code)]?.message.trim());
    expect(missing).toEqual([]);
  });

  test('English validation texts are the ones in src/profile/messages.ts', () => {
    for (const code of ALL_CODES) {
      expect(getMessageFrom(en, messageKeyFor(code)), code).toBe(ERROR_MESSAGES_EN[code]);
    }
  });

  test.each(['fr', 'zh_CN'] as const)('%s is translated, not copied from English', (locale) => {
    const messages = readLocale(locale);
    const copied = Object.keys(en).filter(
      (name) =>
        messages[name]!.message === en[name]!.message && !/^(extName|label_(imei|eid|iccid))$/.test(name),
    );
    expect(copied).toEqual([]);
  });

  test('keeps the manifest messages', () => {
    for (const locale of LOCALES) {
      expect(readLocale(locale).extName?.message).toBe('ReSIM');
      expect(readLocale(locale).extDescription?.message.length).toBeGreaterThan(20);
    }
  });

  test('the substitution rules resolve as Chrome does', () => {
    expect(getMessageFrom(en, 'show_field', 'EID')).toBe('Show EID');
    expect(getMessageFrom(readLocale('fr'), 'autofill_switch', 'OPT-NC')).toBe(
      'Remplir automatiquement sur les pages OPT-NC',
    );
    expect(getMessageFrom(en, 'hint_activation_code')).toContain('LPA:1$…');
    expect(getMessageFrom(en, 'no_such_message')).toBe('');
  });

  test('every message the popup refers to through its tables exists', () => {
    const names = [
      ...Object.values(FIELD_SPECS).flatMap((spec) => [spec.label, 'hint' in spec ? spec.hint : undefined]),
      ...Object.values(LABELS),
      ...Object.values(REASON_MESSAGES),
      ...Object.values(SKIP_MESSAGES),
    ];
    expect(names.filter((name) => name !== undefined && !en[name])).toEqual([]);
  });

  test('the English labels are the accessible names the issue fixes', () => {
    const label = (name: keyof typeof LABELS) => en[LABELS[name]]!.message;
    expect(
      [
        'givenName',
        'familyName',
        'email',
        'phone',
        'carrierId',
        'deviceModel',
        'orderNumber',
        'activationCode',
        'imei',
        'eid',
        'iccid',
        'reason',
        'notes',
      ].map((key) => label(key as keyof typeof LABELS)),
    ).toEqual([
      'First name',
      'Last name',
      'Email',
      'Phone',
      'Carrier',
      'Device model',
      'Order number',
      'Activation code',
      'IMEI',
      'EID',
      'ICCID',
      'Reason',
      'Notes',
    ]);
    expect(Object.values(REASON_MESSAGES).map((name) => en[name]!.message)).toEqual([
      'Lost or stolen',
      'Damaged',
      'New device',
      'Deleted by mistake',
      'Other',
    ]);
  });
});
