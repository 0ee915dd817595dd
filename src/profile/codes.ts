// Every problem a validator can report, as stable codes. The UI turns a code into text through
// `messages.ts` (English) and the `_locales` files (`err_<code with . as _>`), so codes never change.

export const ERROR_CODES = [
  'imei.chars',
  'imei.length',
  'imei.luhn',
  'imei.imeisv',
  'eid.chars',
  'eid.length',
  'eid.checksum',
  'iccid.chars',
  'iccid.length',
  'iccid.prefix',
  'lpa.format',
  'lpa.version',
  'lpa.host',
  'lpa.matchingId',
  'lpa.oid',
  'lpa.tooLong',
  'email.format',
  'email.domain',
  'phone.chars',
  'phone.format',
  'phone.country',
  'phone.tooShort',
  'phone.tooLong',
  'phone.length',
  'carrier.unknown',
  'reason.unknown',
  'text.tooLong',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Accepted, but the person should look again. */
export const WARNING_CODES = [
  'imei.noCheckDigit',
  'eid.prefix',
  'iccid.luhn',
  'lpa.confirmationCode',
  'phone.notMobile',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type MessageCode = ErrorCode | WarningCode;
export const ALL_CODES: readonly MessageCode[] = [...ERROR_CODES, ...WARNING_CODES];

/** The result of checking one identifier; `value` is the normalised form to store and fill. */
export type CheckResult<T = string> =
  | { ok: true; value: T; warning?: WarningCode }
  | { ok: false; error: ErrorCode };

export const accept = <T>(value: T, warning?: WarningCode): CheckResult<T> =>
  warning ? { ok: true, value, warning } : { ok: true, value };
export const reject = <T = never>(error: ErrorCode): CheckResult<T> => ({ ok: false, error });
