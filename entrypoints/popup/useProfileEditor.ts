import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { draftOf, withDraft } from '../../src/popup/draft';
import { isSensitiveKey } from '../../src/popup/form-fields';
import { type SaveState, saveState } from '../../src/popup/save-state';
import type { ProfileKey } from '../../src/profile/schema';
import { emptyProfile, type Profile } from '../../src/profile/schema';
import {
  clearDraft,
  discardQuarantine,
  loadDraft,
  loadProfile,
  type Quarantine,
  restoreQuarantine,
  saveDraft,
  saveProfile,
} from '../../src/profile/storage';
import { type FieldStatus, validateProfile } from '../../src/profile/validate';

/** Pause after the last keystroke before a field is judged, so errors do not flash while typing. */
export const VALIDATION_DELAY_MS = 400;

export type QuarantineNote = 'restored' | 'discarded' | null;

export interface ProfileEditor {
  ready: boolean;
  form: Profile;
  saved: Profile;
  statuses: Partial<Record<ProfileKey, FieldStatus>>;
  state: SaveState;
  quarantine: Quarantine | null;
  quarantineNote: QuarantineNote;
  /** Sensitive fields showing their saved value masked. */
  isMasked(key: ProfileKey): boolean;
  /** Sensitive fields holding their saved value (masked or shown on request): they get a reveal toggle. */
  canReveal(key: ProfileKey): boolean;
  isRevealed(key: ProfileKey): boolean;
  toggleReveal(key: ProfileKey): void;
  update(key: ProfileKey, value: string): void;
  /** Judge the fields now (leaving a field should not wait for the typing pause). */
  validateNow(): void;
  save(): Promise<void>;
  /** Reads the saved profile (and draft) again: another view saved it ("Keep as my activation code"). */
  reload(): Promise<void>;
  restore(): Promise<void>;
  discard(): Promise<void>;
}

export function useProfileEditor(): ProfileEditor {
  const [ready, setReady] = useState(false);
  const [saved, setSaved] = useState<Profile>(emptyProfile);
  const [form, setForm] = useState<Profile>(emptyProfile);
  const [checked, setChecked] = useState<Profile>(emptyProfile);
  const [revealed, setRevealed] = useState<ReadonlySet<ProfileKey>>(new Set());
  const [rejected, setRejected] = useState<ProfileKey[]>([]);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [quarantine, setQuarantine] = useState<Quarantine | null>(null);
  const [quarantineNote, setQuarantineNote] = useState<QuarantineNote>(null);
  // Handlers write the draft synchronously from the latest values, never from a stale render.
  const formRef = useRef(form);
  const savedRef = useRef(saved);

  const show = useCallback((next: Profile) => {
    formRef.current = next;
    setForm(next);
  }, []);

  /** Takes `profile` as the saved state and `shown` (profile + draft) as what the form holds. */
  const adopt = useCallback(
    (profile: Profile, shown: Profile, found: Quarantine | null) => {
      savedRef.current = profile;
      setSaved(profile);
      show(shown);
      setChecked(shown);
      setQuarantine(found);
    },
    [show],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      const [{ profile, quarantine: found }, draft] = await Promise.all([loadProfile(), loadDraft()]);
      if (!live) return;
      adopt(profile, withDraft(profile, draft), found);
      setReady(true);
    })();
    return () => {
      live = false;
    };
  }, [adopt]);

  useEffect(() => {
    if (form === checked) return;
    const timer = setTimeout(() => setChecked(form), VALIDATION_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, checked]);

  const statuses = useMemo(() => validateProfile(checked), [checked]);

  const persistDraft = useCallback((next: Profile) => {
    const draft = draftOf(savedRef.current, next);
    void (Object.keys(draft).length ? saveDraft(draft) : clearDraft());
  }, []);

  const update = useCallback(
    (key: ProfileKey, value: string) => {
      const next = { ...formRef.current, [key]: value };
      show(next);
      persistDraft(next);
      setRejected([]);
      setFailed(false);
      // Typing into a masked field shows it: the person is looking at what they type.
      if (isSensitiveKey(key)) setRevealed((current) => new Set(current).add(key));
    },
    [show, persistDraft],
  );

  const save = useCallback(async () => {
    const candidate = formRef.current;
    setSaving(true);
    try {
      const result = await saveProfile(candidate);
      // Refused values stay in the form (and the draft), visibly invalid, for the person to fix.
      const next: Profile = { ...result.saved };
      for (const key of result.rejected) (next as Record<ProfileKey, string>)[key] = candidate[key];
      savedRef.current = result.saved;
      setSaved(result.saved);
      show(next);
      setChecked(next);
      persistDraft(next);
      setRejected(result.rejected);
      setRevealed(new Set());
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  }, [show, persistDraft]);

  const reload = useCallback(async () => {
    const [{ profile, quarantine: found }, draft] = await Promise.all([loadProfile(), loadDraft()]);
    adopt(profile, withDraft(profile, draft), found);
    setRevealed(new Set());
  }, [adopt]);

  const restore = useCallback(async () => {
    const data = await restoreQuarantine();
    const { profile, quarantine: remaining } = await loadProfile();
    const next = withDraft(profile, data);
    adopt(profile, next, remaining);
    persistDraft(next);
    setQuarantineNote('restored');
  }, [adopt, persistDraft]);

  const discard = useCallback(async () => {
    setQuarantine(await discardQuarantine());
    setQuarantineNote('discarded');
  }, []);

  const holdsSaved = (key: ProfileKey) => isSensitiveKey(key) && form[key] !== '' && form[key] === saved[key];

  return {
    ready,
    form,
    saved,
    statuses,
    state: saveState({ loading: !ready, saving, failed, saved, form, rejected }),
    quarantine,
    quarantineNote,
    isMasked: (key) => holdsSaved(key) && !revealed.has(key),
    canReveal: holdsSaved,
    isRevealed: (key) => revealed.has(key),
    toggleReveal: (key) =>
      setRevealed((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    update,
    validateNow: () => setChecked(formRef.current),
    save,
    reload,
    restore,
    discard,
  };
}
