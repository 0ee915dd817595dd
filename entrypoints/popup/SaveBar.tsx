import { LABELS } from '../../src/popup/form-fields';
import { formatList, t } from '../../src/popup/i18n';
import type { SaveState } from '../../src/popup/save-state';
import { FORM_ID } from './ProfileForm';

function describe(state: SaveState): string {
  switch (state.kind) {
    case 'loading':
      return t('status_loading');
    case 'saving':
      return t('status_saving');
    case 'failed':
      return t('status_save_failed');
    case 'nothing':
      return t('status_nothing_saved');
    case 'saved':
      return t('status_saved');
    case 'partly':
      return t('status_partly_saved', formatList(state.rejected.map((key) => t(LABELS[key]))));
    case 'unsaved':
      return t('status_unsaved');
  }
}

/** Always in view: whether what the person sees is stored, and the one button that stores it. */
export function SaveBar({ state }: { state: SaveState }) {
  return (
    <footer class="savebar">
      <p class={`save-state is-${state.kind}`} role="status" aria-live="polite" data-testid="save-state">
        <span class="dot" aria-hidden="true" />
        {describe(state)}
      </p>
      <button type="submit" form={FORM_ID} class="button primary" disabled={state.kind === 'loading'}>
        {t('save')}
      </button>
    </footer>
  );
}
