// Small DOM helpers shared by detection, the fill engine and platform adapters. They cross open
// shadow roots because web-component forms keep their inputs there.
import { once, scanningPage } from './scan-scope';

export const CONTROL_SELECTOR = 'input, select, textarea';

/**
 * Elements that can never hold a shadow root: `attachShadow` (and a declarative shadow root) only
 * takes custom elements and article, aside, blockquote, body, div, footer, h1–h6, header, main, nav,
 * p, section, span. Listed here are those pages carry by the thousand (a phone list's options, a
 * table's cells, a menu's links), so a search for shadow roots skips them without a step of script.
 */
const NEVER_HOSTS =
  'option, optgroup, input, select, textarea, button, label, a, img, li, tr, td, th, br, svg, path';
/** Elements that may hold a shadow root. */
const MAY_HOST_SHADOW = `:not(${NEVER_HOSTS})`;
const CONTROLS_AND_HOSTS = `${CONTROL_SELECTOR}, [contenteditable], ${MAY_HOST_SHADOW}`;

/** The open shadow roots of the elements inside `scope` (not those nested in them). */
export function shadowRootsIn(scope: Document | ShadowRoot | Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const el of Array.from(scope.querySelectorAll(MAY_HOST_SHADOW)))
    if (el.shadowRoot) roots.push(el.shadowRoot);
  return roots;
}

// Elements whose text stands apart from its neighbours' (H0–H9, as the pattern /^H\d$/ had it).
const BLOCK_TEXT = new Set(['DIV', 'P', 'LI', 'TD', 'TH', 'TR', 'DT', 'DD', 'LABEL', 'LEGEND', 'BR']);
for (let level = 0; level <= 9; level++) BLOCK_TEXT.add(`H${level}`);
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'svg']);

/** Parent element, stepping out of a shadow root to its host. */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** The element itself, then its ancestors across shadow boundaries. */
export function* composedAncestors(node: Node): Generator<Element> {
  for (let el = node instanceof Element ? node : composedParent(node); el; el = composedParent(el)) yield el;
}

export function isFormControl(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA';
}

/** A rich-text editing host (not the nested children of one). */
export function isEditableHost(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  if (value === null || value === 'false') return false;
  const parent = el.parentElement?.closest('[contenteditable]');
  return !parent || parent.getAttribute('contenteditable') === 'false';
}

