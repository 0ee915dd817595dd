// Quarantined data put back in front of the person, as a draft of the profile it belongs to.
import { isRecord, type ProfileEntry } from './collection';
import { readCollection, selectedOf, serial, writeCollection } from './collection-store';
import { moveLegacyDrafts, readDraftOf, writeDraftOf } from './draft-store';
import { REASONS } from './fields';
import { migrateProfileV1toV2 } from './migrations';
import { loadQuarantine, popQuarantine, type Quarantine } from './quarantine';
import { salvageProfile } from './salvage';
import { PROFILE_KEYS, type Profile, type ProfileKey } from './schema';

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
