// Anti-clickjacking for the in-page prompt: a press counts only when it is the person's own (a
// trusted event) on a prompt they could really see. A page that lays something over the prompt,
// fades it, or moves it under the pointer at the last moment gets nothing.
import { topLayerOver } from './prompt-placement';
import { composedAncestors } from './tree';

/** How long the prompt must have been shown, in place and seen, before a press counts. */
export const MIN_SHOWN_MS = 500;

/** IntersectionObserver v2 (Chromium): the init and entry fields lib.dom does not declare yet. */
interface VisibilityInit extends IntersectionObserverInit {
  trackVisibility: boolean;
  delay: number;
}
type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

export interface PressGuard {
  /** The prompt was just shown or moved: the clock starts again. */
  shown(): void;
  /** The prompt is no longer shown. */
  hidden(): void;
  /** Does this click on `button` count as the person's press? */
  allows(event: MouseEvent, button: HTMLElement): boolean;
  disconnect(): void;
}

/**
 * Every element from the button up to the root, across the prompt's shadow root and the page's:
 * fully opaque, visible, unfiltered, displayed. (A top-layer element is not painted with its
 * ancestors' opacity, but a page that fades the form around the prompt is refused all the same.)
 */
function stylesShowIt(button: HTMLElement): boolean {
  const view = button.ownerDocument.defaultView;
  if (!view) return false;
  for (const el of composedAncestors(button)) {
    const style = view.getComputedStyle(el);
    if (style.opacity !== '1' || style.visibility !== 'visible') return false;
    if (style.display === 'none' || (style.filter && style.filter !== 'none')) return false;
  }
  return true;
}

/**
 * Signs the page reached for the prompt itself: styles written on the host (the shadow's
 * `!important` rules win, but the attempt is telling), animations run on it, children or generated
 * content added to it (a host's `::after` would paint over the buttons and still hit-test as the host).
 */
function tampered(host: HTMLElement): boolean {
  const view = host.ownerDocument.defaultView;
  if (!view || host.popover !== 'manual' || !host.matches(':popover-open')) return true;
  if ((host.getAttribute('style') ?? '').trim() || host.childNodes.length > 0) return true;
  if (typeof host.getAnimations === 'function' && host.getAnimations().length > 0) return true;
  return ['::before', '::after'].some((pseudo) => {
    const content = view.getComputedStyle(host, pseudo).content;
    return !!content && content !== 'none' && content !== 'normal';
  });
}

/**
 * The prompt is what is at the press: at the pointer for a mouse press, and always at its centre, the
 * button's centre and 3 px inside each corner (a page element partly over it would hide its words).
 */
function hitsHost(host: HTMLElement, button: HTMLElement, event: MouseEvent): boolean {
  const root = host.getRootNode() as Document | ShadowRoot;
  if (typeof root.elementFromPoint !== 'function') return false;
  const box = host.getBoundingClientRect();
  const inner = button.getBoundingClientRect();
  const points: [number, number][] = [
    [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
    [(inner.left + inner.right) / 2, (inner.top + inner.bottom) / 2],
    [box.left + 3, box.top + 3],
    [box.right - 3, box.top + 3],
    [box.left + 3, box.bottom - 3],
    [box.right - 3, box.bottom - 3],
  ];
  // A key press (Enter, Space) clicks with no pointer position: detail 0, clientX/Y 0.
  const keyboard = event.detail === 0 || (event.clientX === 0 && event.clientY === 0);
  if (!keyboard) points.push([event.clientX, event.clientY]);
  return points.every(([x, y]) => root.elementFromPoint(x, y) === host);
}

/**
 * Watches `host` (the prompt, in the top layer) so that a press can be judged at once:
 * 1. IntersectionObserver v2 (`trackVisibility`, Chromium ≥ 84) last said the host is visible — not
 *    occluded (even by content that takes no pointer events), opacity 1, no filter — and has said so
 *    for MIN_SHOWN_MS. Browsers without it (Firefox, Safari) report no `isVisible`: skipped there.
 * 2. Computed style of the button, the host and every composed ancestor shows it (`stylesShowIt`).
 * 3. It has been shown, in place, for MIN_SHOWN_MS (a prompt that just appeared or moved under the
 *    pointer harvests nothing).
 * 4. Hit testing finds the host at the press (and across its area), and no page popover, modal
 *    dialog or full-screen element overlaps it.
 */
export function guardPresses(host: HTMLElement): PressGuard {
  const view = host.ownerDocument.defaultView!;
  const now = () => view.performance.now();
  let shownSince: number | null = null;
  /** When IntersectionObserver v2 last turned to "visible"; null while it says hidden or has not spoken. */
  let visibleSince: number | null = null;
  const Observer = view.IntersectionObserver;
  const EntryProto = (view as unknown as { IntersectionObserverEntry?: { prototype: object } })
    .IntersectionObserverEntry?.prototype;
  const tracksVisibility = !!Observer && !!EntryProto && 'isVisible' in EntryProto;
  let observer: IntersectionObserver | undefined;
  if (tracksVisibility) {
    const init: VisibilityInit = { trackVisibility: true, delay: 100, threshold: [1] };
    observer = new Observer((entries) => {
      for (const entry of entries as VisibilityEntry[]) {
        if (entry.target !== host || typeof entry.isVisible !== 'boolean') continue;
        if (!entry.isVisible) visibleSince = null;
        else visibleSince ??= entry.time;
      }
    }, init);
    observer.observe(host);
  }

  return {
    shown() {
      shownSince = now();
    },
    hidden() {
      // visibleSince is left to the observer: a hide and show within one frame is no change to it.
      shownSince = null;
    },
    allows(event, button) {
      if (!event.isTrusted || shownSince === null) return false;
      const at = now();
      if (at - shownSince < MIN_SHOWN_MS) return false;
      if (tracksVisibility && (visibleSince === null || at - visibleSince < MIN_SHOWN_MS)) return false;
      if (tampered(host) || !stylesShowIt(button)) return false;
      if (!hitsHost(host, button, event)) return false;
      return topLayerOver(host, host.getBoundingClientRect()).length === 0;
    },
    disconnect() {
      observer?.disconnect();
    },
  };
}
