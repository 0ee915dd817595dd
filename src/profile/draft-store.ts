// What the person is typing, kept per profile until saved: the storage side of drafts (the popup's
// load/save/clear go through src/profile/storage.ts, in its queue).
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { FIRST_PROFILE_ID, isProfileId, isRecord } from './collection';
import { REASONS } from './fields';
import { PROFILE_KEYS, type Profile, type ProfileKey } from './schema';

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

export const readDraftOf = async (id: string): Promise<Partial<Profile> | null> =>
  readDraft(await storage.getItem<unknown>(draftKey(id)));

export function writeDraftOf(id: string, draft: Partial<Profile> | null): Promise<void> {
  const clean = readDraft(draft);
  return clean ? storage.setItem(draftKey(id), clean) : storage.removeItem(draftKey(id));
}

/** The draft kept from before several profiles goes to its profile, unless that one has a newer one. */
export async function moveLegacyDrafts(): Promise<void> {
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
export async function removeAllDrafts(): Promise<void> {
  await legacyDraftItem.removeValue({ removeMeta: true });
  const keys = Object.keys(await browser.storage.local.get(null)).filter((key) =>
    key.startsWith(DRAFT_PREFIX),
  );
  if (keys.length) await browser.storage.local.remove(keys);
}
