import { once } from './scan-scope';
import { composedParent, labelsOf } from './tree';

const STYLES = {};
/** An element's computed style, read once per scan (the object is live: it follows later changes). */
const styleOf = (view: Window, el: Element): CSSStyleDeclaration =>
  once(STYLES, el, () => view.getComputedStyle(el));

/**
 * Can a person see this control? Honeypots hide inputs every way CSS allows; a control the person
 * cannot see must never receive their data.
 *
 * Real browsers: computed style on the element and each ancestor (through shadow roots and slots),
 * plus the layout box (zero size, off the page, clipped away by an `overflow:hidden` parent).
 * happy-dom has no layout (every box is 0×0), so there the box checks fall back to the declared
 * sizes and offsets in the computed style; clipping by a scrolled or transformed parent cannot be
 * seen there.
 *
 * `widgetOf`: a custom dropdown standing for this hidden control (a platform's tagger), asked only
 * when the control is hidden; when there is one, the widget decides.
 */
export function isVisible(el: Element, widgetOf?: () => Element | undefined): boolean {
  const why = hiddenBy(el);
  if (!why) return true;
  const widget = widgetOf?.();
  if (widget) return hiddenBy(widget) === null;
  return VISUALLY_HIDDEN.has(why) && standInVisible(el);
}

/** How the element is hidden, or null when a person can see it. */
export type HiddenKind =
  | 'type-hidden'
  | 'detached'
  | 'attribute'
  | 'aria-hidden'
  | 'closed-details'
  | 'display'
  | 'visibility'
  | 'opacity'
  | 'size'
  | 'off-screen'
  | 'clip';

// Ways of hiding that custom-styled radios, checkboxes and selects use while showing a stand-in.
const VISUALLY_HIDDEN = new Set<HiddenKind>(['opacity', 'size', 'off-screen', 'clip']);

/** What an element says of itself, whichever control below it asks: read once per scan. */
interface OwnFacts {
  /** Hidden by an attribute (hidden, inert, aria-hidden). */
  marked: HiddenKind | null;
  /** A closed <details>: it hides all but its summary. */
  closedDetails: boolean;
  /** Hidden by its own style (display, opacity, clip, or off the page where there is no layout). */
  styled: HiddenKind | null;
  /** Its overflow is hidden or clipped: a descendant outside its box is not seen. */
  clipsOverflow: boolean;
}

const FACTS = {};
const factsOf = (view: Window, node: Element, layout: boolean): OwnFacts =>
  once(FACTS, node, () => {
    const marked: HiddenKind | null =
      node.hasAttribute('hidden') || node.hasAttribute('inert')
        ? 'attribute'
        : node.getAttribute('aria-hidden') === 'true'
          ? 'aria-hidden'
          : null;
    const closedDetails = node.tagName === 'DETAILS' && !node.hasAttribute('open');
    // Not read when an attribute decides: the walk returns at the first reason.
    if (marked) return { marked, closedDetails, styled: null, clipsOverflow: false };
    const style = styleOf(view, node);
    const styled: HiddenKind | null =
      style.display === 'none'
        ? 'display'
        : Number.parseFloat(style.opacity) <= 0.01
          ? 'opacity'
          : clipped(style)
            ? 'clip'
            : !layout && offPage(style)
              ? 'off-screen'
              : null;
    const clipsOverflow = !styled && /hidden|clip/.test(style.overflow + style.overflowX + style.overflowY);
    return { marked, closedDetails, styled, clipsOverflow };
  });

export function hiddenBy(el: Element): HiddenKind | null {
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return 'type-hidden';
  const view = el.ownerDocument.defaultView;
  if (!view || !el.isConnected) return 'detached';
  const layout = hasLayout(el.ownerDocument);
  const own = styleOf(view, el);
  // visibility is inherited and a child may turn it back on: the element's own value decides.
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return 'visibility';
  if (layout) {
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) return 'size';
    if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0 || box.left + view.scrollX > 5000)
      return 'off-screen';
  } else if (tiny(own)) return 'size';

  let child: Element | null = null;
  for (let node: Element | null = el; node; child = node, node = flatParent(node)) {
    const facts = factsOf(view, node, layout);
    if (facts.marked) return facts.marked;
    if (facts.closedDetails && !(child && isSummaryOf(child, node))) return 'closed-details';
    if (facts.styled) return facts.styled;
    if (node !== el && facts.clipsOverflow) {
      if (layout ? clippedAway(el, node) : tiny(styleOf(view, node))) return 'size';
    }
  }
  return null;
}

