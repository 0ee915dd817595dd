// Several profiles (two phones; an OPT-NC line and a travel eSIM), stored as one collection:
//   { entries: [{ id, label, ...profile fields }], selectedId }
// This file holds the pure part: the migration chain to that shape and the reading of stored data,
// entry by entry, so one damaged profile costs neither the others nor its own readable fields.
import { migrateProfileV1toV2 } from './migrations';
import { FIRST_PROFILE_ID } from './profile-shape';
import { describeSalvage, salvageProfile } from './salvage';
import { emptyProfile, PROFILE_KEYS, type Profile, profileSchema } from './schema';

export { FIRST_PROFILE_ID };
/** A label the person gives a profile ("Work phone"); longer is cut when saved. */
export const MAX_LABEL_LENGTH = 60;

export interface ProfileEntry {
  /** Stable id: 'main' for the first or migrated profile, 'p-…' for added ones. */
  id: string;
  /** The person's name for it; '' when they gave none (the popup then shows the carrier or name). */
  label: string;
  profile: Profile;
}

export interface ProfileCollection {
  /** Never empty. */
  entries: ProfileEntry[];
  /** One of the entries' ids: the profile the popup edits and Fill this page starts from. */
  selectedId: string;
}

/** Stored data that could not be read: kept whole for quarantine, never dropped. */
export interface SetAside {
  raw: unknown;
  /** What was wrong, naming fields only, never their values. */
  reason: string;
  /** The profile the data belongs to, when it is one profile's. */
  profileId?: string;
}

export interface ReadProfiles {
  /** Every profile that could be read, each field that could be read (identifiers normalised). */
  collection: ProfileCollection;
  /** What could not be read, for quarantine. */
  setAside: SetAside[];
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Letters, digits, '-' and '_', never a profile field's name (a draft map is keyed by ids). */
export const isProfileId = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^[A-Za-z0-9_-]{1,40}$/.test(value) &&
  !(PROFILE_KEYS as string[]).includes(value);

/** A fresh id that none of `taken` has. */
export function newProfileId(taken: Iterable<string> = []): string {
  const used = new Set(taken);
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    const id = `p-${[...bytes].map((byte) => byte.toString(36).padStart(2, '0')).join('')}`;
    if (!used.has(id)) return id;
  }
}

export const emptyCollection = (): ProfileCollection => ({
  entries: [{ id: FIRST_PROFILE_ID, label: '', profile: emptyProfile() }],
  selectedId: FIRST_PROFILE_ID,
});

/** Version 2 held one profile; version 3 a collection of them. */
const looksLikeCollection = (value: unknown): value is Record<string, unknown> & { entries: unknown[] } =>
  isRecord(value) && Array.isArray(value.entries);

/**
 * Version 2 → 3: the single profile becomes the first entry, id 'main', no label. Never throws, never
 * drops: a value that is not a profile object passes through unchanged (loading then quarantines it),
 * and a value already in the collection shape passes through, so running it twice is harmless.
 */
export function migrateProfileV2toV3(value: unknown): unknown {
  if (!isRecord(value) || looksLikeCollection(value)) return value;
  return { entries: [{ id: FIRST_PROFILE_ID, label: '', ...value }], selectedId: FIRST_PROFILE_ID };
}

/** Reads one stored entry: its readable fields, and what was wrong with the rest. */
function readEntry(raw: unknown, taken: Set<string>): { entry?: ProfileEntry; setAside?: SetAside } {
  if (!isRecord(raw)) return { setAside: { raw, reason: 'stored profile is not an object' } };
  const { id, label, ...fields } = raw;
  const problems: string[] = [];
  // What is set aside is the profile's data as found; its id and label go with it only when unreadable.
  const aside: Record<string, unknown> = { ...fields };
  let entryId: string;
  if (isProfileId(id) && !taken.has(id)) entryId = id;
  else {
    // A duplicate id is not the person's data: the second profile simply gets a new one.
    if (!isProfileId(id) && id !== undefined) {
      problems.push('unreadable profile id');
      aside.id = id;
    }
    entryId = newProfileId(taken);
  }
  let entryLabel = '';
  if (typeof label === 'string' && label.trim().length <= MAX_LABEL_LENGTH) entryLabel = label.trim();
  else if (label != null) {
    problems.push('unreadable profile label');
    aside.label = label;
  }
  const salvage = salvageProfile(fields);
  const described = describeSalvage(salvage);
  if (described) problems.push(described);
  const entry = { id: entryId, label: entryLabel, profile: salvage.profile };
  if (!problems.length) return { entry };
  return { entry, setAside: { raw: aside, reason: problems.join('; '), profileId: entryId } };
}

/**
 * The migration chain storage runs (1 → 2 → 3; each step recognises its own input, so the chain may
 * run on data of any version, such as an imported backup), then the reading: every profile that can be
 * read, each field that can be read; the rest comes back in `setAside`, whole, for quarantine.
 */
export function migrateStoredProfiles(raw: unknown): ReadProfiles {
  const value = migrateProfileV2toV3(migrateProfileV1toV2(raw));
  if (!looksLikeCollection(value)) {
    return { collection: emptyCollection(), setAside: [{ raw, reason: 'stored profile is not an object' }] };
  }
  const setAside: SetAside[] = [];
  const entries: ProfileEntry[] = [];
  const taken = new Set<string>();
  for (const rawEntry of value.entries) {
    const { entry, setAside: aside } = readEntry(rawEntry, taken);
    if (aside) setAside.push(aside);
    if (!entry) continue;
    taken.add(entry.id);
    entries.push(entry);
  }
  const { entries: _entries, selectedId, ...unknown } = value;
  if (Object.keys(unknown).length) {
    setAside.push({ raw: unknown, reason: `unknown fields: ${Object.keys(unknown).join(', ')}` });
  }
  if (!entries.length) return { collection: emptyCollection(), setAside };
  const selected = entries.find((entry) => entry.id === selectedId) ?? entries[0]!;
  return { collection: { entries, selectedId: selected.id }, setAside };
}

/** The collection as it is written to storage (each profile checked by the schema). */
export function toStored(collection: ProfileCollection): {
  entries: Array<{ id: string; label: string } & Profile>;
  selectedId: string;
} {
  return {
    entries: collection.entries.map((entry) => ({
      id: entry.id,
      label: entry.label,
      ...profileSchema.parse(entry.profile),
    })),
    selectedId: collection.selectedId,
  };
}

export { carrierNameOf, isEmptyProfile, profileTitle } from './profile-shape';
