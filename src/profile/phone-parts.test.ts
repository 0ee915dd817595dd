import { getCountries, getCountryCallingCode } from 'libphonenumber-js/mobile';
import { describe, expect, test } from 'vitest';
import { checkPhone } from './phone';
import { CALLING_CODES, phonePartsOf, readPhoneFormats } from './phone-parts';

describe('phonePartsOf (the background, without the phone library)', () => {
  test('knows every calling code the library knows', () => {
    for (const country of getCountries())
      expect(CALLING_CODES.has(getCountryCallingCode(country))).toBe(true);
  });

  test('uses the format the popup computed for this very text', () => {
    const formats = { '06 12': { e164: '+33612', countryCallingCode: '33', nationalNumber: '612' } };
    expect(phonePartsOf(' 06 12 ', formats)).toEqual(formats['06 12']);
  });

  test.each([
    '75.12.34',
    '+687 75.12.34',
    '(+687) 75 12 34',
    '00687 751234',
    '+33 6 12 34 56 78',
    '+33 (0)6 12 34 56 78',
    '+86 138 0013 8000',
    '+1 415 555 0100',
    '+44 7700 900123',
  ])('reads %s as the library does', (typed) => {
    const library = checkPhone(typed);
    expect(library.ok).toBe(true);
    if (!library.ok) return;
    const { e164, countryCallingCode, nationalNumber } = library.value;
    expect(phonePartsOf(typed)).toEqual({ e164, countryCallingCode, nationalNumber });
  });

  test('gives a number it cannot read as typed, and nothing for what is no number', () => {
    expect(phonePartsOf('06 12 34 56 78')).toEqual({ typed: '06 12 34 56 78' });
    expect(phonePartsOf('abc')).toBeUndefined();
    expect(phonePartsOf('75 12 34 ext')).toBeUndefined();
    expect(phonePartsOf('')).toBeUndefined();
  });

  test('stored formats that do not read are ignored', () => {
    expect(
      readPhoneFormats({
        a: { e164: '+687751234', countryCallingCode: '687', nationalNumber: '751234' },
        b: { e164: '+687751234', countryCallingCode: '68', nationalNumber: '751234' },
        c: 'x',
      }),
    ).toEqual({ a: { e164: '+687751234', countryCallingCode: '687', nationalNumber: '751234' } });
    expect(readPhoneFormats([1])).toEqual({});
  });
});
