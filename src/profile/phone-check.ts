// The phone library (libphonenumber-js, ≈ 34 KB gzip of metadata) loaded on first need only, so the
// popup's first paint does not carry it: when a phone number is typed or saved, or stored profiles are
// read. Until it is there, `validateField` takes a phone as typed without a verdict; saving waits for it.
import type { PhoneParts } from './phone-parts';

type PhoneModule = typeof import('./phone');

let phone: PhoneModule | undefined;
let loading: Promise<PhoneModule> | undefined;

/** Loads the phone checks (once); resolves when `phoneChecks()` has them. */
export function loadPhoneChecks(): Promise<PhoneModule> {
  loading ??= import('./phone').then((module) => {
    phone = module;
    return module;
  });
  return loading;
}

/** The phone checks when loaded, else undefined (ask `loadPhoneChecks`). */
export const phoneChecks = (): PhoneModule | undefined => phone;

/** The E.164 form and split of a phone as pages get it (read in New Caledonia), or undefined. */
export async function phonePartsWithLibrary(typed: string): Promise<PhoneParts | undefined> {
  const { checkPhone } = await loadPhoneChecks();
  const checked = checkPhone(typed);
  if (!checked.ok) return undefined;
  const { e164, countryCallingCode, nationalNumber } = checked.value;
  return { e164, countryCallingCode, nationalNumber };
}