/** Every form control and editing host of a document, in document order, open shadow roots included. */
export function deepControls(root: Document | ShadowRoot | Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (scope: Document | ShadowRoot | Element) => {
    for (const el of Array.from(scope.querySelectorAll(CONTROLS_AND_HOSTS))) {
      if (isFormControl(el) || (el.hasAttribute('contenteditable') && isEditableHost(el))) {
        found.push(el as HTMLElement);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

const ORDER = {};
/** Each element of the document by its place in document order: one walk per scan (shadow trees not included). */
const ordinals = (doc: Document): Map<Element, number> =>
  once(ORDER, doc, () => {
    const order = new Map<Element, number>();
    const all = doc.getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) order.set(all[i]!, i);
    return order;
  });

/**
 * Sort comparator for document order (a before b: negative). `compareDocumentPosition` walks the
 * siblings of the two nodes' common ancestor, so on a page of a thousand sibling forms each call
 * costs a thousand steps; during a scan the places counted once are compared instead.
 */
export function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  const doc = a.ownerDocument;
  if (scanningPage() && doc === b.ownerDocument) {
    const order = ordinals(doc);
    const first = order.get(a);
    const second = order.get(b);
    if (first !== undefined && second !== undefined) return first - second;
  }
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** Every element matching `selector`, open shadow roots included. */
export function deepQuery(root: Document | ShadowRoot | Element, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (scope: Document | ShadowRoot | Element) => {
    found.push(...Array.from(scope.querySelectorAll(selector)));
    for (const shadow of shadowRootsIn(scope)) visit(shadow);
  };
  visit(root);
  return found;
}

/** Visible-ish text of an element: no script, style, option lists or typed values; hidden subtrees skipped. */
export function textOf(node: Node | null | undefined, limit = 400): string {
  if (!node) return '';
  let out = '';
  const walk = (n: Node) => {
    if (out.length > limit) return;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (SKIP_TEXT.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')
      return;
    if (el.tagName === 'INPUT') {
      const type = (el as HTMLInputElement).type;
      if (type === 'submit' || type === 'button') out += ` ${(el as HTMLInputElement).value} `;
      return;
    }
    const block = BLOCK_TEXT.has(el.tagName);
    if (block) out += ' ';
    // Past the limit nothing more is added: the rest of a large page is not visited.
    for (let child = el.firstChild; child && out.length <= limit; child = child.nextSibling) walk(child);
    if (block) out += ' ';
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

/** Element lookup by id within the control's own tree, then the document (labels may sit outside a shadow root). */
export function byId(from: Node, id: string): Element | null {
  const root = from.getRootNode() as Document | ShadowRoot;
  const inRoot = 'getElementById' in root ? root.getElementById(id) : null;
  return inRoot ?? from.ownerDocument?.getElementById(id) ?? null;
}

/**
 * Radios without a name (Vue `v-model`, React controlled inputs) that answer one question: the
 * nameless radios of the same fieldset or radiogroup. A named radio's group goes by its name.
 */
function namelessRadioGroup(radio: HTMLInputElement): HTMLInputElement[] {
  const box = radio.closest('fieldset, [role="radiogroup"]');
  if (!box) return [radio];
  return radiosByName(box).get('') ?? [];
}

const RADIOS = {};
/** The radios under `scope` by name ('' for nameless ones), in document order; one query per scope during a scan. */
export const radiosByName = (scope: ParentNode): Map<string, HTMLInputElement[]> =>
  once(RADIOS, scope, () => {
    const byName = new Map<string, HTMLInputElement[]>();
    for (const radio of Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="radio"]'))) {
      const list = byName.get(radio.name);
      if (list) list.push(radio);
      else byName.set(radio.name, [radio]);
    }
    return byName;
  });

/** The radios that answer the same question: same name in the same form (or document / shadow root). */
export function radioGroup(radio: HTMLInputElement): HTMLInputElement[] {
  if (!radio.name) return namelessRadioGroup(radio);
  const scope = (radio.form ?? radio.getRootNode()) as ParentNode;
  return (radiosByName(scope).get(radio.name) ?? []).filter((other) => other.form === radio.form);
}

/** Every `<label for>` naming the control, in its own tree first, then in the document. */
export function labelsFor(control: Element): Element[] {
  const id = control.id;
  if (!id) return [];
  for (const scope of [control.getRootNode() as Document | ShadowRoot, control.ownerDocument]) {
    const labels = scope ? labelsById(scope).get(id) : undefined;
    if (labels) return labels;
  }
  return [];
}

/**
 * `control.labels` as a list ([] where it is null: a hidden input, an element no label names), without
 * the search of the whole page Chrome makes on each call: the `<label for>` of the control's tree (one
 * query per scan) and the labels around it, each kept when it is the label's control, in document order.
 */
export function labelsOf(control: Element): Element[] {
  if (!('labels' in control)) return [];
  const found = new Set(labelsFor(control));
  for (let el = control.parentElement; el; el = el.parentElement) if (el.tagName === 'LABEL') found.add(el);
  return [...found]
    .filter((label) => (label as HTMLLabelElement).control === (control as Element))
    .sort(documentOrder);
}

const LABELS = {};
/** Every `<label for>` of a tree, by the id it names (one query per tree during a scan). */
const labelsById = (scope: ParentNode): Map<string, Element[]> =>
  once(LABELS, scope, () => {
    const byFor = new Map<string, Element[]>();
    for (const label of Array.from(scope.querySelectorAll('label[for]'))) {
      const id = label.getAttribute('for')!;
      const named = byFor.get(id);
      if (named) named.push(label);
      else byFor.set(id, [label]);
    }
    return byFor;
  });

/**
 * The first label of a control as `control.labels[0]` gives it (a `<label for>` or the label around
 * it, whichever comes first), without the search of the whole page Chrome makes on each call.
 */
export function firstLabel(control: Element): Element | undefined {
  const named = labelsFor(control)[0];
  const around = control.closest('label') ?? undefined;
  if (!named || !around) return named ?? around;
  return documentOrder(named, around) < 0 ? named : around;
}
