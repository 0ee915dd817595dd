// The background's reading of the stored profiles: no schema library, no phone metadata, no writes.
// The popup owns the stored data (it migrates, checks, quarantines and writes back: storage.ts);
// the background only needs, fast, each profile's carrier and fill values to decide a frame and
// fill it (docs/fill-policy.md P1–P4). Older shapes are read as the popup's migrations would lay
// them out: version 2 (one profile) as profile 'main', version 1 (the prototype's) through its
// migration, which needs no schema either.
import { migrateProfileV1toV2 } from './migrations';
import { FIRST_PROFILE_ID, readProfileFields } from './profile-shape';
import type { Profile } from './schema';

export interface FillProfileEntry {
  id: string;
  label: string;
  profile: Profile;
}

export interface FillProfiles {
  /** Never empty: with nothing stored, one empty profile 'main'. */
  entries: FillProfileEntry[];
  selectedId: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PROFILE_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** Reads `local:profile` as stored (any version) into entries; unreadable entries are left out. */
export function readProfilesForFill(raw: unknown): FillProfiles {
  const value = migrateProfileV1toV2(raw);
  const rawEntries = isRecord(value)
    ? Array.isArray(value.entries)
      ? value.entries
      : [{ ...value, id: FIRST_PROFILE_ID }]
    : [];
  const entries: FillProfileEntry[] = [];
  for (const entry of rawEntries) {
    if (!isRecord(entry)) continue;
    const { id, label } = entry;
    if (typeof id !== 'string' || !PROFILE_ID.test(id) || entries.some((seen) => seen.id === id)) continue;
    entries.push({
      id,
      label: typeof label === 'string' ? label.trim() : '',
      profile: readProfileFields(entry),
    });
  }
  if (!entries.length) entries.push({ id: FIRST_PROFILE_ID, label: '', profile: readProfileFields({}) });
  const selected = isRecord(value) ? value.selectedId : undefined;
  const selectedId = entries.some((entry) => entry.id === selected) ? (selected as string) : entries[0]!.id;
  return { entries, selectedId };
}

/** The automatic-fill switches (`local:autofill`), carrierId → on/off; unreadable ones are left out (on). */
export function readAutofillSwitches(value: unknown): Record<string, boolean> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, enabled]) => typeof enabled === 'boolean'),
  ) as Record<string, boolean>;
}
