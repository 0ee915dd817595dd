// Activation codes a profile had before the person kept a new one ("Keep as my activation code"), in
// browser.storage.local: { [profileId]: [{ code, replacedAt }] }, newest last. An old code is usually
// spent, yet it is still a bearer secret: never logged, shown masked (the popup keeps the last 4).
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { parseActivationCode } from '../profile/identifiers';
import type { Profile, ProfileKey } from '../profile/schema';
import type { NewActivation } from './activation';

export interface CodeHistoryEntry {
  /** The activation code as it was kept in the profile. */
  code: string;
  /** When it was replaced (ms since epoch). */
  replacedAt: number;
}

/** Codes kept per profile; older ones are forgotten. */
export const MAX_HISTORY = 10;

/** Raw stored history, typed `unknown` on purpose: read it through `readHistory`, which never throws. */
const historyItem = storage.defineItem<unknown>('local:codeHistory', { version: 1, migrations: {} });

/** One kept code as stored (or in a backup). */
export const entrySchema = z.object({
  code: z.string().check(z.trim(), z.minLength(1), z.maxLength(255)),
  // Finite: zod's number() refuses Infinity and NaN.
  replacedAt: z.number(),
});

/** Every readable entry of every profile; damaged entries (and profiles) are dropped. */
function readHistory(value: unknown): Record<string, CodeHistoryEntry[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const history: Record<string, CodeHistoryEntry[]> = {};
  for (const [profileId, entries] of Object.entries(value)) {
    if (!Array.isArray(entries)) continue;
    const readable = entries.flatMap((entry) => {
      const parsed = entrySchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
    if (readable.length) history[profileId] = readable.slice(-MAX_HISTORY);
  }
  return history;
}

async function loadAll(): Promise<Record<string, CodeHistoryEntry[]>> {
  try {
    return readHistory(await historyItem.getValue());
  } catch {
    return {};
  }
}

/** A profile's earlier activation codes, newest first. */
export async function loadCodeHistory(profileId: string): Promise<CodeHistoryEntry[]> {
  return [...((await loadAll())[profileId] ?? [])].reverse();
}

// Writes from one page go one after another, so two quick changes never lose one.
let writing: Promise<unknown> = Promise.resolve();
function change(edit: (history: Record<string, CodeHistoryEntry[]>) => void): Promise<void> {
  const next = writing.then(async () => {
    const history = await loadAll();
    edit(history);
    for (const [id, entries] of Object.entries(history)) if (!entries.length) delete history[id];
    await historyItem.setValue(history);
  });
  writing = next.catch(() => undefined);
  return next;
}

/** Adds a replaced code to a profile's history (the oldest beyond MAX_HISTORY is forgotten). */
export function addToCodeHistory(profileId: string, code: string, replacedAt = Date.now()): Promise<void> {
  const entry = entrySchema.parse({ code, replacedAt });
  return change((history) => {
    history[profileId] = [...(history[profileId] ?? []), entry].slice(-MAX_HISTORY);
  });
}

/** Forgets one entry (matched by code and time), or a profile's whole history (no entry given). */
export function forgetCodeHistory(profileId: string, entry?: CodeHistoryEntry): Promise<void> {
  return change((history) => {
    if (!entry) delete history[profileId];
    else {
      history[profileId] = (history[profileId] ?? []).filter(
        (kept) => kept.code !== entry.code || kept.replacedAt !== entry.replacedAt,
      );
    }
  });
}

/** Every profile's earlier codes, oldest first, by profile id (a backup being made). */
export const loadAllCodeHistory = (): Promise<Record<string, CodeHistoryEntry[]>> => loadAll();

/**
 * Replaces every profile's history (a backup being restored): readable entries only, the newest
 * MAX_HISTORY per profile. Returns what was kept.
 */
export function replaceCodeHistory(value: unknown): Promise<Record<string, CodeHistoryEntry[]>> {
  const kept = readHistory(value);
  return change((history) => {
    for (const id of Object.keys(history)) delete history[id];
    Object.assign(history, kept);
  }).then(() => kept);
}

/** Forgets every kept code of every profile. */
export async function clearCodeHistory(): Promise<void> {
  const next = writing.then(() => historyItem.removeValue());
  writing = next.catch(() => undefined);
  await next;
}

/** Where the profile is read and saved: the profile layer's functions, for one profile id. */
export interface ProfileStore {
  load(profileId: string): Promise<Profile>;
  save(candidate: Partial<Profile>, profileId: string): Promise<{ saved: Profile; rejected: ProfileKey[] }>;
}

export type KeepResult =
  | { kept: true; saved: Profile; previous: CodeHistoryEntry | null }
  | { kept: false; reason: 'same' | 'rejected' };

/** The canonical form of a stored code, to compare it with a new one. */
const canonical = (code: string): string => {
  const parsed = parseActivationCode(code);
  return parsed.ok ? parsed.value.lpa || parsed.value.matchingId : code.trim();
};

/**
 * Makes `activation` the profile's activation code; the code it replaces goes to the history first,
 * so no code is ever lost between the two writes (the entry is taken back if the save fails).
 */
export async function keepActivationCode(
  profileId: string,
  activation: Pick<NewActivation, 'raw'>,
  store: ProfileStore,
  now = Date.now(),
): Promise<KeepResult> {
  const current = (await store.load(profileId)).activationCode.trim();
  if (current && canonical(current) === activation.raw) return { kept: false, reason: 'same' };
  const previous = current ? { code: current, replacedAt: now } : null;
  if (previous) await addToCodeHistory(profileId, previous.code, previous.replacedAt);
  try {
    const { saved, rejected } = await store.save({ activationCode: activation.raw }, profileId);
    if (rejected.includes('activationCode')) throw new Error('rejected');
    return { kept: true, saved, previous };
  } catch (error) {
    if (previous) await forgetCodeHistory(profileId, previous);
    if (error instanceof Error && error.message === 'rejected') return { kept: false, reason: 'rejected' };
    throw error;
  }
}
