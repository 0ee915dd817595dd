// Everything the extension keeps about the person, in browser.storage.local through versioned WXT
// items. Rules: data that fails the schema is never dropped (it goes to quarantine, the popup offers
// restore or discard); an invalid identifier is never stored as if valid.
//
// Several profiles live in one item (`local:profile`, version 3): { entries: [{ id, label, ...fields }],
// selectedId }. The selected profile is the one the popup edits; the background picks, page by page,
// the profile whose carrier owns the page (src/carriers/policy.ts `profileForPage`).
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import {
  emptyCollection,
  FIRST_PROFILE_ID,
  isProfileId,
  MAX_LABEL_LENGTH,
  migrateProfileV2toV3,
  migrateStoredProfiles,
  newProfileId,
  type ProfileCollection,
  type ProfileEntry,
  type ReadProfiles,
  type SetAside,
  toStored,
} from './collection';
import { REASONS } from './fields';
import { migrateProfileV1toV2 } from './migrations';
import { loadPhoneChecks, phonePartsWithLibrary } from './phone-check';
import { PHONE_FORMATS_KEY, type PhoneFormats, readPhoneFormats } from './phone-parts';
import { salvageProfile } from './salvage';
import { emptyProfile, PROFILE_KEYS, type Profile, type ProfileKey, profileSchema } from './schema';
import { type ValidateOptions, validateField } from './validate';

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

/** 1: the prototype's shape; 2: one profile (`profileSchema`); 3: a collection of profiles. */
export const PROFILE_VERSION = 3;

/**
 * Raw stored profiles: read them through `loadProfiles` / `loadProfile`, which migrate, check and
 * quarantine. Typed `unknown` on purpose — what is on disk may be an older or damaged shape.
 */
const profileItem = storage.defineItem<unknown, { v: number }>('local:profile', {
  version: PROFILE_VERSION,
  migrations: { 2: migrateProfileV1toV2, 3: migrateProfileV2toV3 },
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the person is typing, saved on every keystroke (a popup closes on any outside click): one item
 * per profile, `local:profileDraft.<profileId>`, fields as typed. One write per keystroke, no read
 * before it, so the last keystroke is stored even when the popup closes right after it.
 */
const draftKey = (id: string) => `local:profileDraft.${id}` as const;
const DRAFT_PREFIX = 'profileDraft.';

/**
 * Before several profiles: the one profile's draft (`local:profileDraft`, fields as typed), now the
 * draft of profile 'main'. (Briefly, one map { [profileId]: draft } under the same key.)
 */
const legacyDraftItem = storage.defineItem<unknown>('local:profileDraft');

export interface Quarantine {
  /** The stored data exactly as it was found. */
  raw: unknown;
  /** When it was set aside (ms since epoch). */
  at: number;
  /** What was wrong, naming fields only, never their values. */
  reason: string;
  /** The profile it belongs to, when it was one profile's data. */
  profileId?: string;
  /** An older quarantine still waiting for restore or discard. */
  earlier?: Quarantine;
}
const quarantineItem = storage.defineItem<Quarantine>('local:profileQuarantine', {
  version: 1,
  migrations: {},
});

/** carrierId → automatic fill on/off; a carrier not listed is on. */
const autofillItem = storage.defineItem<Record<string, boolean>>('local:autofill', {
  fallback: {},
  version: 1,
  migrations: {},
});

/**
 * Each profile's phone as pages get it, computed here with the phone library, keyed by the number as
 * stored: the background fills from it without the library (src/profile/phone-parts.ts).
 */
const phoneFormatsItem = storage.defineItem<unknown>(`local:${PHONE_FORMATS_KEY}`);

/**
 * Makes the stored phone formats match the profiles' phones (the popup's migration of data saved before
 * the formats existed, and the update after each save). Loads the phone library only when a phone has
 * no format yet.
 */
async function syncPhoneFormats(collection: ProfileCollection): Promise<void> {
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
async function syncPhoneFormatsSoon(collection: ProfileCollection): Promise<void> {
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
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task);
  queue = next.catch(() => undefined);
  return next;
}

async function writeCollection(collection: ProfileCollection): Promise<void> {
  // Value first, then version: a v3 value under an older mark passes the (idempotent) migrations unchanged.
  await profileItem.setValue(toStored(collection));
  await profileItem.setMeta({ v: PROFILE_VERSION });
}

// ---- quarantine -------------------------------------------------------------------------------

const quarantineRecord = z.object({
  at: z.number(),
  reason: z.string(),
  profileId: z.catch(z.optional(z.string()), undefined),
  earlier: z.optional(z.unknown()),
});

/** Reads a quarantine record; one that is itself damaged is kept whole as the raw data of a new one. */
function asQuarantine(value: unknown): Quarantine | null {
  if (value == null) return null;
  const parsed = quarantineRecord.safeParse(value);
  if (!parsed.success || !isRecord(value) || !('raw' in value)) {
    return { raw: value, at: Date.now(), reason: 'quarantine record unreadable' };
  }
  const quarantine: Quarantine = { raw: value.raw, at: parsed.data.at, reason: parsed.data.reason };
  if (parsed.data.profileId !== undefined) quarantine.profileId = parsed.data.profileId;
  const earlier = asQuarantine(parsed.data.earlier);
  if (earlier) quarantine.earlier = earlier;
  return quarantine;
}

export async function loadQuarantine(): Promise<Quarantine | null> {
  return asQuarantine(await quarantineItem.getValue());
}

async function setAside({ raw, reason, profileId }: SetAside): Promise<void> {
  const earlier = await loadQuarantine();
  const quarantine: Quarantine = { raw, at: Date.now(), reason };
  if (profileId !== undefined) quarantine.profileId = profileId;
  if (earlier) quarantine.earlier = earlier;
  await quarantineItem.setValue(quarantine);
}

/** Drops the newest quarantine; an older one, if any, takes its place. Returns what remains. */
async function popQuarantine(): Promise<Quarantine | null> {
  const current = await loadQuarantine();
  const next = current?.earlier ?? null;
  if (next) await quarantineItem.setValue(next);
  else await quarantineItem.removeValue();
  return next;
}

// ---- reading the collection -------------------------------------------------------------------

/**
 * The stored profiles, migrated to the current version. Whatever cannot be read is moved to
 * quarantine (whole, as found) and the readable profiles and fields are kept and written back.
 */
async function readCollection(): Promise<ProfileCollection> {
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

const selectedOf = (collection: ProfileCollection): ProfileEntry =>
  collection.entries.find((entry) => entry.id === collection.selectedId) ?? collection.entries[0]!;

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
    await quarantineItem.removeValue();
  });
}

