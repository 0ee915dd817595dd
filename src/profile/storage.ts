// Everything the extension keeps about the person, in browser.storage.local through versioned WXT
// items. Rules: data that fails the schema is never dropped (it goes to quarantine, the popup offers
// restore or discard); an invalid identifier is never stored as if valid.
//
// Several profiles live in one item (`local:profile`, version 3): { entries: [{ id, label, ...fields }],
// selectedId }. The selected profile is the one the popup edits; the background picks, page by page,
// the profile whose carrier owns the page (src/carriers/policy.ts `profileForPage`).
import {
  isRecord,
  MAX_LABEL_LENGTH,
  migrateStoredProfiles,
  newProfileId,
  type ProfileCollection,
  type ProfileEntry,
  type ReadProfiles,
} from './collection';
import {
  phoneFormatsItem,
  profileItem,
  readCollection,
  selectedOf,
  serial,
  syncPhoneFormats,
  syncPhoneFormatsSoon,
  writeCollection,
} from './collection-store';
import { moveLegacyDrafts, readDraftOf, removeAllDrafts, writeDraftOf } from './draft-store';
import { loadPhoneChecks } from './phone-check';
import { clearQuarantine, loadQuarantine, type Quarantine, setAside } from './quarantine';
import { emptyProfile, PROFILE_KEYS, type Profile, type ProfileKey, profileSchema } from './schema';
import { type ValidateOptions, validateField } from './validate';

export {
  isAutofillEnabled,
  loadAutofillSwitches,
  replaceAutofillSwitches,
  setAutofillEnabled,
} from './autofill-switches';
export {
  FIRST_PROFILE_ID,
  isEmptyProfile,
  migrateStoredProfiles,
  type ProfileCollection,
  type ProfileEntry,
  profileTitle,
  type ReadProfiles,
  type SetAside,
} from './collection';
export { PROFILE_VERSION } from './collection-store';
export { loadQuarantine, type Quarantine } from './quarantine';
export { discardQuarantine, restoreQuarantine } from './quarantine-restore';

// ---- profiles ---------------------------------------------------------------------------------

export interface LoadedProfiles {
  /** Every profile, in the person's order; never empty. */
  entries: ProfileEntry[];
  /** The profile the popup edits (one of `entries`). */
  selectedId: string;
  /** Data set aside now or earlier, waiting for the person to restore or discard it. */
  quarantine: Quarantine | null;
}

export function loadProfiles(): Promise<LoadedProfiles> {
  return serial(async () => {
    const collection = await readCollection();
    void syncPhoneFormatsSoon(collection);
    return {
      entries: collection.entries,
      selectedId: collection.selectedId,
      quarantine: await loadQuarantine(),
    };
  });
}

export interface LoadedProfile {
  profile: Profile;
  /** Data set aside now or earlier, waiting for the person to restore or discard it. */
  quarantine: Quarantine | null;
}

/** One profile (the selected one by default); an id that is not there gives an empty profile. */
export function loadProfile(id?: string): Promise<LoadedProfile> {
  return serial(async () => {
    const collection = await readCollection();
    const entry =
      id === undefined ? selectedOf(collection) : collection.entries.find((candidate) => candidate.id === id);
    return { profile: entry ? entry.profile : emptyProfile(), quarantine: await loadQuarantine() };
  });
}

export interface SaveResult {
  /** The profile as now stored (identifiers normalised, the phone as typed). */
  saved: Profile;
  /** Keys whose new value was invalid: not stored, the previously saved value kept. */
  rejected: ProfileKey[];
}

export interface SaveOptions extends ValidateOptions {
  /** The profile to save into; the selected one by default. */
  id?: string;
}

/**
 * Stores every valid field of `candidate` into one profile, identifiers in normalised form (the phone
 * number as the person wrote it: src/profile/fill-data.ts formats it for pages). An invalid value is
 * not stored — the saved value for that key stays — and its key is listed in `rejected`. A key missing
 * from `candidate` keeps its saved value. Throws when the profile `options.id` is not there (removed
 * meanwhile in another window).
 */
export function saveProfile(candidate: Partial<Profile>, options: SaveOptions = {}): Promise<SaveResult> {
  // The phone is checked (and its format kept) with the library: saving waits for it, outside the queue.
  return loadPhoneChecks().then(() =>
    serial(async () => {
      const collection = await readCollection();
      const entry =
        options.id === undefined
          ? selectedOf(collection)
          : collection.entries.find((candidateEntry) => candidateEntry.id === options.id);
      if (!entry) throw new RangeError(`no profile ${options.id}`);
      const next: Record<ProfileKey, string> = { ...entry.profile };
      const rejected: ProfileKey[] = [];
      for (const key of PROFILE_KEYS) {
        const value = candidate[key];
        if (value === undefined) continue;
        const status = validateField(key, value, options);
        if (status.state === 'invalid') rejected.push(key);
        else next[key] = status.state === 'valid' ? status.value : '';
      }
      const saved = profileSchema.parse(next);
      entry.profile = saved;
      await writeCollection(collection);
      await syncPhoneFormats(collection);
      return { saved, rejected };
    }),
  );
}

