// The in-page prompt: a small "Fill with ReSIM" button beside a form's first box. It lives in a
// closed shadow root, in the top layer (Popover API), so it never shifts the page and page styles
// never reach it; it shows only over blank page (src/dom/prompt-placement.ts) and takes a press only
// from the person, on a prompt they could see (src/dom/press-guard.ts). It knows no fields or
// carriers: the caller gives it its words.

import { guardPresses } from './press-guard';
import { anchorBox, chooseSpot, type Size, type Spot, sameBox } from './prompt-placement';

export interface InPagePromptText {
  /** Short name of what the button does: "Fill with ReSIM". */
  action: string;
  /** Accessible name of the close button: "Not now". */
  dismiss: string;
  /** Accessible label of the whole prompt: "ReSIM can fill this form". */
  label: string;
  /** Optional sentence shown before the buttons (used later for a "request already sent on …" notice). */
  message?: string;
}

export interface InPagePromptOptions {
  /** The box beside which the prompt shows (the form's first visible box). */
  anchor: Element;
  text: InPagePromptText;
  /** BCP 47 language of the page, set as lang on the prompt. */
  lang: string;
  /** 'group' for an offer (default), 'status' for a notice that is announced (role="status"). */
  role?: 'group' | 'status';
  /** Called only for a trusted press on a prompt that was really visible (see src/dom/press-guard.ts). */
  onPress(): void;
  onDismiss?(): void;
  /** Removes the prompt and every listener/observer when aborted. */
  signal?: AbortSignal;
}

export interface InPagePrompt {
  readonly host: HTMLElement;
  remove(): void;
}

export const PROMPT_TAG = 'resim-prompt';

