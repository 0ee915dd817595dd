import { emptyProfile, PROFILE_KEYS, type Profile, type ProfileKey, profileSchema } from './schema';
import { validateField } from './validate';

export interface Salvage {
  /** Every field that parsed and validated, identifiers normalised; the rest empty. */
  profile: Profile;
  /** Keys present in the data whose value had the wrong type or failed validation. */
  unreadable: ProfileKey[];
  /** Keys the schema does not know (a newer or older shape): kept only in quarantine. */
  unknownKeys: string[];
  /** The data was not an object at all. */
  notAnObject: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads what can be read from stored data, field by field, so one bad value does not cost the rest. */
export function salvageProfile(raw: unknown): Salvage {
  const profile: Record<ProfileKey, string> = emptyProfile();
  if (!isRecord(raw)) return { profile: emptyProfile(), unreadable: [], unknownKeys: [], notAnObject: true };
  const unreadable: ProfileKey[] = [];
  for (const key of PROFILE_KEYS) {
    const value = raw[key];
    if (value == null) continue;
    const parsed = profileSchema.shape[key].safeParse(value);
    const status = parsed.success ? validateField(key, String(parsed.data)) : undefined;
    if (!status || status.state === 'invalid') unreadable.push(key);
    else profile[key] = status.state === 'valid' ? status.value : '';
  }
  const unknownKeys = Object.keys(raw).filter((key) => !(PROFILE_KEYS as string[]).includes(key));
  return { profile: profileSchema.parse(profile), unreadable, unknownKeys, notAnObject: false };
}

/** Why salvaged data was set aside, without any of its values (they may be secrets). */
export function describeSalvage(salvage: Salvage): string | undefined {
  if (salvage.notAnObject) return 'stored profile is not an object';
  const parts: string[] = [];
  if (salvage.unreadable.length) parts.push(`unreadable or invalid fields: ${salvage.unreadable.join(', ')}`);
  if (salvage.unknownKeys.length) parts.push(`unknown fields: ${salvage.unknownKeys.join(', ')}`);
  return parts.length ? parts.join('; ') : undefined;
}
