// Everything the extension keeps about the person, in browser.storage.local through versioned WXT
// items. Rules: data that fails the schema is never dropped (it goes to quarantine, the popup offers
// restore or discard); an invalid identifier is never stored as if valid.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { REASONS } from './fields';
import { migrateProfileV1toV2 } from './migrations';
import { describeSalvage, salvageProfile } from './salvage';
import { PROFILE_KEYS, type Profile, type ProfileKey, profileSchema } from './schema';
import { type ValidateOptions, validateField } from './validate';

export const PROFILE_VERSION = 2;

/**
 * Raw stored profile: read it through `loadProfile`, which migrates, checks and quarantines. Typed
 * `unknown` on purpose — what is on disk may be an older or damaged shape.
 */
const profileItem = storage.defineItem<unknown, { v: number }>('local:profile', {
  version: PROFILE_VERSION,
  migrations: { 2: migrateProfileV1toV2 },
});

/** What the person is typing, saved on every keystroke (a popup closes on any outside click). */
const draftItem = storage.defineItem<Partial<Profile>>('local:profileDraft', {
  version: 1,
  migrations: {},
});

export interface Quarantine {
  /** The stored data exactly as it was found. */
  raw: unknown;
  /** When it was set aside (ms since epoch). */
  at: number;
  /** What was wrong, naming fields only, never their values. */
  reason: string;
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

async function writeProfile(profile: Profile): Promise<void> {
  // Value first, then version: a v2 value under a v1 mark passes the (idempotent) migration unchanged.
  await profileItem.setValue(profileSchema.parse(profile));
  await profileItem.setMeta({ v: PROFILE_VERSION });
}

// ---- quarantine -------------------------------------------------------------------------------

const quarantineRecord = z.object({ at: z.number(), reason: z.string(), earlier: z.unknown().optional() });

/** Reads a quarantine record; one that is itself damaged is kept whole as the raw data of a new one. */
function asQuarantine(value: unknown): Quarantine | null {
  if (value == null) return null;
  const parsed = quarantineRecord.safeParse(value);
  if (!parsed.success || !isRecord(value) || !('raw' in value)) {
    return { raw: value, at: Date.now(), reason: 'quarantine record unreadable' };
  }
  const quarantine: Quarantine = { raw: value.raw, at: parsed.data.at, reason: parsed.data.reason };
  const earlier = asQuarantine(parsed.data.earlier);
  if (earlier) quarantine.earlier = earlier;
  return quarantine;
}

export async function loadQuarantine(): Promise<Quarantine | null> {
  return asQuarantine(await quarantineItem.getValue());
}

async function setAside(raw: unknown, reason: string): Promise<void> {
  const earlier = await loadQuarantine();
  const quarantine: Quarantine = { raw, at: Date.now(), reason };
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

// ---- profile ----------------------------------------------------------------------------------

export interface LoadedProfile {
  profile: Profile;
  /** Data set aside now or earlier, waiting for the person to restore or discard it. */
  quarantine: Quarantine | null;
}

/**
 * The saved profile, migrated to the current version. Whatever cannot be read is moved to quarantine
 * (whole, as found) and the readable fields are kept as the profile.
 */
export async function loadProfile(): Promise<LoadedProfile> {
  let migrationProblem: string | undefined;
  try {
    await profileItem.migrate();
  } catch (error) {
    migrationProblem = `could not upgrade stored data (${error instanceof Error ? error.message : 'unknown error'})`;
  }
  const raw = await profileItem.getValue();
  if (raw == null) return { profile: profileSchema.parse({}), quarantine: await loadQuarantine() };

  const salvage = salvageProfile(raw);
  const problem = [migrationProblem, describeSalvage(salvage)].filter(Boolean).join('; ');
  if (problem) {
    await setAside(raw, problem);
    await writeProfile(salvage.profile);
  }
  return { profile: salvage.profile, quarantine: await loadQuarantine() };
}

export interface SaveResult {
  /** The profile as now stored (identifiers normalised). */
  saved: Profile;
  /** Keys whose new value was invalid: not stored, the previously saved value kept. */
  rejected: ProfileKey[];
}

/**
 * Stores every valid field of `candidate`, identifiers in normalised form. An invalid value is not
 * stored — the saved value for that key stays — and its key is listed in `rejected`. A key missing
 * from `candidate` keeps its saved value.
 */
export async function saveProfile(
  candidate: Partial<Profile>,
  options: ValidateOptions = {},
): Promise<SaveResult> {
  const { profile: current } = await loadProfile();
  const next: Record<ProfileKey, string> = { ...current };
  const rejected: ProfileKey[] = [];
  for (const key of PROFILE_KEYS) {
    const value = candidate[key];
    if (value === undefined) continue;
    const status = validateField(key, value, options);
    if (status.state === 'invalid') rejected.push(key);
    else next[key] = status.state === 'valid' ? status.value : '';
  }
  const saved = profileSchema.parse(next);
  await writeProfile(saved);
  return { saved, rejected };
}

// ---- draft ------------------------------------------------------------------------------------

const draftField = (key: ProfileKey) =>
  key === 'reason' ? z.enum(REASONS).or(z.literal('')) : z.string().max(10_000);

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

export async function loadDraft(): Promise<Partial<Profile> | null> {
  return readDraft(await draftItem.getValue());
}

export async function saveDraft(draft: Partial<Profile>): Promise<void> {
  const clean = readDraft(draft);
  if (clean) await draftItem.setValue(clean);
  else await draftItem.removeValue();
}

export async function clearDraft(): Promise<void> {
  await draftItem.removeValue();
}

// ---- restore / discard ------------------------------------------------------------------------

const asText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
};

/**
 * Puts the newest quarantined data back in front of the person as a draft, so they can correct it
 * and save: fields that were set aside replace the current ones, fields that were fine only fill gaps,
 * and whatever fits no field is appended to the notes as JSON. The quarantine entry is then removed
 * (its data now lives in the draft). Returns the draft, or null when nothing was quarantined.
 */
export async function restoreQuarantine(): Promise<Partial<Profile> | null> {
  const quarantine = await loadQuarantine();
  if (!quarantine) return null;
  const { profile } = await loadProfile();
  const draft: Partial<Record<ProfileKey, string>> = { ...profile, ...((await loadDraft()) ?? {}) };

  let raw = quarantine.raw;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      // Not JSON: kept as text below.
    }
  }
  raw = migrateProfileV1toV2(raw);
  const leftover: Record<string, unknown> = {};
  if (isRecord(raw)) {
    const { unreadable } = salvageProfile(raw);
    for (const [key, value] of Object.entries(raw)) {
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
  } else if (raw != null) {
    leftover.data = raw;
  }
  if (Object.keys(leftover).length) {
    const notes = draft.notes ?? '';
    draft.notes = [notes, `Recovered data: ${JSON.stringify(leftover)}`].filter(Boolean).join('\n');
  }
  await saveDraft(draft as Partial<Profile>);
  const kept = (await loadDraft()) ?? {};
  // Only forget the quarantine once the draft really holds all of it (a draft field has a size limit).
  const complete = (Object.keys(draft) as ProfileKey[]).every(
    (key) => (kept[key] ?? '') === (draft[key] ?? ''),
  );
  if (complete) await popQuarantine();
  return kept;
}

/** Deletes the newest quarantined data for good. Returns the next (older) quarantine, if any. */
export async function discardQuarantine(): Promise<Quarantine | null> {
  return popQuarantine();
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
