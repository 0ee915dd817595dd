// What the background's fill decisions read from storage, in one read: the profiles, the added sites,
// the automatic-fill switches, the phone formats the popup computed, and the request log. Read with
// hand-written readers (no schema library, no phone metadata: issue 10's small, fast policy path);
// the popup writes and checks these items (src/profile/storage.ts and friends), the background only reads.
import { browser } from 'wxt/browser';
import { type AddedSite, readSites } from '../carriers/sites';
import { type RequestRecord, readRequests } from '../journey/request-log';
import { PHONE_FORMATS_KEY, type PhoneFormats, readPhoneFormats } from '../profile/phone-parts';
import { type FillProfiles, readAutofillSwitches, readProfilesForFill } from '../profile/read-profiles';

export interface FillInputs {
  profiles: FillProfiles;
  sites: AddedSite[];
  /** carrierId → automatic fill on/off; a carrier not listed is on [P4]. */
  autofill: Record<string, boolean>;
  phoneFormats: PhoneFormats;
  requests: RequestRecord[];
}

// The storage.local keys of WXT's `local:profile`, `local:sites`, `local:autofill`, `local:requests`.
const KEYS = ['profile', 'sites', 'autofill', PHONE_FORMATS_KEY, 'requests'];

/** Everything the policy and the fill data need, read once. Unreadable storage reads as nothing kept. */
export async function readFillInputs(): Promise<FillInputs> {
  const stored: Record<string, unknown> = await browser.storage.local.get(KEYS).catch(() => ({}));
  return {
    profiles: readProfilesForFill(stored.profile),
    sites: readSites(stored.sites),
    autofill: readAutofillSwitches(stored.autofill),
    phoneFormats: readPhoneFormats(stored[PHONE_FORMATS_KEY]),
    requests: readRequests(stored.requests),
  };
}
