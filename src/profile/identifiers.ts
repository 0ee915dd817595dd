// Pure identifier checks shared by the popup, the background and the content script: no zod and no
// phone library here (phone lives in phone.ts) so the content-script bundle stays small.
import { accept, type CheckResult, reject } from './codes';

export { type ActivationCode, parseActivationCode } from './activation-code';
export {
  ALL_CODES,
  type CheckResult,
  ERROR_CODES,
  type ErrorCode,
  type MessageCode,
  WARNING_CODES,
  type WarningCode,
} from './codes';

/**
 * Removes what people and printouts put between digits: spaces (incl. NBSP, ideographic space),
 * dashes of every width, dots. NFKC first turns full-width digits typed with a Chinese IME into ASCII.
 */
export function compactIdentifier(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff\-\u2010-\u2015\u2212.]/g, '');
}

const ONLY_DIGITS = /^\d*$/;

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The digit that makes `payload + digit` pass Luhn (the IMEI / ICCID check digit). */
export function luhnCheckDigit(payload: string): string {
  if (!/^\d+$/.test(payload)) throw new RangeError('luhnCheckDigit expects digits');
  for (let digit = 0; digit <= 9; digit++) {
    if (luhnValid(`${payload}${digit}`)) return String(digit);
  }
  throw new Error('unreachable: one Luhn digit always fits');
}

/**
 * IMEI: 15 digits with a Luhn check digit. 14 digits (TAC + serial, check digit left off) are
 * completed with their check digit, which they fully determine, and flagged. 16 digits is an IMEISV
 * (software version instead of a check digit): refused, because forms want the IMEI and a 16-digit
 * entry may just as well be a mistyped IMEI — the message tells the person where the IMEI is.
 */
export function checkImei(raw: string): CheckResult {
  const digits = compactIdentifier(raw);
  if (!ONLY_DIGITS.test(digits)) return reject('imei.chars');
  if (digits.length === 16) return reject('imei.imeisv');
  if (digits.length === 14) return accept(digits + luhnCheckDigit(digits), 'imei.noCheckDigit');
  if (digits.length !== 15) return reject('imei.length');
  if (!luhnValid(digits)) return reject('imei.luhn');
  return accept(digits);
}

/** Remainder of a long decimal string modulo 97, digit by digit (EIDs exceed 2^53). */
function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i++) remainder = (remainder * 10 + (digits.charCodeAt(i) - 48)) % 97;
  return remainder;
}

/** ISO 7064 MOD 97-10 check digits of an EID: 98 − (first 30 digits + "00") mod 97, two digits. */
export function eidCheckDigits(first30: string): string {
  if (!/^\d{30}$/.test(first30)) throw new RangeError('eidCheckDigits expects exactly 30 digits');
  return String(98 - mod97(`${first30}00`)).padStart(2, '0');
}

/** EID: 32 digits whose value mod 97 is 1. Newer (SGP.29) EIDs may not start with 89: a warning only. */
export function checkEid(raw: string): CheckResult {
  const digits = compactIdentifier(raw);
  if (!ONLY_DIGITS.test(digits)) return reject('eid.chars');
  if (digits.length !== 32) return reject('eid.length');
  if (mod97(digits) !== 1) return reject('eid.checksum');
  return accept(digits, digits.startsWith('89') ? undefined : 'eid.prefix');
}

/**
 * ICCID: 19–20 digits starting 89 (telecom industry). A Luhn failure is only a warning: some printouts
 * drop or replace the check digit. A BCD filler `F` after 19 digits (as SIM tools print it) is dropped.
 */
export function checkIccid(raw: string): CheckResult {
  let digits = compactIdentifier(raw);
  if (/^\d{19}f$/i.test(digits)) digits = digits.slice(0, 19);
  if (!ONLY_DIGITS.test(digits)) return reject('iccid.chars');
  if (digits.length !== 19 && digits.length !== 20) return reject('iccid.length');
  if (!digits.startsWith('89')) return reject('iccid.prefix');
  return accept(digits, luhnValid(digits) ? undefined : 'iccid.luhn');
}

// Letters beyond ASCII are allowed in domain labels (internationalised domains, e.g. 中文.com).
const DOMAIN_LABEL = '[a-z0-9\\u00a1-\\uffff](?:[a-z0-9\\u00a1-\\uffff-]{0,61}[a-z0-9\\u00a1-\\uffff])?';
const EMAIL_DOMAIN = new RegExp(
  `^(?:${DOMAIN_LABEL}\\.)+(?:[a-z\\u00a1-\\uffff]{2,63}|xn--[a-z0-9-]{1,59})$`,
);
const EMAIL_LOCAL = /^[^\s@<>()[\]\\,;:"]{1,64}$/;

/**
 * A pragmatic address check: one `@`, a plausible local part, a domain with a real top-level label.
 * The domain is lowercased (it is case-insensitive); the local part is kept as typed.
 */
export function checkEmail(raw: string): CheckResult {
  const address = raw.normalize('NFKC').trim();
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.indexOf('@') !== at || /\s/.test(address) || address.length > 254) {
    return reject('email.format');
  }
  const local = address.slice(0, at);
  const domain = address
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  if (!EMAIL_LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return reject('email.format');
  }
  if (domain.length > 253 || !EMAIL_DOMAIN.test(domain)) return reject('email.domain');
  return accept(`${local}@${domain}`);
}
