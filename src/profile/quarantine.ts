// Data that failed to read is never dropped: it is kept whole here (`local:profileQuarantine`), newest
// first, each older record inside the newer one, until the person restores or discards it.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { isRecord, type SetAside } from './collection';

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

export async function setAside({ raw, reason, profileId }: SetAside): Promise<void> {
  const earlier = await loadQuarantine();
  const quarantine: Quarantine = { raw, at: Date.now(), reason };
  if (profileId !== undefined) quarantine.profileId = profileId;
  if (earlier) quarantine.earlier = earlier;
  await quarantineItem.setValue(quarantine);
}

/** Drops the newest quarantine; an older one, if any, takes its place. Returns what remains. */
export async function popQuarantine(): Promise<Quarantine | null> {
  const current = await loadQuarantine();
  const next = current?.earlier ?? null;
  if (next) await quarantineItem.setValue(next);
  else await quarantineItem.removeValue();
  return next;
}

/** Erases every quarantined datum. */
export const clearQuarantine = (): Promise<void> => quarantineItem.removeValue();
