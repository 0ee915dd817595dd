// What a page receives from a profile. On the background's fill path: no schema library and no phone
// metadata here (the phone comes formatted by the popup, or is read by src/profile/phone-parts.ts).
import { getCarrier } from '../carriers';
import type { FillData } from '../messaging/protocol';
import { checkEid, checkEmail, checkIccid, checkImei, parseActivationCode } from './identifiers';
import { fullNameOf } from './name';
import { type PhoneFormats, phonePartsOf } from './phone-parts';
import { carrierNameOf } from './profile-shape';
import type { Profile } from './schema';

const validValue = (result: { ok: true; value: string } | { ok: false }): string | undefined =>
  result.ok ? result.value : undefined;

/**
 * What a form may receive from the profile: identifiers only when valid, in normalised form; the phone
 * as E.164 and split (as the popup formatted it, `phoneFormats`, else read without the library); the
 * carrier's brand aliases from the registry; empty values left out.
 */
export function toFillData(profile: Profile, phoneFormats: PhoneFormats = {}): FillData {
  const values: FillData['values'] = {};
  const put = (key: keyof FillData['values'], value: string | undefined) => {
    const text = value?.trim();
    if (text) values[key] = text;
  };

  put('givenName', profile.givenName);
  put('familyName', profile.familyName);
  put('fullName', fullNameOf({ givenName: profile.givenName, familyName: profile.familyName }));
  if (profile.email.trim()) put('email', validValue(checkEmail(profile.email)));
  const phone = phonePartsOf(profile.phone, phoneFormats);
  if (phone && 'typed' in phone) put('phone', phone.typed);
  else if (phone) {
    put('phone', phone.e164);
    put('phoneCountryCode', `+${phone.countryCallingCode}`);
    put('phoneNational', phone.nationalNumber);
  }
  put('deviceModel', profile.deviceModel);
  put('carrier', carrierNameOf(profile));
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

/** What "Fill this page" asks about before writing on a page that is not the carrier's [P14]. */
export const CONFIRM_FIELDS = ['activationCode', 'eid', 'imei', 'iccid', 'orderNumber'] as const;
export type ConfirmField = (typeof CONFIRM_FIELDS)[number];

/** The identifiers this data holds, among those that need the person's yes on a foreign page. */
export const identifiersIn = (data: FillData): ConfirmField[] =>
  CONFIRM_FIELDS.filter((field) => !!data.values[field]);

/** The same data without the identifiers: what a foreign page gets when the person says no. */
export function withoutIdentifiers(data: FillData): FillData {
  const values = { ...data.values };
  for (const field of CONFIRM_FIELDS) delete values[field];
  return { ...data, values };
}

/**
 * The data with each identifier replaced by a stand-in of the same shape (each digit → one digit
 * per field, letters → X, "LPA:1$" kept), so a preview can find which boxes would take it — and
 * which composed message would carry it — without the real value ever entering a page the person
 * has not approved. One digit per field keeps a stand-in from being found inside another's.
 */
export function withStandIns(data: FillData): FillData {
  const values = { ...data.values };
  CONFIRM_FIELDS.forEach((field, index) => {
    const value = values[field];
    if (!value) return;
    const lpa = /^lpa:\d?\$?/i.exec(value)?.[0] ?? '';
    const digit = String(index + 1);
    values[field] = lpa + value.slice(lpa.length).replace(/\d/g, digit).replace(/[a-z]/gi, 'X');
  });
  return { ...data, values };
}
