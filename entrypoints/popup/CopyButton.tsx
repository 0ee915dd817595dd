import { useState } from 'preact/hooks';
import { t } from '../../src/popup/i18n';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard and says how it went (the last copy of the view wins). */
export function useCopy(): [CopyState, (text: string) => Promise<void>] {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return [state, copy];
}

/** The view's one live region for copies: "Copied" or what to do instead. */
export function CopyStatus({ state }: { state: CopyState }) {
  return (
    <span role="status" class={`copy-state is-${state}`}>
      {state === 'copied' ? t('copied') : state === 'failed' ? t('copy_failed') : ''}
    </span>
  );
}

/** A small Copy button; `what` names the copied value for screen readers ("Copy SM-DP+ address"). */
export function CopyButton({
  text,
  what,
  label,
  onCopy,
}: {
  text: string;
  what?: string;
  label?: string;
  onCopy(text: string): void;
}) {
  return (
    <button
      type="button"
      class="button small"
      aria-label={label || !what ? undefined : t('copy_named', what)}
      onClick={() => onCopy(text)}
    >
      {label ?? t('copy')}
    </button>
  );
}