/** Calls `cb` whenever the stored profiles change (in any page or worker). Returns the unwatch. */
export const onProfilesChanged = (cb: () => void): (() => void) => profileItem.watch(() => cb());

// ---- drafts -----------------------------------------------------------------------------------

const draftField = (key: ProfileKey) =>
  key === 'reason' ? z.union([z.enum(REASONS), z.literal('')]) : z.string().check(z.maxLength(10_000));

/** Keeps each readable field of a draft as typed (not trimmed); unreadable ones are dropped. */
function readDraft(value: unknown): Partial<Profile> | null {
  if (!isRecord(value)) return null;
  const draft: Partial<Record<ProfileKey, string>> = {};
  for (const key of PROFILE_KEYS) {
    const parsed = draftField(key).safeParse(value[key]);
    if (parsed.success) draft[key] = parsed.data;
  }
  return Object.keys(draft).length ? (draft as Partial<Profile>) : null;
}

const readDraftOf = async (id: string): Promise<Partial<Profile> | null> =>
  readDraft(await storage.getItem<unknown>(draftKey(id)));

function writeDraftOf(id: string, draft: Partial<Profile> | null): Promise<void> {
  const clean = readDraft(draft);
  return clean ? storage.setItem(draftKey(id), clean) : storage.removeItem(draftKey(id));
}

/** The draft kept from before several profiles goes to its profile, unless that one has a newer one. */
async function moveLegacyDrafts(): Promise<void> {
  const value = await legacyDraftItem.getValue();
  if (value == null) return;
  const isV1 = isRecord(value) && Object.keys(value).some((key) => (PROFILE_KEYS as string[]).includes(key));
  const drafts = isV1 ? { [FIRST_PROFILE_ID]: value } : isRecord(value) ? value : {};
  for (const [id, draft] of Object.entries(drafts)) {
    if (isProfileId(id) && (await readDraftOf(id)) === null) await writeDraftOf(id, readDraft(draft));
  }
  await legacyDraftItem.removeValue({ removeMeta: true });
}

/** Every draft of every profile (replaced or erased profiles take their drafts with them). */
async function removeAllDrafts(): Promise<void> {
  await legacyDraftItem.removeValue({ removeMeta: true });
  const keys = Object.keys(await browser.storage.local.get(null)).filter((key) =>
    key.startsWith(DRAFT_PREFIX),
  );
  if (keys.length) await browser.storage.local.remove(keys);
}

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

// ---- restore / discard ------------------------------------------------------------------------

const asText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
};