/** How often the spot is checked again when nothing scrolled (a hint appearing beside the box). */
const RECHECK_MS = 500;

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
  all: initial; display: flex; align-items: center; gap: 2px; box-sizing: border-box; height: 28px;
  padding: 0 2px 0 3px; border: 1px solid #a8b0bd; border-radius: 14px; background: #fff;
  color: #1f1f1f; font: 500 13px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); white-space: nowrap; cursor: default; user-select: none;
}
.message {
  all: initial; font: inherit; font-weight: 400; color: inherit; padding: 0 6px; max-width: 320px;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
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

interface Live {
  prompt: InPagePrompt;
  update(options: InPagePromptOptions): void;
}

/** The prompt shown beside each box: showing again for the same box updates it, never duplicates it. */
const live = new WeakMap<Element, Live>();

/** Shows the prompt beside `options.anchor` (or updates the one already there) and returns it. */
export function showInPagePrompt(options: InPagePromptOptions): InPagePrompt {
  const existing = live.get(options.anchor);
  if (existing?.prompt.host.isConnected) {
    existing.update(options);
    return existing.prompt;
  }
  existing?.prompt.remove();
  return create(options);
}

/** A prompt never shown (signal already aborted, or the page took the tag's shadow root). */
const inert = (host: HTMLElement): InPagePrompt => ({ host, remove: () => host.remove() });

function create(first: InPagePromptOptions): InPagePrompt {
  const { anchor } = first;
  const doc = anchor.ownerDocument;
  const view = doc.defaultView!;
  const host = doc.createElement(PROMPT_TAG);
  if (first.signal?.aborted) return inert(host);
  let shadow: ShadowRoot;
  try {
    shadow = host.attachShadow({ mode: 'closed' });
  } catch {
    return inert(host);
  }
  let options = first;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) => {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    return el;
  };
  const style = make('style');
  style.textContent = STYLE;
  const placement = make('style');
  const box = make('div', 'box');
  const message = make('span', 'message');
  const action = make('button', 'action');
  const dismiss = make('button', 'dismiss');
  action.type = 'button';
  dismiss.type = 'button';
  const cross = make('span');
  cross.textContent = '×';
  cross.setAttribute('aria-hidden', 'true');
  dismiss.append(cross);
  box.append(message, action, dismiss);
  shadow.append(style, placement, box);
  host.setAttribute('popover', 'manual');

  let size: Size | null = null;
  const apply = (next: InPagePromptOptions) => {
    options = next;
    host.setAttribute('lang', next.lang);
    box.setAttribute('lang', next.lang);
    host.setAttribute('role', next.role ?? 'group');
    host.setAttribute('aria-label', next.text.label);
    action.textContent = next.text.action;
    dismiss.setAttribute('aria-label', next.text.dismiss);
    dismiss.title = next.text.dismiss;
    message.textContent = next.text.message ?? '';
    if (next.text.message) box.prepend(message);
    else message.remove();
    size = null;
  };
  apply(first);

  const listeners = new AbortController();
  const on = { signal: listeners.signal };
  const guard = guardPresses(host);
  let done = false;
  let frame = 0;
  let spotShown: Spot | null = null;
  let placedAnchor = anchorBox(anchor);

  const isOpen = () => {
    try {
      return host.matches(':popover-open');
    } catch {
      return false;
    }
  };
  const open = () => {
    if (isOpen()) return true;
    try {
      host.showPopover();
      return true;
    } catch {
      return false;
    }
  };
  /** The host's place; `null` while measuring (open, but not painted). */
  const setPlacement = (spot: Spot | null) => {
    placement.textContent = spot
      ? `:host(:popover-open){left:${spot.left}px!important;top:${spot.top}px!important}`
      : ':host(:popover-open){left:0!important;top:0!important;visibility:hidden!important}';
  };
  const hide = () => {
    if (isOpen()) host.hidePopover();
    spotShown = null;
    guard.hidden();
  };
  const measure = (): Size | null => {
    if (size) return size;
    if (!spotShown) setPlacement(null);
    if (!open()) return null;
    const rect = host.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) size = { width: rect.width, height: rect.height };
    return size;
  };
  const place = () => {
    if (done) return;
    if (!host.isConnected || !anchor.isConnected) return cleanup();
    if (typeof host.showPopover !== 'function') return; // No Popover API: never shown.
    const measured = measure();
    const spot = measured && chooseSpot(anchor, host, measured);
    if (!spot) return hide();
    placedAnchor = anchorBox(anchor);
    if (isOpen() && spotShown?.left === spot.left && spotShown.top === spot.top) return;
    setPlacement(spot);
    if (!open()) return hide();
    spotShown = spot;
    guard.shown();
  };
  const schedule = () => {
    if (done || frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  const cleanup = () => {
    if (done) return;
    done = true;
    listeners.abort();
    if (frame) view.cancelAnimationFrame(frame);
    view.clearInterval(timer);
    resizes?.disconnect();
    inView?.disconnect();
    guard.disconnect();
    if (isOpen()) host.hidePopover();
    host.remove();
    if (live.get(anchor)?.prompt === prompt) live.delete(anchor);
  };
  const remove = () => {
    // Focus inside the prompt goes back to the box rather than to the page's start.
    const focused = !done && shadow.activeElement !== null;
    cleanup();
    if (focused && 'focus' in anchor) (anchor as HTMLElement).focus({ preventScroll: true });
  };
  const dismissed = () => {
    if (done) return;
    remove();
    options.onDismiss?.();
  };
  const prompt: InPagePrompt = { host, remove };

  action.addEventListener(
    'click',
    (event) => {
      // No label or form around the box acts on the press; the page may still see the click.
      event.preventDefault();
      if (done) return;
      const still = sameBox(anchorBox(anchor), placedAnchor);
      if (still && guard.allows(event, action)) options.onPress();
      else if (event.isTrusted) schedule();
    },
    on,
  );
  dismiss.addEventListener(
    'click',
    (event) => {
      event.preventDefault();
      if (event.isTrusted) dismissed();
    },
    on,
  );
  // Only key presses inside the closed shadow root reach this: a page cannot send one there.
  shadow.addEventListener(
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      dismissed();
    },
    on,
  );
  host.addEventListener(
    'toggle',
    (event) => {
      // Closed by someone, or closed and opened again: the prompt was not shown all along.
      const { oldState, newState } = event as ToggleEvent;
      if (!isOpen()) {
        spotShown = null;
        guard.hidden();
      } else if (oldState === newState) guard.shown();
      schedule();
    },
    on,
  );
  const passive = { passive: true, signal: listeners.signal };
  view.addEventListener('scroll', schedule, { ...passive, capture: true });
  view.addEventListener('resize', schedule, passive);
  view.visualViewport?.addEventListener('resize', schedule, passive);
  view.visualViewport?.addEventListener('scroll', schedule, passive);
  const resizes = view.ResizeObserver ? new view.ResizeObserver(schedule) : undefined;
  resizes?.observe(anchor);
  resizes?.observe(doc.documentElement);
  const inView = view.IntersectionObserver
    ? new view.IntersectionObserver(schedule, { threshold: [0, 0.5, 1] })
    : undefined;
  inView?.observe(anchor);
  const timer = view.setInterval(schedule, RECHECK_MS);
  first.signal?.addEventListener('abort', remove, on);

  // A prompt an earlier copy of this script left beside the box (the extension was reloaded).
  const stale = anchor.nextElementSibling;
  if (stale?.localName === PROMPT_TAG) stale.remove();
  anchor.after(host);
  live.set(anchor, {
    prompt,
    update(next) {
      apply(next);
      next.signal?.addEventListener('abort', remove, on);
      if (next.signal?.aborted) remove();
      else place();
    },
  });
  place();
  return prompt;
}
