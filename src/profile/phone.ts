// Kept apart from identifiers.ts: the phone library is only needed by the popup and the background.
//
// Metadata choice: `libphonenumber-js/mobile` (≈ 34 kB gzip bundled, against ≈ 29 kB for `min` and
// ≈ 50 kB for `max`). Unlike `min`, it knows each country's mobile ranges, so a real mobile number is
// fully validated and a landline (or a number outside every mobile range) can be flagged: replacement
// requests need the number of the eSIM line, which is a mobile. Such numbers are still accepted, with
// the warning 'phone.notMobile', because the library cannot tell a landline from a newly opened range.
import {
  type CountryCode,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/mobile';
import { accept, type CheckResult, type ErrorCode, reject } from './codes';

export interface PhoneValue {
  /** '+687751234' */
  e164: string;
  /** Without '+': '687' */
  countryCallingCode: string;
  /** Without trunk prefix: '751234' */
  nationalNumber: string;
  /** '+687 75 12 34' */
  international: string;
  /** As written in the number's own country: '75.12.34' (New Caledonia), '06 12 34 56 78' (France). */
  national: string;
}

export type { CountryCode };

const LENGTH_ERRORS: Record<string, ErrorCode> = {
  INVALID_COUNTRY: 'phone.country',
  NOT_A_NUMBER: 'phone.format',
  TOO_SHORT: 'phone.tooShort',
  TOO_LONG: 'phone.tooLong',
  INVALID_LENGTH: 'phone.length',
};

/**
 * A phone number as E.164. Without a leading `+` (or `00`) the number is read in `defaultCountry`:
 * New Caledonia by default, where numbers are 6 digits written XX.XX.XX.
 */
export function checkPhone(raw: string, defaultCountry: CountryCode = 'NC'): CheckResult<PhoneValue> {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/^tel:/i, '')
    // "(+687) 75 12 34": the library reads the bracketed code but its length check does not.
    .replace(/^\(\s*(\+\d{1,3})\s*\)/, '$1 ');
  if (!/\d/.test(text)) return reject(text ? 'phone.chars' : 'phone.format');
  // Letters would be silently dropped by the library ("75 12 34 abc"): refuse rather than guess.
  if (/[^\d+\s().\-/\u2010-\u2015]/.test(text)) return reject('phone.chars');
  if (text.lastIndexOf('+') > 0) return reject('phone.format');

  const lengthProblem = validatePhoneNumberLength(text, defaultCountry);
  if (lengthProblem) return reject(LENGTH_ERRORS[lengthProblem] ?? 'phone.format');
  let number: ReturnType<typeof parsePhoneNumberWithError>;
  try {
    number = parsePhoneNumberWithError(text, defaultCountry);
  } catch {
    return reject('phone.format');
  }
  if (!number.isPossible()) return reject('phone.length');
  const value: PhoneValue = {
    e164: number.number,
    countryCallingCode: number.countryCallingCode,
    nationalNumber: number.nationalNumber,
    international: number.formatInternational(),
    national: number.formatNational(),
  };
  return accept(value, number.isValid() ? undefined : 'phone.notMobile');
}
