import { t } from '../../src/popup/i18n';
import type { Quarantine } from '../../src/profile/storage';
import type { QuarantineNote } from './useProfileEditor';

interface Props {
  quarantine: Quarantine | null;
  note: QuarantineNote;
  onRestore(): void;
  onDiscard(): void;
}

/** Saved data that could not be read is never dropped silently: the person decides. */
export function QuarantineBanner({ quarantine, note, onRestore, onDiscard }: Props) {
  if (!quarantine) {
    if (!note) return null;
    return (
      <p class="banner notice" role="status">
        {t(note === 'restored' ? 'quarantine_restored' : 'quarantine_discarded')}
      </p>
    );
  }
  return (
    <section class="banner warning" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{t('quarantine_title')}</h2>
      <p>{t('quarantine_body')}</p>
      <div class="actions">
        <button type="button" class="button primary small" onClick={onRestore}>
          {t('quarantine_restore')}
        </button>
        <button type="button" class="button small" onClick={onDiscard}>
          {t('quarantine_discard')}
        </button>
      </div>
    </section>
  );
}
