// The in-page prompt: a small "Fill with ReSIM" button beside a form's first box. It lives in a
// closed shadow root, in the top layer (Popover API), so it never shifts the page and page styles
// never reach it; it shows only over blank page (src/dom/prompt-placement.ts) and takes a press only
// from the person, on a prompt they could see (src/dom/press-guard.ts). It knows no fields or
// carriers: the caller gives it its words.

import { guardPresses } from './press-guard';
import { anchorBox, chooseSpot, type Size, type Spot, sameBox } from './prompt-placement';
import { buildView, placementRule, setTexts } from './prompt-view';

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
  const win = doc.defaultView!;
  const host = doc.createElement(PROMPT_TAG);
  if (first.signal?.aborted) return inert(host);
  let shadow: ShadowRoot;
  try {
    shadow = host.attachShadow({ mode: 'closed' });
  } catch {
    return inert(host);
  }
  let options = first;
  const view = buildView(doc, shadow);
  const { action, dismiss } = view;
  host.setAttribute('popover', 'manual');
  let size: Size | null = null;
  const apply = (next: InPagePromptOptions) => {
    options = next;
    setTexts(view, host, next);
    size = null; // Other words, another width.
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
    view.placement.textContent = placementRule(spot);
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
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  const cleanup = () => {
    if (done) return;
    done = true;
    listeners.abort();
    if (frame) win.cancelAnimationFrame(frame);
    win.clearInterval(timer);
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
  win.addEventListener('scroll', schedule, { ...passive, capture: true });
  win.addEventListener('resize', schedule, passive);
  win.visualViewport?.addEventListener('resize', schedule, passive);
  win.visualViewport?.addEventListener('scroll', schedule, passive);
  const resizes = win.ResizeObserver ? new win.ResizeObserver(schedule) : undefined;
  resizes?.observe(anchor);
  resizes?.observe(doc.documentElement);
  // The periodic re-check (a hint appearing beside the box) is for a box on screen: one scrolled away
  // costs nothing until it comes back.
  let anchorInView = true;
  const inView = win.IntersectionObserver
    ? new win.IntersectionObserver(
        (entries) => {
          anchorInView = entries.at(-1)?.isIntersecting ?? anchorInView;
          schedule();
        },
        { threshold: [0, 0.5, 1] },
      )
    : undefined;
  inView?.observe(anchor);
  const timer = win.setInterval(() => {
    if (anchorInView) schedule();
  }, RECHECK_MS);
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
