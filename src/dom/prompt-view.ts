// What the in-page prompt looks like: its shadow root's styles and elements, and its words. The
// caller's words are set as text, never parsed as HTML.
import type { InPagePromptOptions } from './inpage-prompt';
import type { Spot } from './prompt-placement';

// The host's own rules are `!important` inside the shadow root: for important declarations the
// inner context wins over every page rule, inline styles included. Inner elements start from
// `all: initial` so nothing inherited from the page leaks in.
const STYLE = `
:host { all: initial !important; display: none !important; }
:host(:popover-open) {
  display: block !important; position: fixed !important; inset: auto !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; box-sizing: border-box !important;
  background: transparent !important; overflow: visible !important; width: max-content !important;
  height: auto !important; max-width: calc(100vw - 16px) !important;
}
.box {
  all: initial; display: flex; align-items: center; gap: 2px; box-sizing: border-box; min-height: 28px;
  padding: 0 2px 0 3px; border: 1px solid #a8b0bd; border-radius: 14px; background: #fff;
  color: #1f1f1f; font: 500 13px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); white-space: nowrap; cursor: default; user-select: none;
}
.message {
  all: initial; font: inherit; font-weight: 400; line-height: 1.25; color: inherit; padding: 2px 6px;
  max-width: 340px; white-space: normal; overflow: hidden;
  /* A sentence (the "request already sent on …" notice) takes two lines rather than losing its date. */
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2;
}
button {
  all: initial; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center;
  height: 22px; border-radius: 11px; font: inherit; cursor: pointer; white-space: nowrap;
}
.action { padding: 0 10px; background: #0b57d0; color: #fff; }
.action:hover { background: #0842a0; }
.dismiss { width: 22px; color: #444746; font-size: 16px; font-weight: 400; }
.dismiss:hover { background: #e8edf5; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
@media (forced-colors: active) { .box, button { border: 1px solid ButtonText; } }
`;

export interface PromptView {
  /** The rule that places the host (rewritten at each move). */
  placement: HTMLStyleElement;
  box: HTMLDivElement;
  message: HTMLSpanElement;
  action: HTMLButtonElement;
  dismiss: HTMLButtonElement;
}

/** Fills the prompt's (closed) shadow root: a sentence, the action button and the × button. */
export function buildView(doc: Document, shadow: ShadowRoot): PromptView {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '') => {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    return el;
  };
  const style = make('style');
  style.textContent = STYLE;
  const view: PromptView = {
    placement: make('style'),
    box: make('div', 'box'),
    message: make('span', 'message'),
    action: make('button', 'action'),
    dismiss: make('button', 'dismiss'),
  };
  view.action.type = 'button';
  view.dismiss.type = 'button';
  const cross = make('span');
  cross.textContent = '×';
  cross.setAttribute('aria-hidden', 'true');
  view.dismiss.append(cross);
  view.box.append(view.action, view.dismiss);
  shadow.append(style, view.placement, view.box);
  return view;
}

/** The caller's words, language and role, on the prompt. */
export function setTexts(view: PromptView, host: HTMLElement, options: InPagePromptOptions): void {
  const { text } = options;
  host.setAttribute('lang', options.lang);
  view.box.setAttribute('lang', options.lang);
  host.setAttribute('role', options.role ?? 'group');
  host.setAttribute('aria-label', text.label);
  view.action.textContent = text.action;
  view.dismiss.setAttribute('aria-label', text.dismiss);
  view.dismiss.title = text.dismiss;
  view.message.textContent = text.message ?? '';
  if (text.message) view.box.prepend(view.message);
  else view.message.remove();
}

/** Where the host goes; `null` while it is measured (open, but not painted). */
export const placementRule = (spot: Spot | null): string =>
  spot
    ? `:host(:popover-open){left:${spot.left}px!important;top:${spot.top}px!important}`
    : ':host(:popover-open){left:0!important;top:0!important;visibility:hidden!important}';
