import { REASONS } from '../profile/fields';
import { PROFILE_KEYS, type Profile } from '../profile/schema';

/**
 * What the person typed beyond the saved profile: only the fields that differ, so a draft never
 * overwrites a field saved since (in another popup, or by a restore) that the person did not touch.
 */
export function draftOf(saved: Profile, form: Profile): Partial<Profile> {
  const draft: Partial<Record<keyof Profile, string>> = {};
  for (const key of PROFILE_KEYS) {
    if (form[key] !== saved[key]) draft[key] = form[key];
  }
  return draft as Partial<Profile>;
}

/**
 * The form to show: the saved profile with the draft typed over it. The draft comes from storage,
 * so anything that is not a known field with a string value is ignored rather than trusted.
 */
export function withDraft(saved: Profile, draft: unknown): Profile {
  if (typeof draft !== 'object' || draft === null) return { ...saved };
  const form: Record<string, string> = { ...saved };
  for (const key of PROFILE_KEYS) {
    const value = (draft as Record<string, unknown>)[key];
    if (typeof value !== 'string') continue;
    if (key === 'reason' && value !== '' && !(REASONS as readonly string[]).includes(value)) continue;
    form[key] = value;
  }
  return form as Profile;
}

export const sameProfile = (a: Profile, b: Profile): boolean =>
  PROFILE_KEYS.every((key) => a[key] === b[key]);
