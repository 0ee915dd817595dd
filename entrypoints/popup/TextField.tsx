import { useEffect, useRef } from 'preact/hooks';
import type { TextFieldSpec } from '../../src/popup/form-fields';
import { t } from '../../src/popup/i18n';
import { applyMaskedEdit, maskValue } from '../../src/popup/mask';
import { statusMessage } from '../../src/popup/status-message';
import type { FieldKey } from '../../src/profile/fields';
import type { FieldStatus } from '../../src/profile/validate';

interface Props {
  spec: TextFieldSpec;
  /** Whether the carrier needs it: "needed by OPT-NC", "optional" (shown beside the label). */
  need?: string;
  value: string;
  status: FieldStatus | undefined;
  masked: boolean;
  revealable: boolean;
  revealed: boolean;
  onChange(value: string): void;
  onToggleReveal(): void;
  onLeave(): void;
}

function EyeIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M12 5C6.5 5 2.7 9.4 1.6 12c1.1 2.6 4.9 7 10.4 7s9.3-4.4 10.4-7C21.3 9.4 17.5 5 12 5Zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9Zm0-2.3a2.2 2.2 0 1 0 0-4.4 2.2 2.2 0 0 0 0 4.4Z"
        fill="currentColor"
      />
      {open ? null : <path d="M3 3 21 21" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />}
    </svg>
  );
}

/** One labelled text box with its hint, its inline check and, for saved secrets, a mask. */
export function TextField({
  spec,
  need,
  value,
  status,
  masked,
  revealable,
  revealed,
  onChange,
  onToggleReveal,
  onLeave,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  const { key } = spec;
  const id = `field-${key}`;
  const message = statusMessage(status);
  const ids = {
    message: message ? `${id}-message` : '',
    mask: masked ? `${id}-masked` : '',
    // The error and warning texts already say where to find the value: no need for both.
    hint: spec.hint && !message ? `${id}-hint` : '',
    need: need ? `${id}-need` : '',
  };
  const describedBy = [ids.message, ids.mask, ids.hint, ids.need].filter(Boolean).join(' ');

  // While masked, the box shows "••••5678": an edit there is applied to the real value instead
  // (Preact has no onBeforeInput, so the listener is attached by hand).
  const live = useRef({ masked, value, onChange });
  live.current = { masked, value, onChange };
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    const onBeforeInput = (event: InputEvent) => {
      if (!live.current.masked) return;
      event.preventDefault();
      const length = element.value.length;
      const next = applyMaskedEdit(live.current.value, {
        inputType: event.inputType,
        data: event.data ?? event.dataTransfer?.getData('text/plain') ?? null,
        replacesAll: length > 0 && element.selectionStart === 0 && element.selectionEnd === length,
      });
      live.current.onChange(next);
    };
    element.addEventListener('beforeinput', onBeforeInput);
    return () => element.removeEventListener('beforeinput', onBeforeInput);
  }, []);

  const onInput = (event: Event) => {
    const typed = (event.currentTarget as HTMLInputElement).value;
    if (!masked) return onChange(typed);
    // An edit the browser would not let us cancel (IME composition): keep what was added.
    const shown = maskValue(key as FieldKey, value);
    onChange(typed.startsWith(shown) ? value + typed.slice(shown.length) : typed.replace(/•/g, '').trim());
  };

  const invalid = status?.state === 'invalid';
  const warning = status?.state === 'valid' && status.warning !== undefined;
  const label = t(spec.label);
  return (
    <div class={`field${invalid ? ' is-invalid' : ''}${warning ? ' has-warning' : ''}`}>
      {need ? (
        <div class="label-row">
          <label for={id}>{label}</label>
          <span id={ids.need} class="optional">
            {need}
          </span>
        </div>
      ) : (
        <label for={id}>{label}</label>
      )}
      <div class={`control${revealable ? ' has-toggle' : ''}`}>
        <input
          ref={input}
          id={id}
          name={key}
          type={spec.type ?? 'text'}
          value={masked ? maskValue(key as FieldKey, value) : value}
          autocomplete={spec.autocomplete}
          inputMode={spec.inputMode}
          spellcheck={spec.identifier ? false : undefined}
          autocapitalize={spec.identifier ? 'off' : undefined}
          class={spec.identifier ? 'identifier' : undefined}
          data-masked={masked ? 'true' : undefined}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          onInput={onInput}
          onBlur={onLeave}
        />
        {revealable ? (
          <button
            type="button"
            class="reveal"
            aria-pressed={revealed ? 'true' : 'false'}
            aria-label={t('show_field', label)}
            title={t('show_field', label)}
            onClick={onToggleReveal}
          >
            <EyeIcon open={!revealed} />
          </button>
        ) : null}
      </div>
      {message ? (
        <p id={ids.message} class={`message ${invalid ? 'error' : 'warning'}`}>
          {message}
        </p>
      ) : null}
      {masked ? (
        <p id={ids.mask} class="visually-hidden">
          {t('masked_note')}
        </p>
      ) : null}
      {spec.hint && ids.hint ? (
        <p id={ids.hint} class="hint">
          {t(spec.hint)}
        </p>
      ) : null}
    </div>
  );
}
