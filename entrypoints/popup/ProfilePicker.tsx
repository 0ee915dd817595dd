import './profiles.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../src/popup/i18n';
import { profileName } from '../../src/popup/profiles';
import { MAX_LABEL_LENGTH } from '../../src/profile/collection';
import type { ProfileEditor } from './useProfileEditor';

type Mode = { kind: 'idle' } | { kind: 'rename' } | { kind: 'remove' };
type Note =
  | { kind: 'added' }
  | { kind: 'removed'; name: string }
  | { kind: 'emptied'; name: string }
  | { kind: 'failed' }
  | null;

/**
 * The profiles (two phones; an OPT-NC line and a travel eSIM): which one the form below edits, and
 * Add, Rename and Remove (asked again before anything is removed).
 */
export function ProfilePicker({ editor }: { editor: ProfileEditor }) {
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [name, setName] = useState('');
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);

  const { entries, profileId } = editor;
  const index = Math.max(
    0,
    entries.findIndex((entry) => entry.id === profileId),
  );
  const current = entries[index];
  const currentName = current ? profileName(current, index) : '';

  // Keyboard focus follows the question: into the name box or onto the question when they appear.
  useEffect(() => {
    if (mode.kind === 'rename') nameRef.current?.focus();
    if (mode.kind === 'remove') questionRef.current?.focus();
  }, [mode.kind]);

  const act = async (task: () => Promise<Note>, focus?: () => void) => {
    if (busy) return;
    setBusy(true);
    setNote(null);
    try {
      setNote(await task());
    } catch {
      setNote({ kind: 'failed' });
    } finally {
      setBusy(false);
      setMode({ kind: 'idle' });
      focus?.();
    }
  };

  const onSelect = (event: Event) => {
    const id = (event.currentTarget as HTMLSelectElement).value;
    setMode({ kind: 'idle' });
    void act(async () => {
      await editor.select(id);
      return null;
    });
  };

  const onAdd = () =>
    act(
      async () => {
        await editor.add();
        return { kind: 'added' };
      },
      // The new profile is empty: straight to its first box.
      () => requestAnimationFrame(() => document.getElementById('field-givenName')?.focus()),
    );

  const onRename = (event: Event) => {
    event.preventDefault();
    if (!current) return;
    void act(
      async () => {
        await editor.rename(current.id, name);
        return null;
      },
      () => requestAnimationFrame(() => renameRef.current?.focus()),
    );
  };

  const onRemove = () => {
    if (!current) return;
    const removed = currentName;
    const last = entries.length === 1;
    void act(
      async () => {
        await editor.remove(current.id);
        return { kind: last ? 'emptied' : 'removed', name: removed };
      },
      () => requestAnimationFrame(() => selectRef.current?.focus()),
    );
  };

  return (
    <section class="card profiles" aria-labelledby="profiles-title">
      <h2 id="profiles-title">{t('profiles_title')}</h2>
      <div class="field">
        <label for="profile-select">{t('profiles_pick')}</label>
        <select
          id="profile-select"
          ref={selectRef}
          value={profileId ?? ''}
          disabled={!editor.ready}
          aria-describedby="profiles-hint"
          onChange={onSelect}
        >
          {entries.map((entry, position) => (
            <option key={entry.id} value={entry.id}>
              {profileName(entry, position)}
            </option>
          ))}
        </select>
        <p id="profiles-hint" class="hint">
          {t('profiles_hint')}
        </p>
      </div>

      {mode.kind === 'rename' ? (
        <form class="profile-rename" onSubmit={onRename}>
          <div class="field">
            <label for="profile-name">{t('profile_name_label')}</label>
            <input
              id="profile-name"
              ref={nameRef}
              type="text"
              autocomplete="off"
              maxLength={MAX_LABEL_LENGTH}
              value={name}
              aria-describedby="profile-name-hint"
              onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  setMode({ kind: 'idle' });
                  requestAnimationFrame(() => renameRef.current?.focus());
                }
              }}
            />
            <p id="profile-name-hint" class="hint">
              {t('profile_name_hint')}
            </p>
          </div>
          <div class="actions">
            <button type="submit" class="button small primary">
              {t('profile_name_save')}
            </button>
            <button
              type="button"
              class="button small"
              onClick={() => {
                setMode({ kind: 'idle' });
                requestAnimationFrame(() => renameRef.current?.focus());
              }}
            >
              {t('profile_cancel')}
            </button>
          </div>
        </form>
      ) : mode.kind === 'remove' ? (
        <div class="profile-remove">
          <p id="profile-remove-question" ref={questionRef} tabIndex={-1}>
            {t('profile_remove_confirm', currentName)}
          </p>
          <div class="actions">
            <button type="button" class="button small danger" onClick={onRemove}>
              {t('profile_remove_yes')}
            </button>
            <button
              type="button"
              class="button small"
              onClick={() => {
                setMode({ kind: 'idle' });
                requestAnimationFrame(() => selectRef.current?.focus());
              }}
            >
              {t('profile_remove_no')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button
            type="button"
            class="button small"
            aria-disabled={busy || !editor.ready}
            onClick={() => void onAdd()}
          >
            {t('profile_add')}
          </button>
          <button
            type="button"
            class="button small"
            ref={renameRef}
            aria-disabled={busy || !current}
            onClick={() => {
              if (!current || busy) return;
              setName(current.label);
              setNote(null);
              setMode({ kind: 'rename' });
            }}
          >
            {t('profile_rename')}
          </button>
          <button
            type="button"
            class="button small"
            aria-disabled={busy || !current}
            onClick={() => {
              if (!current || busy) return;
              setNote(null);
              setMode({ kind: 'remove' });
            }}
          >
            {t('profile_remove')}
          </button>
        </div>
      )}
      <p role="status" class={`outcome${note?.kind === 'failed' ? ' error' : ''}`}>
        {note?.kind === 'added'
          ? t('profile_added')
          : note?.kind === 'removed'
            ? t('profile_removed', note.name)
            : note?.kind === 'emptied'
              ? t('profile_emptied', note.name)
              : note?.kind === 'failed'
                ? t('profile_change_failed')
                : ''}
      </p>
    </section>
  );
}