// happy-dom reports 0 for every box; a real browser gives the root element the viewport's width.
const LAYOUT = {};
const hasLayout = (doc: Document) => once(LAYOUT, doc, () => doc.documentElement.clientWidth > 0);

const px = (value: string): number | null => {
  const match = /^(-?[\d.]+)px$/.exec(value.trim());
  return match ? Number.parseFloat(match[1]!) : value.trim() === '0' ? 0 : null;
};

const tiny = (style: CSSStyleDeclaration) => {
  const sizes = [style.width, style.height, style.maxHeight, style.maxWidth].map(px);
  return sizes.some((size) => size !== null && size <= 1);
};

const offPage = (style: CSSStyleDeclaration) => {
  if (!/absolute|fixed/.test(style.position)) return /translate[XY]?\(\s*-\d{3,}/.test(style.transform);
  return (
    [style.left, style.top, style.marginLeft, style.marginTop].some((v) => (px(v) ?? 0) <= -500) ||
    (px(style.right) ?? 0) <= -500
  );
};

const clipped = (style: CSSStyleDeclaration) => {
  const rect = /rect\(([^)]*)\)/.exec(style.clip);
  if (rect) {
    const sides = rect[1]!.split(/[\s,]+/).map((v) => px(v) ?? Number.NaN);
    // rect(top, right, bottom, left): nothing left to see when right ≤ left or bottom ≤ top.
    const [top = 0, right = 0, bottom = 0, left = 0] = sides;
    if (right - left <= 1 || bottom - top <= 1) return true;
  }
  const path = style.clipPath ?? '';
  return /inset\(\s*(?:5\d|[6-9]\d|100)%|circle\(\s*0(?:px|%)?\s*[)a]|polygon\(\s*0(?:px)?\s+0(?:px)?\s*,\s*0(?:px)?\s+0(?:px)?\s*,/.test(
    path,
  );
};

// A parent that hides its overflow and is itself (almost) empty, or lies entirely off the element.
function clippedAway(el: Element, clip: Element): boolean {
  const inner = el.getBoundingClientRect();
  const outer = clip.getBoundingClientRect();
  if (outer.width < 2 || outer.height < 2) return true;
  return (
    inner.right <= outer.left ||
    inner.left >= outer.right ||
    inner.bottom <= outer.top ||
    inner.top >= outer.bottom
  );
}

const isSummaryOf = (child: Element, details: Element) =>
  child.tagName === 'SUMMARY' && Array.from(details.children).find((c) => c.tagName === 'SUMMARY') === child;

/** Parent in the rendered tree: slot for slotted content, host for a shadow root's children. */
function flatParent(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode as ShadowRoot | null;
  return root && 'host' in root ? root.host : null;
}

/**
 * Custom radios and checkboxes hide the real input and show its label; custom selects (Choices.js,
 * Tom Select) hide the select and show a combobox beside it. The stand-in must be visible.
 */
function standInVisible(el: Element): boolean {
  const input = el as HTMLInputElement;
  if (el.tagName === 'INPUT' && (input.type === 'radio' || input.type === 'checkbox')) {
    return labelsOf(input).some((label) => hiddenBy(label) === null);
  }
  if (el.tagName === 'SELECT') {
    const next = el.nextElementSibling ?? el.parentElement?.nextElementSibling;
    const widget = next?.matches('[role=combobox],[aria-haspopup]')
      ? next
      : next?.querySelector('[role=combobox],[aria-haspopup]');
    return !!widget && hiddenBy(widget) === null;
  }
  return false;
}

/**
 * Cheap "looks hidden" check used to rank candidates (a hidden honeypot must not take a field from the
 * visible box). The fill engine makes the real visibility decision.
 */
export function looksHidden(el: Element): boolean {
  if ((el as HTMLInputElement).type === 'hidden') return true;
  return hiddenHere(el);
}

const LOOKS_HIDDEN = {};
/** The node or an ancestor looks hidden; during a scan each ancestor is looked at once for the whole page. */
function hiddenHere(node: Element | null): boolean {
  if (!node) return false;
  return once(LOOKS_HIDDEN, node, () => {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const view = node.ownerDocument?.defaultView;
    const style = view?.getComputedStyle ? styleOf(view, node) : undefined;
    if (
      style &&
      (style.display === 'none' ||
        style.visibility === 'hidden' ||
        style.opacity === '0' ||
        /^-\d{3,}/.test(style.left) ||
        /^-\d{3,}/.test(style.top) ||
        /^-\d{3,}/.test(style.textIndent))
    )
      return true;
    return hiddenHere(composedParent(node));
  });
}
