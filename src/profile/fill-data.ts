import { getCarrier } from '../carriers';
import type { FillData } from '../fill/types';
import { checkEid, checkEmail, checkIccid, checkImei, parseActivationCode } from './identifiers';
import { type CountryCode, checkPhone } from './phone';
import type { Profile } from './schema';

const HAN = /^\p{Script=Han}+$/u;

/**
 * "Jean Dupont", but "王小明": Chinese names are written family name first and without a space. The
 * order of `givenName` / `familyName` is otherwise kept as given.
 */
export function fullNameOf(givenName: string, familyName: string): string {
  const given = givenName.trim();
  const family = familyName.trim();
  if (given && family && HAN.test(given) && HAN.test(family)) return `${family}${given}`;
  return [given, family].filter(Boolean).join(' ');
}

/** A carrier's display name from the registry, or the name the person typed for "other". */
export function carrierDisplayName(profile: Pick<Profile, 'carrierId' | 'carrierOtherName'>): string {
  if (profile.carrierId === 'other') return profile.carrierOtherName.trim();
  return getCarrier(profile.carrierId)?.name ?? '';
}

const validValue = (result: { ok: true; value: string } | { ok: false }): string | undefined =>
  result.ok ? result.value : undefined;

/**
 * What a form may receive from the profile: identifiers only when valid, in normalised form; the phone
 * as E.164 and split; empty values left out.
 */
export function toFillData(profile: Profile, defaultCountry: CountryCode = 'NC'): FillData {
  const values: FillData['values'] = {};
  const put = (key: keyof FillData['values'], value: string | undefined) => {
    const text = value?.trim();
    if (text) values[key] = text;
  };

  put('givenName', profile.givenName);
  put('familyName', profile.familyName);
  put('fullName', fullNameOf(profile.givenName, profile.familyName));
  if (profile.email.trim()) put('email', validValue(checkEmail(profile.email)));
  if (profile.phone.trim()) {
    const phone = checkPhone(profile.phone, defaultCountry);
    if (phone.ok) {
      put('phone', phone.value.e164);
      put('phoneCountryCode', `+${phone.value.countryCallingCode}`);
      put('phoneNational', phone.value.nationalNumber);
    }
  }
  put('deviceModel', profile.deviceModel);
  put('carrier', carrierDisplayName(profile));
  put('orderNumber', profile.orderNumber);
  if (profile.activationCode.trim()) {
    const code = parseActivationCode(profile.activationCode);
    if (code.ok) put('activationCode', code.value.lpa || code.value.matchingId);
  }
  if (profile.imei.trim()) put('imei', validValue(checkImei(profile.imei)));
  if (profile.eid.trim()) put('eid', validValue(checkEid(profile.eid)));
  if (profile.iccid.trim()) put('iccid', validValue(checkIccid(profile.iccid)));

  return { values, reason: profile.reason, notes: profile.notes.trim() };
}
