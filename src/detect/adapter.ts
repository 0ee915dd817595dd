import type { Choice, Wanted } from '../dom/options';
import type { FieldKey } from '../profile/fields';
import type { ControlSignals, FieldScore, FillableElement } from './types';

/** Result of a widget-aware write; the engine re-reads and reports. */
export interface WriteOutcome {
  ok: boolean;
  /** What the page now shows, for the report (e.g. the chosen option's label). */
  shown?: string;
  reason?: string;
}

/**
 * A support platform (Zendesk, Salesforce, Freshdesk, HubSpot, ...) as one adapter file in
 * src/platforms/. Detection and the fill engine consult the adapters they are handed (the
 * entrypoints plug in every registered one); adding one never changes the engine.
 * Every hook is optional: an adapter only says what differs from a plain HTML form.
 */
export interface PlatformAdapter {
  id: string;
  /** Is this form (or, for chat-only platforms, this document) the platform's? */
  matchesForm(form: Element, doc: Document): boolean;
  /** Chat-only pages (Intercom, WhatsApp): nothing to fill, offer a message to copy instead. */
  isChatOnly?(doc: Document): boolean;
  /** The form is a support request form whatever its wording (e.g. Zendesk `form#new_request`). */
  isSupportForm?(form: Element): boolean;
  /** Extra label text the generic inference misses (e.g. Salesforce text before a `00N…` input). */
  labelFor?(control: FillableElement, form: Element): string | undefined;
  /** A direct field assignment from platform conventions (e.g. name `request[subject]` → subject). */
  fieldHint?(control: FillableElement, signals: ControlSignals): FieldScore | undefined;
  /** Controls the engine must never touch on this platform (CSRF tokens, form pickers, orgid, consent). */
  neverTouch?(control: FillableElement): boolean;
  /**
   * A hidden input that stands behind a visible widget (Zendesk tagger): the engine treats it as
   * visible when the widget is, and asks the adapter for the widget's options.
   */
  widgetFor?(control: FillableElement): { visible: HTMLElement; options: Choice[] } | undefined;
  /** Extra controls the generic collector does not see (e.g. a contenteditable editor over a hidden textarea). */
  extraControls?(form: Element): FillableElement[];
  /**
   * Write the planned value the platform's way (`wanted`: what a choice must match, e.g. the reason
   * key); return undefined to let the engine's generic writer do it.
   */
  write?(control: FillableElement, field: FieldKey, value: string, wanted: Wanted): WriteOutcome | undefined;
  /**
   * Undo, the platform's way: put `control` back to `previous` (what the engine's snapshot held: the
   * value, or an editor's HTML) so the page's own state follows — a Zendesk tagger chooses its "-"
   * entry through its widget, since a React combobox would re-render a directly written hidden input.
   * Return true when done; false or undefined lets the engine restore it generically.
   */
  restore?(control: FillableElement, previous: string): boolean | undefined;
}
