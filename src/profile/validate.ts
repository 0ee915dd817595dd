import { getCarrier } from '../carriers';
import type { ErrorCode, WarningCode } from './codes';
import { REASONS } from './fields';
import { checkEid, checkEmail, checkIccid, checkImei, parseActivationCode } from './identifiers';
import type { CountryCode } from './phone';
import { phoneChecks } from './phone-check';
import { type Profile, type ProfileKey, profileSchema } from './schema';

export type FieldStatus =
  | { state: 'empty' }
  | { state: 'valid'; value: string; warning?: WarningCode }
  | { state: 'invalid'; error: ErrorCode };

export interface ValidateOptions {
  /** Country used for phone numbers written without +country code. */
  defaultCountry?: CountryCode;
}

const toStatus = (
  result: { ok: true; value: string; warning?: WarningCode } | { ok: false; error: ErrorCode },
): FieldStatus =>
  result.ok
    ? result.warning
      ? { state: 'valid', value: result.value, warning: result.warning }
      : { state: 'valid', value: result.value }
    : { state: 'invalid', error: result.error };

function checkText(key: ProfileKey, text: string): FieldStatus {
  const parsed = profileSchema.shape[key].safeParse(text);
  if (!parsed.success)
    return { state: 'invalid', error: key === 'reason' ? 'reason.unknown' : 'text.tooLong' };
  return { state: 'valid', value: String(parsed.data) };
}

/** Status of one field as the person typed it (the popup calls this on every keystroke). */
export function validateField(key: ProfileKey, raw: string, options: ValidateOptions = {}): FieldStatus {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return { state: 'empty' };
  switch (key) {
    case 'email':
      return toStatus(checkEmail(text));
    case 'phone': {
      // The phone library loads on first need (phone-check.ts): until then, the number as typed.
      const checkPhone = phoneChecks()?.checkPhone;
      if (!checkPhone) return { state: 'valid', value: text };
      // Kept as the person wrote it ("75.12.34"), for display; pages get it formatted as saved
      // (phone formats), read in New Caledonia. A number that reads otherwise there is kept as E.164.
      const result = checkPhone(text, options.defaultCountry);
      if (!result.ok) return toStatus(result);
      const asFilled = checkPhone(text);
      const value = asFilled.ok && asFilled.value.e164 === result.value.e164 ? text : result.value.e164;
      return toStatus({ ...result, value });
    }
    case 'imei':
      return toStatus(checkImei(text));
    case 'eid':
      return toStatus(checkEid(text));
    case 'iccid':
      return toStatus(checkIccid(text));
    case 'activationCode': {
      const result = parseActivationCode(text);
      return toStatus(result.ok ? { ...result, value: result.value.lpa || result.value.matchingId } : result);
    }
    case 'carrierId':
      return text === 'other' || getCarrier(text)
        ? { state: 'valid', value: text }
        : { state: 'invalid', error: 'carrier.unknown' };
    case 'reason':
      return (REASONS as readonly string[]).includes(text)
        ? { state: 'valid', value: text }
        : { state: 'invalid', error: 'reason.unknown' };
    case 'notes':
      // Notes keep their inner line breaks and indentation; only the length is checked.
      return checkText(key, raw);
    default:
      return checkText(key, text);
  }
}

/** Status of every profile field. */
export function validateProfile(
  profile: Profile,
  options: ValidateOptions = {},
): Partial<Record<ProfileKey, FieldStatus>> {
  const statuses: Partial<Record<ProfileKey, FieldStatus>> = {};
  for (const key of Object.keys(profileSchema.shape) as ProfileKey[]) {
    statuses[key] = validateField(key, profile[key] ?? '', options);
  }
  return statuses;
}

/** Keys whose current value would be refused by `saveProfile`. */
export function profileErrors(profile: Profile, options: ValidateOptions = {}): ProfileKey[] {
  const statuses = validateProfile(profile, options);
  return (Object.keys(statuses) as ProfileKey[]).filter((key) => statuses[key]?.state === 'invalid');
}
