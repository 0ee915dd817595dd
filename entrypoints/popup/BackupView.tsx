import { useEffect, useRef, useState } from 'preact/hooks';
import {
  applyBackup,
  type Backup,
  type BackupProblem,
  backupFileName,
  type DataSummary,
  deleteAllData,
  exportAll,
  type Replacement,
  readBackup,
  snapshot,
  summarizeData,
  summarizeReplacement,
} from '../../src/journey/backup';
import { documentLanguage, formatList, type MessageName, t } from '../../src/popup/i18n';

interface Props {
  /**
   * Called once the stores were replaced or erased, so that every view reads them again. Default:
   * the popup reloads (it opens on the details of the profile now stored).
   */
  onReset?: () => void;
}

type Exported = { kind: 'saved'; name: string } | { kind: 'failed' } | null;

type Restore =
  | { step: 'idle' }
  | { step: 'problem'; problem: BackupProblem | 'unreadable'; detail: string }
  | { step: 'confirm'; backup: Backup; replacement: Replacement; busy: boolean; failed: boolean };

type Erase = { step: 'idle' } | { step: 'confirm'; summary: DataSummary; busy: boolean; failed: boolean };

const PROBLEM_MESSAGES: Record<BackupProblem | 'unreadable', MessageName> = {
  'not-json': 'backup_problem_not_json',
  foreign: 'backup_problem_foreign',
  newer: 'backup_problem_newer',
  damaged: 'backup_problem_damaged',
  unreadable: 'backup_problem_unreadable',
};

const reload = () => location.reload();

/** '2 — Work phone, Travel eSIM', 'None'. */
function listed(names: readonly string[]): string {
  if (!names.length) return t('backup_none');
  const shown = names.map((name) => name || t('backup_unnamed_profile'));
  return `${names.length} — ${formatList(shown)}`;
}
const counted = (count: number): string => (count ? String(count) : t('backup_none'));

/** Each kind of data, as the person reads it, in the order the stores are listed everywhere. */
const ROWS: ReadonlyArray<[MessageName, (summary: DataSummary) => string]> = [
  ['backup_item_profiles', (summary) => listed(summary.profiles)],
  ['backup_item_sites', (summary) => listed(summary.sites)],
  ['backup_item_requests', (summary) => counted(summary.requests)],
  ['backup_item_codes', (summary) => counted(summary.codes)],
  ['backup_item_contacts', (summary) => counted(summary.contacts)],
];

function formatDate(iso: string): string {
  try {
    return new Date(iso).toLocaleString(documentLanguage(), { dateStyle: 'long', timeStyle: 'short' });
  } catch {
    return iso;
  }
}

/** Moves keyboard focus to `ref` whenever `key` changes to something (a step that replaced the button). */
function useFocusOn(key: unknown) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  return ref;
}

/**
 * Backup and erase: save everything to a file (it holds identifiers: said first), restore from one
 * after seeing what it replaces, and delete everything after seeing what goes.
 */
