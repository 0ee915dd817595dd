// Where the in-page prompt may show: beside its box, inside the viewport, over blank page only.
// Geometry needs real layout: happy-dom has none (every box is 0×0), so there no spot is found.
import { composedAncestors, shadowRootsIn } from './tree';

export interface Spot {
  left: number;
  top: number;
}

export interface Size {
  width: number;
  height: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space between the box and the prompt, in CSS pixels. */
const GAP = 6;
/** Sample points are at most this far apart across the prompt's area. */
const STEP = 24;
/** Elements of the field's row looked at for content hit testing cannot see (pointer-events: none). */
const ROW_LIMIT = 300;

// Never covered, even when it is the anchor's own container: the person reads or uses these.
const CONTENT_TAGS = new Set([
  'A',
  'BUTTON',
  'LABEL',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'SUMMARY',
  'LEGEND',
  'IMG',
  'PICTURE',
  'SVG',
  'svg',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'METER',
  'PROGRESS',
]);
const INTERACTIVE_ROLE =
  /^(button|link|checkbox|radio|switch|textbox|combobox|listbox|option|slider|img|tab)$/;

type HitRoot = Document | ShadowRoot;

const rootOf = (node: Node): HitRoot => node.getRootNode() as HitRoot;

/** Every element at a point, top-most first, without the prompt itself; [] where hit testing is missing. */
function elementsAt(root: HitRoot, x: number, y: number, host: Element): Element[] {
  if (typeof root.elementsFromPoint !== 'function') return [];
  return root.elementsFromPoint(x, y).filter((el) => el !== host);
}

/** Does the element have text of its own (a direct text node) within the area (1 px of slack)? */
function ownTextIn(el: Element, area: Box): boolean {
  let texts = 0;
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType !== 3 || !/\S/.test(node.nodeValue ?? '')) continue;
    if (++texts > 200) return true; // A wall of text: no room for the prompt in it.
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width === 0 && rect.height === 0) continue;
      if (overlaps({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }, area, -1))
        return true;
    }
  }
  return false;
}

/** Text a style sheet writes into the element (`::before { content: "*" }`); "" clearfixes are blank. */
function generatedText(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  return ['::before', '::after'].some((pseudo) => {
    const content = view.getComputedStyle(el, pseudo).content;
    return !!content && content !== 'none' && content !== 'normal' && content !== '""' && content !== "''";
  });
}

const isContent = (el: Element): boolean =>
  CONTENT_TAGS.has(el.tagName) ||
  INTERACTIVE_ROLE.test(el.getAttribute('role') ?? '') ||
  el.hasAttribute('contenteditable');

function overlaps(a: Box, b: Box, slack = 0): boolean {
  return (
    a.left < b.right - slack &&
    b.left < a.right - slack &&
    a.top < b.bottom - slack &&
    b.top < a.bottom - slack
  );
}

const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

/**
 * Page elements in the top layer (open popovers, modal dialogs, full-screen elements), other than the
 * prompt and the layers holding it (a form in a modal dialog). They are the only page content that
 * can paint over the prompt, and hit testing misses them when they take no pointer events. `deep`:
 * also inside open shadow roots (a walk over the whole page, for a press, not for every frame).
 */
function topLayerElements(host: Element, deep: boolean): Element[] {
  const holding = new Set(composedAncestors(host));
  const found = new Set<Element>();
  const visit = (scope: Document | ShadowRoot) => {
    for (const selector of [':popover-open', ':modal', ':fullscreen']) {
      try {
        for (const el of Array.from(scope.querySelectorAll(selector))) found.add(el);
      } catch {
        // A selector this browser does not know: nothing of that kind can be open.
      }
    }
    if (deep) for (const shadow of shadowRootsIn(scope)) visit(shadow);
  };
  visit(host.ownerDocument);
  return [...found].filter((el) => !holding.has(el));
}

/** Page top-layer elements (open shadow roots included) overlapping `box`. */
export const topLayerOver = (host: Element, box: Box): Element[] =>
  topLayerElements(host, true).filter((el) => overlaps(boxOf(el), box));

/**
 * A judge of spots for one placement: caches what does not change from spot to spot (the page's
 * top layer, the field's row, which elements may count as background).
 */
