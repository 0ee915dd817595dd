// The stored collection of profiles (`local:profile`) read and written in one queue: every change
// from a page or worker waits for the one before it. Read, it is migrated, checked and repaired, and
// whatever cannot be read goes to quarantine (src/profile/quarantine.ts).
import { storage } from 'wxt/utils/storage';
import {
  emptyCollection,
  migrateProfileV2toV3,
  migrateStoredProfiles,
  type ProfileCollection,
  type ProfileEntry,
  toStored,
} from './collection';
import { migrateProfileV1toV2 } from './migrations';
import { loadPhoneChecks, phonePartsWithLibrary } from './phone-check';
import { PHONE_FORMATS_KEY, type PhoneFormats, readPhoneFormats } from './phone-parts';
import { setAside } from './quarantine';

/** 1: the prototype's shape; 2: one profile (`profileSchema`); 3: a collection of profiles. */
export const PROFILE_VERSION = 3;

/**
 * Raw stored profiles: read them through `loadProfiles` / `loadProfile`, which migrate, check and
 * quarantine. Typed `unknown` on purpose — what is on disk may be an older or damaged shape.
 */
export const profileItem = storage.defineItem<unknown, { v: number }>('local:profile', {
  version: PROFILE_VERSION,
  migrations: { 2: migrateProfileV1toV2, 3: migrateProfileV2toV3 },
});

/**
 * Each profile's phone as pages get it, computed here with the phone library, keyed by the number as
 * stored: the background fills from it without the library (src/profile/phone-parts.ts).
 */
export const phoneFormatsItem = storage.defineItem<unknown>(`local:${PHONE_FORMATS_KEY}`);

/**
 * Makes the stored phone formats match the profiles' phones (the popup's migration of data saved before
 * the formats existed, and the update after each save). Loads the phone library only when a phone has
 * no format yet.
 */
export async function syncPhoneFormats(collection: ProfileCollection): Promise<void> {
  const phones = [...new Set(collection.entries.map((entry) => entry.profile.phone.trim()).filter(Boolean))];
  const stored = readPhoneFormats(await phoneFormatsItem.getValue());
  const next: PhoneFormats = {};
  for (const phone of phones) {
    const parts = stored[phone] ?? (await phonePartsWithLibrary(phone));
    if (parts) next[phone] = parts;
  }
  if (JSON.stringify(next) === JSON.stringify(stored)) return;
  if (Object.keys(next).length) await phoneFormatsItem.setValue(next);
  else await phoneFormatsItem.removeValue();
}

/**
 * Formats missing (data saved by an older version, or restored): computed behind the first paint, the
 * library loaded outside the queue so that no other change waits for it.
 */
export async function syncPhoneFormatsSoon(collection: ProfileCollection): Promise<void> {
  try {
    const stored = readPhoneFormats(await phoneFormatsItem.getValue());
    const phones = new Set(collection.entries.map((entry) => entry.profile.phone.trim()).filter(Boolean));
    const current = [...phones].every((phone) => stored[phone]) && Object.keys(stored).length === phones.size;
    if (current) return;
    await loadPhoneChecks();
    await serial(async () => syncPhoneFormats(await readCollection()));
  } catch {
    // Next time: the background reads the phone as typed meanwhile.
  }
}

// Changes from one page or worker go one after another, so two quick edits never lose one. Public
// functions go through `serial`; the helpers below it never call a public function.
let queue: Promise<unknown> = Promise.resolve();
export function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task);
  queue = next.catch(() => undefined);
  return next;
}

export async function writeCollection(collection: ProfileCollection): Promise<void> {
  // Value first, then version: a v3 value under an older mark passes the (idempotent) migrations unchanged.
  await profileItem.setValue(toStored(collection));
  await profileItem.setMeta({ v: PROFILE_VERSION });
}

/**
 * The stored profiles, migrated to the current version. Whatever cannot be read is moved to
 * quarantine (whole, as found) and the readable profiles and fields are kept and written back.
 */
export async function readCollection(): Promise<ProfileCollection> {
  let migrationProblem: string | undefined;
  try {
    await profileItem.migrate();
  } catch (error) {
    migrationProblem = `could not upgrade stored data (${error instanceof Error ? error.message : 'unknown error'})`;
  }
  const raw = await profileItem.getValue();
  if (raw == null) return emptyCollection();
  const { collection, setAside: unreadable } = migrateStoredProfiles(raw);
  if (migrationProblem) {
    // Data of a newer version is kept whole, once; what this version can read of it is used meanwhile.
    await setAside({ raw, reason: [migrationProblem, ...unreadable.map((item) => item.reason)].join('; ') });
  } else {
    for (const item of unreadable) await setAside(item);
  }
  // Written back once when anything changed (quarantined, repaired, normalised), so it stays read as is.
  if (migrationProblem || JSON.stringify(toStored(collection)) !== JSON.stringify(raw)) {
    await writeCollection(collection);
  }
  return collection;
}

export const selectedOf = (collection: ProfileCollection): ProfileEntry =>
  collection.entries.find((entry) => entry.id === collection.selectedId) ?? collection.entries[0]!;