export function BackupView({ onReset = reload }: Props) {
  const [exported, setExported] = useState<Exported>(null);
  const [restore, setRestore] = useState<Restore>({ step: 'idle' });
  const [erase, setErase] = useState<Erase>({ step: 'idle' });
  const restoreTitle = useFocusOn(restore.step === 'confirm' ? restore.backup : null);
  const eraseTitle = useFocusOn(erase.step === 'confirm' ? erase.summary : null);

  const onExport = async () => {
    setExported(null);
    try {
      const now = new Date();
      const name = backupFileName(now);
      const url = URL.createObjectURL(new Blob([await exportAll(now)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // A popup may close before the browser has read the file: the URL goes with the page at the latest.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setExported({ kind: 'saved', name });
    } catch {
      setExported({ kind: 'failed' });
    }
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // The same file may be chosen again after a Cancel.
    input.value = '';
    if (!file) return;
    setRestore({ step: 'idle' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setRestore({ step: 'problem', problem: 'unreadable', detail: '' });
    }
    const read = readBackup(text);
    if (!read.ok) return setRestore({ step: 'problem', problem: read.problem, detail: read.detail });
    try {
      const replacement = summarizeReplacement(await snapshot(), read.backup);
      setRestore({ step: 'confirm', backup: read.backup, replacement, busy: false, failed: false });
    } catch {
      setRestore({ step: 'problem', problem: 'unreadable', detail: '' });
    }
  };

  const onReplace = async () => {
    if (restore.step !== 'confirm' || restore.busy) return;
    setRestore({ ...restore, busy: true, failed: false });
    try {
      await applyBackup(restore.backup);
      onReset();
    } catch {
      setRestore({ ...restore, busy: false, failed: true });
    }
  };

  const onAskErase = async () => {
    setErase({ step: 'confirm', summary: summarizeData(await snapshot()), busy: false, failed: false });
  };

  const onErase = async () => {
    if (erase.step !== 'confirm' || erase.busy) return;
    setErase({ ...erase, busy: true, failed: false });
    try {
      await deleteAllData();
      onReset();
    } catch {
      setErase({ ...erase, busy: false, failed: true });
    }
  };

  return (
    <div class="backup">
      <h2 class="view-title">{t('backup_title')}</h2>

      <section class="card" aria-labelledby="backup-export-title">
        <h3 id="backup-export-title">{t('backup_export_title')}</h3>
        <p class="hint warning-text" id="backup-export-warning">
          {t('backup_export_warning')}
        </p>
        <div class="actions">
          <button
            type="button"
            class="button small"
            aria-describedby="backup-export-warning"
            onClick={() => void onExport()}
          >
            {t('backup_export_button')}
          </button>
        </div>
        <p role="status" class={`outcome${exported?.kind === 'failed' ? ' error' : ''}`}>
          {exported?.kind === 'saved'
            ? t('backup_exported', exported.name)
            : exported?.kind === 'failed'
              ? t('backup_export_failed')
              : ''}
        </p>
      </section>

      <section class="card" aria-labelledby="backup-import-title">
        <h3 id="backup-import-title">{t('backup_import_title')}</h3>
        <p class="hint" id="backup-import-hint">
          {t('backup_import_hint')}
        </p>
        <div class="field">
          <label for="backup-file">{t('backup_import_file')}</label>
          <input
            id="backup-file"
            type="file"
            accept="application/json,.json"
            aria-describedby="backup-import-hint"
            onChange={(event) => void onFile(event)}
          />
        </div>
        <div role="alert">
          {restore.step === 'problem' ? (
            <>
              <p class="outcome error">{t(PROBLEM_MESSAGES[restore.problem])}</p>
              {restore.detail ? <p class="hint">{t('backup_problem_detail', restore.detail)}</p> : null}
            </>
          ) : null}
        </div>
        {restore.step === 'confirm' ? (
          <section class="confirm" aria-labelledby="backup-replace-title">
            <h4 id="backup-replace-title" ref={restoreTitle} tabIndex={-1}>
              {t('backup_replace_title')}
            </h4>
            <p class="hint">{t('backup_replace_from', formatDate(restore.backup.exportedAt))}</p>
            <table class="summary">
              <thead>
                <tr>
                  <th scope="col">{t('backup_col_what')}</th>
                  <th scope="col">{t('backup_col_now')}</th>
                  <th scope="col">{t('backup_col_file')}</th>
                </tr>
              </thead>
              <tbody>
                {ROWS.map(([name, show]) => (
                  <tr key={name}>
                    <th scope="row">{t(name)}</th>
                    <td>{show(restore.replacement.current)}</td>
                    <td>{show(restore.replacement.incoming)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="hint">{t('backup_replace_note')}</p>
            <div class="actions">
              <button
                type="button"
                class="button small primary"
                aria-disabled={restore.busy}
                onClick={() => void onReplace()}
              >
                {t('backup_replace')}
              </button>
              <button type="button" class="button small" onClick={() => setRestore({ step: 'idle' })}>
                {t('backup_cancel')}
              </button>
            </div>
            <p role="status" class="outcome error">
              {restore.failed ? t('backup_replace_failed') : ''}
            </p>
          </section>
        ) : null}
      </section>

      <section class="card danger-zone" aria-labelledby="erase-title">
        <h3 id="erase-title">{t('erase_title')}</h3>
        <p class="hint" id="erase-hint">
          {t('erase_hint')}
        </p>
        {erase.step === 'confirm' ? (
          <section class="confirm" aria-labelledby="erase-confirm-title">
            <h4 id="erase-confirm-title" ref={eraseTitle} tabIndex={-1}>
              {t('erase_confirm_title')}
            </h4>
            <dl class="summary">
              {ROWS.map(([name, show]) => (
                <div key={name}>
                  <dt>{t(name)}</dt>
                  <dd>{show(erase.summary)}</dd>
                </div>
              ))}
            </dl>
            <p class="hint">{t('erase_confirm_also')}</p>
            <div class="actions">
              <button
                type="button"
                class="button small danger"
                aria-disabled={erase.busy}
                onClick={() => void onErase()}
              >
                {t('erase_confirm')}
              </button>
              <button type="button" class="button small" onClick={() => setErase({ step: 'idle' })}>
                {t('backup_cancel')}
              </button>
            </div>
            <p role="status" class="outcome error">
              {erase.failed ? t('erase_failed') : ''}
            </p>
          </section>
        ) : (
          <div class="actions">
            <button
              type="button"
              class="button small danger"
              aria-describedby="erase-hint"
              onClick={() => void onAskErase()}
            >
              {t('erase_button')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
