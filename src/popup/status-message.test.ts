import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '../../tests/support/fake-i18n';
import { ERROR_MESSAGES_EN } from '../profile/messages';
import { validateField } from '../profile/validate';
import { statusMessage } from './status-message';

beforeEach(() => fakeBrowser.reset());

describe('statusMessage', () => {
  test('gives the specific error for a wrong EID in the UI language', () => {
    useLocale('en');
    const status = validateField('eid', '89049032123451234512345678901236');
    expect(statusMessage(status)).toBe(ERROR_MESSAGES_EN['eid.checksum']);
    useLocale('fr');
    expect(statusMessage(status)).toContain("Les chiffres de contrôle de l'EID ne correspondent pas");
    useLocale('zh_CN');
    expect(statusMessage(status)).toContain('EID 校验位不匹配');
  });

  test('gives warnings for accepted values that deserve a second look', () => {
    useLocale('en');
    expect(statusMessage(validateField('imei', '35686800004141'))).toBe(
      ERROR_MESSAGES_EN['imei.noCheckDigit'],
    );
  });

  test('says nothing for empty or clean values', () => {
    useLocale('en');
    expect(statusMessage(validateField('eid', ''))).toBeNull();
    expect(statusMessage(validateField('imei', '490154203237518'))).toBeNull();
    expect(statusMessage(undefined)).toBeNull();
  });

  test('falls back to English when a locale lacks the message', () => {
    (fakeBrowser.i18n as unknown as { getMessage: () => string }).getMessage = () => '';
    expect(statusMessage({ state: 'invalid', error: 'imei.luhn' })).toBe(ERROR_MESSAGES_EN['imei.luhn']);
  });
});