function spotJudge(anchor: Element, host: Element) {
  const root = rootOf(anchor);
  const doc = anchor.ownerDocument;
  const containers = new Set(composedAncestors(anchor));
  containers.delete(anchor);
  const background = new Map<Element, boolean>();
  const canBeBackground = (el: Element) => {
    let known = background.get(el);
    if (known === undefined) {
      const place = el === doc.documentElement || el === doc.body || containers.has(el);
      known = place && !isContent(el) && !generatedText(el);
      background.set(el, known);
    }
    return known;
  };
  const layers = topLayerElements(host, false).map(boxOf);
  // The field's row (the box's grandparent): a label or hint there with `pointer-events: none` is
  // missed by hit testing, yet read by the person.
  const row = anchor.parentElement?.parentElement ?? anchor.parentElement;
  const rowElements = row ? [row, ...Array.from(row.querySelectorAll('*')).slice(0, ROW_LIMIT)] : [];
  const neighbours = rowElements
    .filter((el) => el !== host && el !== anchor)
    .map((el) => ({ el, box: boxOf(el), content: !containers.has(el) && isContent(el) }));

  /** Is the top-most page element at each sample point blank background, and nothing else over the area? */
  return (box: Box): boolean => {
    const blank = samplePoints(box).every(([x, y]) => {
      const hit = elementsAt(root, x, y, host)[0];
      return !!hit && canBeBackground(hit) && !ownTextIn(hit, { left: x, top: y, right: x, bottom: y });
    });
    if (!blank || layers.some((layer) => overlaps(layer, box))) return false;
    return !neighbours.some((n) => overlaps(n.box, box) && (n.content || ownTextIn(n.el, box)));
  };
}

/** Sample points over a box: its corners (1 px in), its centre, and a grid no coarser than STEP. */
function samplePoints(box: Box): [number, number][] {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const columns = Math.max(2, Math.ceil(width / STEP) + 1);
  const rows = Math.max(2, Math.ceil(height / STEP) + 1);
  const points: [number, number][] = [];
  for (let row = 0; row < rows; row++) {
    const y = box.top + 1 + ((height - 2) * row) / (rows - 1);
    for (let column = 0; column < columns; column++)
      points.push([box.left + 1 + ((width - 2) * column) / (columns - 1), y]);
  }
  points.push([(box.left + box.right) / 2, (box.top + box.bottom) / 2]);
  return points;
}

/** Is the box really on screen: not clipped away, covered, hidden or out of view? */
function anchorShown(anchor: Element, host: Element, box: Box): boolean {
  if (box.right - box.left < 1 || box.bottom - box.top < 1) return false;
  // Faded out or made invisible with its form (hit testing still finds it): no prompt beside it.
  const visible = { opacityProperty: true, visibilityProperty: true };
  if (typeof anchor.checkVisibility === 'function' && !anchor.checkVisibility(visible)) return false;
  const root = rootOf(anchor);
  const y = (box.top + box.bottom) / 2;
  const width = box.right - box.left;
  // A floating label may lie over part of the box: any of three points along its middle will do.
  return [0.5, 0.75, 0.25].some((share) => {
    const hit = elementsAt(root, box.left + width * share, y, host)[0];
    return !!hit && (hit === anchor || anchor.contains(hit));
  });
}

/** The area of the viewport the page's content uses (no scroll bars). */
function viewportOf(doc: Document): Box {
  const view = doc.defaultView!;
  const html = doc.documentElement;
  const standards = doc.compatMode === 'CSS1Compat';
  const right = standards && html.clientWidth ? html.clientWidth : view.innerWidth;
  const bottom = standards && html.clientHeight ? html.clientHeight : view.innerHeight;
  return { left: 0, top: 0, right, bottom };
}

/** The box's rectangle when the prompt was last placed: a press after it moved is refused. */
export const anchorBox = boxOf;

export const sameBox = (a: Box, b: Box): boolean =>
  Math.abs(a.left - b.left) < 1 &&
  Math.abs(a.top - b.top) < 1 &&
  Math.abs(a.right - b.right) < 1 &&
  Math.abs(a.bottom - b.bottom) < 1;

/**
 * Where the prompt of `size` goes beside `anchor`, or null when it must not show: the box is out of
 * view or hidden, or no spot is both inside the viewport and over blank page. Tried in order: right
 * of the box (centred on it), above its right end, below its right end.
 */
export function chooseSpot(anchor: Element, host: Element, size: Size): Spot | null {
  const a = boxOf(anchor);
  if (!anchorShown(anchor, host, a)) return null;
  const viewport = viewportOf(anchor.ownerDocument);
  let judge: ((box: Box) => boolean) | undefined;
  const spots: Spot[] = [
    { left: a.right + GAP, top: (a.top + a.bottom) / 2 - size.height / 2 },
    { left: a.right - size.width, top: a.top - GAP - size.height },
    { left: a.right - size.width, top: a.bottom + GAP },
  ];
  for (const raw of spots) {
    const spot = { left: Math.round(raw.left), top: Math.round(raw.top) };
    const box = { ...spot, right: spot.left + size.width, bottom: spot.top + size.height };
    const inside =
      box.left >= viewport.left &&
      box.top >= viewport.top &&
      box.right <= viewport.right &&
      box.bottom <= viewport.bottom;
    if (!inside || overlaps(box, a)) continue;
    judge ??= spotJudge(anchor, host);
    if (judge(box)) return spot;
  }
  return null;
}
