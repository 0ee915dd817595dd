// The phone number as pages want it (E.164, and split into country code and national number), without
// the phone library: the background fills from here, so its bundle carries no phone metadata.
//
// The popup formats the number with libphonenumber when the profile is saved (src/profile/phone.ts)
// and keeps the result beside the profile, keyed by the number as typed (`local:phoneFormats`). The
// background uses that; for a number it has no format for (data saved by an older version, or written
// by a test), it reads the number itself: international (+, 00) split on the ITU calling code, a
// New Caledonian 6-digit number, else the phone as typed.

export interface PhoneParts {
  /** '+687751234' */
  e164: string;
  /** Without '+': '687' */
  countryCallingCode: string;
  /** Without trunk prefix: '751234' */
  nationalNumber: string;
}

/** The storage.local key of the formats the popup computed: { [phone as typed]: PhoneParts }. */
export const PHONE_FORMATS_KEY = 'phoneFormats';

export type PhoneFormats = Record<string, PhoneParts>;

/**
 * Every ITU country calling code libphonenumber knows (geographic and non-geographic). They form a
 * prefix code: at most one is a prefix of an international number. `phone-parts.test.ts` keeps this
 * list equal to the library's.
 */
export const CALLING_CODES: ReadonlySet<string> = new Set(
  (
    '1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 ' +
    '66 81 82 84 86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 ' +
    '230 231 232 233 234 235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 ' +
    '254 255 256 257 258 260 261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 ' +
    '354 355 356 357 358 359 370 371 372 373 374 375 376 377 378 380 381 382 383 385 386 387 389 420 ' +
    '421 423 500 501 502 503 504 505 506 507 508 509 590 591 592 593 594 595 596 597 598 599 670 672 ' +
    '673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 689 690 691 692 800 808 850 852 853 ' +
    '855 856 870 878 880 881 882 883 886 888 960 961 962 963 964 965 966 967 968 970 971 972 973 974 ' +
    '975 976 977 979 992 993 994 995 996 998'
  ).split(' '),
);

const isParts = (value: unknown): value is PhoneParts => {
  if (typeof value !== 'object' || value === null) return false;
  const { e164, countryCallingCode, nationalNumber } = value as Record<string, unknown>;
  return (
    typeof e164 === 'string' &&
    /^\+\d{4,15}$/.test(e164) &&
    typeof countryCallingCode === 'string' &&
    /^\d{1,3}$/.test(countryCallingCode) &&
    typeof nationalNumber === 'string' &&
    e164 === `+${countryCallingCode}${nationalNumber}`
  );
};

/** The readable entries of stored formats (anything else is ignored: the fallback reads the number). */
export function readPhoneFormats(value: unknown): PhoneFormats {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, parts]) => isParts(parts))) as PhoneFormats;
}

/** Splits international digits (no '+') on their calling code, or undefined. */
function split(digits: string): PhoneParts | undefined {
  if (digits.length < 7 || digits.length > 15) return undefined;
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    if (CALLING_CODES.has(code)) {
      return { e164: `+${digits}`, countryCallingCode: code, nationalNumber: digits.slice(length) };
    }
  }
  return undefined;
}

/**
 * The phone as pages get it: the popup's format when it has one for this very text, else read here.
 * `{ typed }` alone when the number cannot be read without the library (pages then get it as typed).
 */
export function phonePartsOf(
  typed: string,
  formats: PhoneFormats = {},
): PhoneParts | { typed: string } | undefined {
  const text = typed.normalize('NFKC').trim();
  if (!text) return undefined;
  const known = formats[text];
  if (known) return known;
  const plain = text
    .replace(/^tel:/i, '')
    .replace(/^\(\s*(\+\d{1,3})\s*\)/, '$1 ')
    .replace(/\(0\)/g, '');
  // Letters, or a '+' inside: not a phone number (the popup refuses those when saving).
  if (/[^\d+\s().\-/\u2010-\u2015]/.test(plain) || plain.lastIndexOf('+') > 0) return undefined;
  const digits = plain.replace(/\D/g, '');
  const international = plain.startsWith('+')
    ? digits
    : /^\(?00/.test(plain)
      ? digits.slice(2)
      : digits.length === 6
        ? `687${digits}` // New Caledonia, the default country: 6 digits, no trunk prefix.
        : undefined;
  return (international && split(international)) || { typed: text };
}
