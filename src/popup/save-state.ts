import { PROFILE_KEYS, type Profile, type ProfileKey } from '../profile/schema';

export type SaveState =
  | { kind: 'loading' }
  | { kind: 'saving' }
  | { kind: 'failed' }
  | { kind: 'nothing' }
  | { kind: 'saved' }
  | { kind: 'partly'; rejected: ProfileKey[] }
  | { kind: 'unsaved' };

export interface SaveStateInput {
  loading: boolean;
  saving: boolean;
  /** The last save threw (storage full, extension reloaded). */
  failed: boolean;
  saved: Profile;
  form: Profile;
  /** Fields the last save refused, while the form has not been edited since. */
  rejected: readonly ProfileKey[];
}

/** The one line the save bar shows, so the person always knows whether what they see is stored. */
export function saveState(input: SaveStateInput): SaveState {
  if (input.loading) return { kind: 'loading' };
  if (input.saving) return { kind: 'saving' };
  const differing = PROFILE_KEYS.filter((key) => input.form[key] !== input.saved[key]);
  if (differing.length === 0) {
    const anythingSaved = PROFILE_KEYS.some((key) => input.saved[key] !== '');
    return anythingSaved ? { kind: 'saved' } : { kind: 'nothing' };
  }
  if (input.failed) return { kind: 'failed' };
  if (input.rejected.length > 0 && differing.every((key) => input.rejected.includes(key))) {
    return { kind: 'partly', rejected: [...input.rejected] };
  }
  return { kind: 'unsaved' };
}
