import { scanOnce } from '../dom/scan-scope';
import { shadowRootsIn } from '../dom/tree';
import { isVisible } from '../dom/visibility';
import { signatureOf } from './label';

const CONTROLS = 'input, select, textarea, [contenteditable]:not([contenteditable="false"])';
// Attribute changes that can reveal a control (a wizard's next step) or turn one into another.
const ATTRIBUTES = [
  'hidden',
  'style',
  'class',
  'open',
  'disabled',
  'aria-hidden',
  'inert',
  'type',
  'name',
  'id',
];

/**
 * Calls `onChange` when a control a person can see appears: forms rendered late by React or Vue,
 * a wizard's step 2, a dialog opening. The observer only marks the page dirty; the check runs
 * debounced (`delay` ms after the last change, at most `maxWait` after the first) and calls back
 * only for visible controls not seen before, so our own writes never loop back. Open shadow roots
 * are observed as they appear. With `within`, only the controls inside those elements are looked at
 * (a large page whose other forms are read when the person turns to them): a change anywhere still
 * wakes the check, since a class on the body can reveal a form's next step. Everything stops when
 * `signal` aborts.
 */
export function watchForms(
  doc: Document,
  onChange: () => void,
  signal: AbortSignal,
  {
    delay = 250,
    maxWait = 1000,
    within,
  }: { delay?: number; maxWait?: number; within?: () => Iterable<Element> } = {},
): void {
  const view = doc.defaultView;
  if (signal.aborted || !view) return;
  const seen = new WeakMap<Element, string>();
  const observedRoots = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;

  const observer = new view.MutationObserver((records) => {
    const relevant = records.some(
      (record) =>
        record.type === 'attributes' ||
        Array.prototype.some.call(record.addedNodes, (n: Node) => n.nodeType === 1),
    );
    if (!relevant) return;
    const now = Date.now();
    if (timer === undefined) firstChange = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(delay, firstChange + maxWait - now)));
  });
  const observe = (root: Document | ShadowRoot) => {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
  };

  /** Marks the visible controls; true when one is new (or a reused element now stands for another). */
  const scan = (): boolean =>
    // One scan: each ancestor's style is read once, however many controls it holds.
    scanOnce(() => {
      let fresh = false;
      const visit = (root: Document | ShadowRoot | Element) => {
        if (root.nodeType !== 1) observe(root as Document | ShadowRoot);
        for (const el of Array.from(root.querySelectorAll(CONTROLS))) {
          const signature = signatureOf(el);
          if (seen.get(el) === signature || !isVisible(el)) continue;
          seen.set(el, signature);
          fresh = true;
        }
        for (const shadow of shadowRootsIn(root)) visit(shadow);
      };
      if (!within) visit(doc);
      else {
        observe(doc);
        for (const root of within()) if (root.isConnected) visit(root);
      }
      return fresh;
    });

  function flush() {
    timer = undefined;
    if (signal.aborted) return;
    if (scan()) onChange();
    watchUpgrades();
  }

  // A custom element defined late upgrades in place and attaches its shadow root without any
  // mutation an observer could see. While undefined elements remain, count them (a cheap selector
  // query) every half second for a minute; when one upgrades, check the page.
  let upgradeTimer: ReturnType<typeof setTimeout> | undefined;
  let undefinedCount = 0;
  let polls = 0;
  const countUndefined = () => {
    try {
      // The hyphen and shadow checks also keep this right where `:defined` is not implemented (happy-dom).
      return Array.from(doc.querySelectorAll(':not(:defined)')).filter(
        (el) => el.localName.includes('-') && !el.shadowRoot,
      ).length;
    } catch {
      return 0;
    }
  };
  function watchUpgrades() {
    undefinedCount = countUndefined();
    if (!undefinedCount || upgradeTimer !== undefined || polls >= 120) return;
    upgradeTimer = setTimeout(() => {
      upgradeTimer = undefined;
      polls++;
      if (signal.aborted) return;
      if (countUndefined() < undefinedCount) flush();
      else watchUpgrades();
    }, 500);
  }

  // What is on the page now was filled by the caller's first pass.
  scan();
  watchUpgrades();
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(upgradeTimer);
    },
    { once: true },
  );
}