/** The one profile's data in quarantined raw data, the rest kept as leftovers. */
function profileDataIn(
  raw: unknown,
  target: ProfileEntry,
): { data: Record<string, unknown> | null; leftover: Record<string, unknown> } {
  const leftover: Record<string, unknown> = {};
  let data: Record<string, unknown> | null = null;
  if (isRecord(raw) && Array.isArray(raw.entries)) {
    // A whole collection (written by a newer version): this profile's entry, the others as leftovers.
    const { entries, selectedId: _selected, ...rest } = raw;
    const own = entries.findIndex((entry) => isRecord(entry) && entry.id === target.id);
    const at = own >= 0 ? own : entries.findIndex(isRecord);
    if (at >= 0) data = { ...(entries[at] as Record<string, unknown>) };
    const others = entries.filter((_, i) => i !== at);
    if (others.length) leftover.entries = others;
    Object.assign(leftover, rest);
  } else if (isRecord(raw)) {
    data = { ...raw };
  } else if (raw != null) {
    leftover.data = raw;
  }
  if (data) {
    // The entry's own id and label are not fields: dropped when they are this profile's, else kept.
    if (data.id === target.id) delete data.id;
    if (data.label === target.label) delete data.label;
  }
  return { data, leftover };
}

/**
 * Puts the newest quarantined data back in front of the person as a draft of the profile it belongs
 * to (the selected one when it belonged to none, or that profile is gone), and selects that profile, so
 * they can correct it and save: fields that were set aside replace the current ones, fields that were
 * fine only fill gaps, and whatever fits no field is appended to the notes as JSON. The quarantine
 * entry is then removed (its data now lives in the draft). Returns the draft, or null when nothing was
 * quarantined.
 */
export function restoreQuarantine(): Promise<Partial<Profile> | null> {
  return serial(async () => {
    const quarantine = await loadQuarantine();
    if (!quarantine) return null;
    const collection = await readCollection();
    const target =
      collection.entries.find((entry) => entry.id === quarantine.profileId) ?? selectedOf(collection);
    await moveLegacyDrafts();
    const draft: Partial<Record<ProfileKey, string>> = {
      ...target.profile,
      ...((await readDraftOf(target.id)) ?? {}),
    };

    let raw = quarantine.raw;
    if (typeof raw === 'string') {
      try {
        raw = JSON.parse(raw);
      } catch {
        // Not JSON: kept as text below.
      }
    }
    const { data, leftover } = profileDataIn(migrateProfileV1toV2(raw), target);
    if (data) {
      const fields = migrateProfileV1toV2(data) as Record<string, unknown>;
      const { unreadable } = salvageProfile(fields);
      for (const [key, value] of Object.entries(fields)) {
        const text = asText(value);
        const isReason = key === 'reason' && (REASONS as readonly string[]).includes(String(value));
        const fits =
          isReason || (key !== 'reason' && (PROFILE_KEYS as string[]).includes(key) && text !== undefined);
        if (!fits) {
          if (value != null && value !== '') leftover[key] = value;
          continue;
        }
        const profileKey = key as ProfileKey;
        if (unreadable.includes(profileKey) || !draft[profileKey]) draft[profileKey] = text;
      }
    }
    if (Object.keys(leftover).length) {
      const notes = draft.notes ?? '';
      draft.notes = [notes, `Recovered data: ${JSON.stringify(leftover)}`].filter(Boolean).join('\n');
    }
    await writeDraftOf(target.id, draft as Partial<Profile>);
    if (collection.selectedId !== target.id) {
      collection.selectedId = target.id;
      await writeCollection(collection);
    }
    const kept = (await readDraftOf(target.id)) ?? {};
    // Only forget the quarantine once the draft really holds all of it (a draft field has a size limit).
    const complete = (Object.keys(draft) as ProfileKey[]).every(
      (key) => (kept[key] ?? '') === (draft[key] ?? ''),
    );
    if (complete) await popQuarantine();
    return kept;
  });
}

/** Deletes the newest quarantined data for good. Returns the next (older) quarantine, if any. */
export function discardQuarantine(): Promise<Quarantine | null> {
  return serial(popQuarantine);
}

// ---- automatic fill switch --------------------------------------------------------------------

const autofillSchema = z.record(z.string(), z.boolean());

async function readAutofill(): Promise<Record<string, boolean>> {
  const value = await autofillItem.getValue();
  const parsed = autofillSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  // Keep the switches that are still readable; anything else means "on", the default.
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, enabled]) => typeof enabled === 'boolean'),
  ) as Record<string, boolean>;
}

export async function isAutofillEnabled(carrierId: string): Promise<boolean> {
  return (await readAutofill())[carrierId] ?? true;
}

export async function setAutofillEnabled(carrierId: string, enabled: boolean): Promise<void> {
  const switches = await readAutofill();
  switches[carrierId] = enabled;
  await autofillItem.setValue(switches);
}

/** Every readable switch, carrierId → on/off (a backup keeps them). */
export const loadAutofillSwitches = (): Promise<Record<string, boolean>> => readAutofill();

/** Replaces every switch (a backup being restored); an empty set removes the item. */
export async function replaceAutofillSwitches(switches: Record<string, boolean>): Promise<void> {
  const parsed = autofillSchema.safeParse(switches);
  const clean = parsed.success ? parsed.data : {};
  if (Object.keys(clean).length) await autofillItem.setValue(clean);
  else await autofillItem.removeValue();
}
