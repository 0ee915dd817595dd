import { getCarrier } from '../carriers';
import type { FillData } from '../messaging/protocol';
import { checkEid, checkEmail, checkIccid, checkImei, parseActivationCode } from './identifiers';
import { fullNameOf } from './name';
import { type CountryCode, checkPhone } from './phone';
import type { Profile } from './schema';

/** A carrier's display name from the registry, or the name the person typed for "other". */
function carrierDisplayName(profile: Pick<Profile, 'carrierId' | 'carrierOtherName'>): string {
  if (profile.carrierId === 'other') return profile.carrierOtherName.trim();
  return getCarrier(profile.carrierId)?.name ?? '';
}

const validValue = (result: { ok: true; value: string } | { ok: false }): string | undefined =>
  result.ok ? result.value : undefined;

/**
 * What a form may receive from the profile: identifiers only when valid, in normalised form; the phone
 * as E.164 and split; the carrier's brand aliases from the registry; empty values left out.
 */
export function toFillData(profile: Profile, defaultCountry: CountryCode = 'NC'): FillData {
  const values: FillData['values'] = {};
  const put = (key: keyof FillData['values'], value: string | undefined) => {
    const text = value?.trim();
    if (text) values[key] = text;
  };

  put('givenName', profile.givenName);
  put('familyName', profile.familyName);
  put('fullName', fullNameOf({ givenName: profile.givenName, familyName: profile.familyName }));
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

  const data: FillData = { values, reason: profile.reason, notes: profile.notes.trim() };
  // A carrier drop-down may list the brand ("Mobilis") rather than the registry's display name.
  const aliases = profile.carrierId === 'other' ? [] : (getCarrier(profile.carrierId)?.aliases ?? []);
  if (aliases.length) data.carrierAliases = aliases;
  return data;
}
