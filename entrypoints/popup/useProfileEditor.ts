import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { draftOf, withDraft } from '../../src/popup/draft';
import { isSensitiveKey } from '../../src/popup/form-fields';
import { type SaveState, saveState } from '../../src/popup/save-state';
import { loadPhoneChecks, phoneChecks } from '../../src/profile/phone-check';
import type { ProfileKey } from '../../src/profile/schema';
import { emptyProfile, type Profile } from '../../src/profile/schema';
import {
  addProfile,
  clearDraft,
  discardQuarantine,
  loadDraft,
  loadProfiles,
  onProfilesChanged,
  type ProfileEntry,
  type Quarantine,
  removeProfile,
  renameProfile,
  restoreQuarantine,
  saveDraft,
  saveProfile,
  selectProfile,
} from '../../src/profile/storage';
import { type FieldStatus, validateProfile } from '../../src/profile/validate';

/** Pause after the last keystroke before a field is judged, so errors do not flash while typing. */
export const VALIDATION_DELAY_MS = 400;

export type QuarantineNote = 'restored' | 'discarded' | null;

export interface ProfileEditor {
  ready: boolean;
  /** Every profile as saved, in the person's order ([] until read). */
  entries: ProfileEntry[];
  /** The profile being edited (the selected one); null until read. */
  profileId: string | null;
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
  /** Edits another profile (what was typed in this one stays as its draft). */
  select(id: string): Promise<void>;
  /** Adds an empty profile and edits it; returns its id. */
  add(): Promise<string>;
  rename(id: string, label: string): Promise<void>;
  /** Removes a profile (the last one is emptied instead) and edits the one then selected. */
  remove(id: string): Promise<void>;
}

export function useProfileEditor(): ProfileEditor {
  const [ready, setReady] = useState(false);
  const [entries, setEntries] = useState<ProfileEntry[]>([]);
  const [profileId, setProfileId] = useState<string | null>(null);
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
  const idRef = useRef<string | null>(null);

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

  /** Reads every profile and edits the selected one, with its draft. */
  const readAll = useCallback(async () => {
    const { entries: found, selectedId, quarantine: aside } = await loadProfiles();
    const entry = found.find((candidate) => candidate.id === selectedId) ?? found[0]!;
    const draft = await loadDraft(entry.id);
    idRef.current = entry.id;
    setEntries(found);
    setProfileId(entry.id);
    adopt(entry.profile, withDraft(entry.profile, draft), aside);
    setRejected([]);
    setFailed(false);
    setRevealed(new Set());
    return withDraft(entry.profile, draft);
  }, [adopt]);

  useEffect(() => {
    let live = true;
    void readAll().then(() => {
      if (live) setReady(true);
    });
    // Another window may add, rename or remove profiles: the list follows; the form is left alone.
    const unwatch = onProfilesChanged(() => {
      void loadProfiles().then(({ entries: found }) => {
        if (live) setEntries(found);
      });
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [readAll]);

  useEffect(() => {
    if (form === checked) return;
    const timer = setTimeout(() => setChecked(form), VALIDATION_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, checked]);

  // The phone library loads once a phone is there to check; its verdict shows as soon as it has.
  const [phoneReady, setPhoneReady] = useState(() => phoneChecks() !== undefined);
  const hasPhone = !!checked.phone?.trim();
  useEffect(() => {
    if (!hasPhone || phoneReady) return;
    let current = true;
    void loadPhoneChecks().then(() => current && setPhoneReady(true));
    return () => {
      current = false;
    };
  }, [hasPhone, phoneReady]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: phoneReady changes what validation can say.
  const statuses = useMemo(() => validateProfile(checked), [checked, phoneReady]);

  const persistDraft = useCallback((next: Profile) => {
    const id = idRef.current;
    if (id === null) return;
    const draft = draftOf(savedRef.current, next);
    void (Object.keys(draft).length ? saveDraft(draft, id) : clearDraft(id));
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
    const id = idRef.current;
    if (id === null) return;
    setSaving(true);
    try {
      const result = await saveProfile(candidate, { id });
      // Refused values stay in the form (and the draft), visibly invalid, for the person to fix.
      const next: Profile = { ...result.saved };
      for (const key of result.rejected) (next as Record<ProfileKey, string>)[key] = candidate[key];
      savedRef.current = result.saved;
      setSaved(result.saved);
      setEntries((list) =>
        list.map((entry) => (entry.id === id ? { ...entry, profile: result.saved } : entry)),
      );
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
    await readAll();
  }, [readAll]);

  const restore = useCallback(async () => {
    // The data goes back, as a draft, into the profile it belongs to, which is then selected.
    await restoreQuarantine();
    const next = await readAll();
    persistDraft(next);
    setQuarantineNote('restored');
  }, [readAll, persistDraft]);

  const discard = useCallback(async () => {
    setQuarantine(await discardQuarantine());
    setQuarantineNote('discarded');
  }, []);

  const select = useCallback(
    async (id: string) => {
      if (id === idRef.current) return;
      await selectProfile(id);
      await readAll();
    },
    [readAll],
  );

  const add = useCallback(async () => {
    const id = await addProfile();
    await selectProfile(id);
    await readAll();
    return id;
  }, [readAll]);

  const rename = useCallback(async (id: string, label: string) => {
    await renameProfile(id, label);
    const { entries: found } = await loadProfiles();
    setEntries(found);
  }, []);

  const remove = useCallback(
    async (id: string) => {
      await removeProfile(id);
      await readAll();
    },
    [readAll],
  );

  const holdsSaved = (key: ProfileKey) => isSensitiveKey(key) && form[key] !== '' && form[key] === saved[key];

  return {
    ready,
    entries,
    profileId,
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
    select,
    add,
    rename,
    remove,
  };
}
