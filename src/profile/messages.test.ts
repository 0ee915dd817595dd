import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, WARNING_CODES } from './codes';
import { ALL_CODES, ERROR_MESSAGES_EN, messageKeyFor } from './messages';

describe('validation messages', () => {
  it('covers every error and warning code exactly once', () => {
    expect([...ALL_CODES].sort()).toEqual([...ERROR_CODES, ...WARNING_CODES].sort());
    expect(new Set(ALL_CODES).size).toBe(ALL_CODES.length);
    expect(Object.keys(ERROR_MESSAGES_EN).sort()).toEqual([...ALL_CODES].sort());
  });

  it('says what is wrong, never just "invalid", and each message is distinct', () => {
    for (const code of ALL_CODES) {
      const message = ERROR_MESSAGES_EN[code];
      expect(message.length, code).toBeGreaterThan(25);
      expect(message.toLowerCase(), code).not.toMatch(/^invalid\b/);
    }
    expect(new Set(Object.values(ERROR_MESSAGES_EN)).size).toBe(ALL_CODES.length);
  });

  it('names locale messages err_<code> (unique even case-insensitively, as Chrome compares them)', () => {
    expect(messageKeyFor('eid.checksum')).toBe('err_eid_checksum');
    expect(messageKeyFor('imei.noCheckDigit')).toBe('err_imei_noCheckDigit');
    const keys = ALL_CODES.map(messageKeyFor);
    for (const key of keys) expect(key).toMatch(/^err_[A-Za-z0-9_]+$/);
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
  });

  it.each(['en', 'fr', 'zh_CN'])('has a %s locale message for every code', (locale) => {
    const file = resolve(process.cwd(), 'public/_locales', locale, 'messages.json');
    const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message?: string }>;
    const missing = ALL_CODES.map(messageKeyFor).filter((key) => !messages[key]?.message?.trim());
    expect(missing).toEqual([]);
  });
});