const cleanLabel = (label: string): string => label.trim().slice(0, MAX_LABEL_LENGTH);

/** Adds an empty profile (not selected) and returns its id. */
export function addProfile(label = ''): Promise<string> {
  return serial(async () => {
    const collection = await readCollection();
    const id = newProfileId(collection.entries.map((entry) => entry.id));
    collection.entries.push({ id, label: cleanLabel(label), profile: emptyProfile() });
    await writeCollection(collection);
    return id;
  });
}

/**
 * Removes a profile and its draft. The last profile is never removed: it is emptied instead. When the
 * selected profile goes, the first remaining one is selected. An unknown id changes nothing.
 */
export function removeProfile(id: string): Promise<void> {
  return serial(async () => {
    const collection = await readCollection();
    const index = collection.entries.findIndex((entry) => entry.id === id);
    if (index < 0) return;
    if (collection.entries.length === 1) collection.entries[0] = { id, label: '', profile: emptyProfile() };
    else collection.entries.splice(index, 1);
    if (!collection.entries.some((entry) => entry.id === collection.selectedId)) {
      collection.selectedId = collection.entries[0]!.id;
    }
    await writeCollection(collection);
    await writeDraftOf(id, null);
  });
}

/** Makes `id` the profile the popup edits. Throws on an id that is not there. */
export function selectProfile(id: string): Promise<void> {
  return serial(async () => {
    const collection = await readCollection();
    if (!collection.entries.some((entry) => entry.id === id)) throw new RangeError(`no profile ${id}`);
    if (collection.selectedId === id) return;
    collection.selectedId = id;
    await writeCollection(collection);
  });
}

/** Names a profile ('' gives the name back to its carrier and person). An unknown id changes nothing. */
export function renameProfile(id: string, label: string): Promise<void> {
  return serial(async () => {
    const collection = await readCollection();
    const entry = collection.entries.find((candidate) => candidate.id === id);
    if (!entry || entry.label === cleanLabel(label)) return;
    entry.label = cleanLabel(label);
    await writeCollection(collection);
  });
}

/**
 * Replaces every profile (a backup being restored). The collection is read again as stored data is —
 * an invalid identifier is not stored, whatever cannot be read goes to quarantine — and the drafts of
 * the profiles it replaces are dropped. Returns what was stored and what was set aside.
 */
export function replaceProfiles(collection: ProfileCollection): Promise<ReadProfiles> {
  return loadPhoneChecks().then(() =>
    serial(async () => {
      const read = migrateStoredProfiles(toStoredLoosely(collection));
      for (const item of read.setAside) await setAside(item);
      await writeCollection(read.collection);
      await syncPhoneFormats(read.collection);
      await removeAllDrafts();
      return read;
    }),
  );
}

/** The collection as stored, without the schema's parse: what fails is read (and set aside) later. */
const toStoredLoosely = (collection: ProfileCollection): unknown =>
  isRecord(collection) && Array.isArray(collection.entries)
    ? {
        entries: collection.entries.map((entry) =>
          isRecord(entry) ? { id: entry.id, label: entry.label, ...(entry.profile ?? {}) } : entry,
        ),
        selectedId: collection.selectedId,
      }
    : collection;

/** Erases every profile, draft and quarantined datum (the switches per carrier stay). */
export function clearProfiles(): Promise<void> {
  return serial(async () => {
    await profileItem.removeValue();
    await phoneFormatsItem.removeValue();
    await removeAllDrafts();
    await clearQuarantine();
  });
}

/** Calls `cb` whenever the stored profiles change (in any page or worker). Returns the unwatch. */
export const onProfilesChanged = (cb: () => void): (() => void) => profileItem.watch(() => cb());

// ---- drafts -----------------------------------------------------------------------------------

const draftOwner = async (id: string | undefined): Promise<string> =>
  id ?? (await readCollection()).selectedId;

/** The draft of one profile (the selected one by default), or null. */
export function loadDraft(id?: string): Promise<Partial<Profile> | null> {
  return serial(async () => {
    await moveLegacyDrafts();
    return readDraftOf(await draftOwner(id));
  });
}

/**
 * Keeps what is typed into one profile (the selected one by default). With the profile's id it is
 * written at once, not behind other changes: the popup may close right after the keystroke.
 */
export function saveDraft(draft: Partial<Profile>, id?: string): Promise<void> {
  if (id !== undefined) return writeDraftOf(id, draft);
  return serial(async () => writeDraftOf(await draftOwner(id), draft));
}

export function clearDraft(id?: string): Promise<void> {
  if (id !== undefined) return writeDraftOf(id, null);
  return serial(async () => writeDraftOf(await draftOwner(id), null));
}
