// The profile's fields as plain data: what the background reads stored profiles with, without the
// schema library (src/profile/schema.ts is the zod schema the popup saves with; `profile-shape.test.ts`
// keeps the two equal).
import { getCarrier } from '../carriers';
import { REASONS } from './fields';
import { fullNameOf } from './name';
import type { Profile, ProfileKey } from './schema';

/** The id of the profile a single-profile (version 2) store becomes, and of the first profile. */
export const FIRST_PROFILE_ID = 'main';

/** Each profile field and its longest stored length, in the schema's order. */
export const PROFILE_MAX_LENGTH: Readonly<Record<Exclude<ProfileKey, 'reason'>, number>> = {
  givenName: 100,
  familyName: 100,
  email: 254,
  phone: 40,
  carrierId: 40,
  carrierOtherName: 100,
  deviceModel: 100,
  orderNumber: 100,
  activationCode: 255,
  imei: 40,
  eid: 60,
  iccid: 40,
  notes: 2000,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One stored profile's fields as the schema would read them (strings trimmed — the notes kept as
 * written — within their length, a known reason); a field of the wrong type or too long reads as
 * empty. Identifiers are checked again where they are used (src/profile/fill-data.ts).
 */
export function readProfileFields(raw: unknown): Profile {
  const fields = isRecord(raw) ? raw : {};
  const profile = {} as Record<ProfileKey, string>;
  for (const [key, max] of Object.entries(PROFILE_MAX_LENGTH) as [Exclude<ProfileKey, 'reason'>, number][]) {
    const value = fields[key];
    const text = typeof value === 'string' ? (key === 'notes' ? value : value.trim()) : '';
    profile[key] = text.length <= max ? text : '';
  }
  const reason = fields.reason;
  profile.reason = (REASONS as readonly unknown[]).includes(reason) ? (reason as string) : '';
  return profile as Profile;
}

/** A carrier's display name from the registry, or the name the person typed for "other". */
export function carrierNameOf(profile: Pick<Profile, 'carrierId' | 'carrierOtherName'>): string {
  if (profile.carrierId === 'other') return profile.carrierOtherName.trim();
  return getCarrier(profile.carrierId)?.name ?? '';
}

/**
 * What a profile is called where the person picks one: its label, else its carrier and the person's
 * name ("Airalo · Marie Wamytan"); '' for a profile with none of them (the popup numbers it).
 */
export function profileTitle(entry: { label: string; profile: Profile }): string {
  if (entry.label.trim()) return entry.label.trim();
  return [carrierNameOf(entry.profile), fullNameOf(entry.profile)].filter(Boolean).join(' · ');
}

/** A profile with nothing in it (a new one, or one the person emptied). */
export const isEmptyProfile = (profile: Profile): boolean =>
  (Object.keys(profile) as ProfileKey[]).every((key) => profile[key] === '');
