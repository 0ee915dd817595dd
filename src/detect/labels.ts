import { normalizeText } from '../dom/normalize';
import { once, scanning, scanningPage } from '../dom/scan-scope';
import {
  byId,
  CONTROL_SELECTOR,
  composedParent,
  deepQuery,
  isFormControl,
  labelsFor,
  radiosByName,
  textOf,
} from '../dom/tree';

export interface FoundLabel {
  text: string;
  /** 'label-for', 'label-wrap', 'aria-labelledby', 'text-before', 'table-cell', 'table-header', 'dt', 'legend', 'radiogroup'. */
  source: string;
}

// Longer "labels" are paragraphs of instructions; their end is what sits next to the box.
const MAX_LABEL = 160;
const clip = (text: string) => (text.length > MAX_LABEL ? text.slice(-MAX_LABEL) : text);
const found = (text: string, source: string): FoundLabel | undefined =>
  normalizeText(text) ? { text: clip(text.trim()), source } : undefined;

const isRadio = (el: Element) => (el as HTMLInputElement).type === 'radio';

/** Controls that belong to the same question: the control itself, its radio group, hidden inputs. */
function sameUnit(other: Element, control: Element): boolean {
  if (other === control) return true;
  const type = (other as HTMLInputElement).type;
  if (type === 'hidden') return true;
  const name = (control as HTMLInputElement).name;
  return isRadio(control) && isRadio(other) && !!name && (other as HTMLInputElement).name === name;
}

/** What `sameUnit` compares: a named radio group by its name, any other control by itself; hidden inputs never count. */
function unitOf(control: Element): unknown {
  const { name } = control as HTMLInputElement;
  return isRadio(control) && name ? `radio:${name}` : control;
}

const UNITS = {};
/**
 * For every element holding controls, up to two of their units (two are enough to answer "another
 * than this one?"), from one walk up from each control of the document. An ancestor that already
 * holds two units ends the walk: everything above it holds them too.
 */
function unitsInside(doc: Document): WeakMap<Element, unknown[]> {
  return once(UNITS, doc, () => {
    const units = new WeakMap<Element, unknown[]>();
    for (const control of deepQuery(doc, CONTROL_SELECTOR)) {
      if ((control as HTMLInputElement).type === 'hidden') continue;
      const unit = unitOf(control);
      for (let el = control.parentElement; el; el = el.parentElement) {
        const held = units.get(el);
        if (!held) units.set(el, [unit]);
        else if (held.length >= 2) break;
        else if (!held.includes(unit)) held.push(unit);
      }
    }
    return units;
  });
}

const UNITS_UNDER = {};
/** The same answer for one element, from its own subtree: when a scan reads a few forms, not the page. */
function unitsUnder(el: Element): unknown[] {
  return once(UNITS_UNDER, el, () => {
    const units: unknown[] = [];
    for (const other of Array.from(el.querySelectorAll(CONTROL_SELECTOR))) {
      if ((other as HTMLInputElement).type === 'hidden') continue;
      const unit = unitOf(other);
      if (!units.includes(unit) && units.push(unit) >= 2) break;
    }
    return units;
  });
}

function holdsOtherControls(el: Element, control: Element): boolean {
  if (isFormControl(el)) return !sameUnit(el, control);
  if (scanning()) {
    const unit = (control as HTMLInputElement).type === 'hidden' ? undefined : unitOf(control);
    const units = scanningPage() ? unitsInside(el.ownerDocument).get(el) : unitsUnder(el);
    return (units ?? []).some((other) => other !== unit);
  }
  return Array.from(el.querySelectorAll(CONTROL_SELECTOR)).some((other) => !sameUnit(other, control));
}

/** `<label for>` (in the control's tree, then the document), wrapping `<label>`, `aria-labelledby`. */
export function explicitLabel(control: Element): FoundLabel | undefined {
  const labels = labelsFor(control).filter((l) => normalizeText(textOf(l)));
  if (labels.length) return found(textOf(nearest(control, labels)), 'label-for');
  const wrap = control.closest('label');
  const wrapped = wrap && found(textOf(wrap), 'label-wrap');
  if (wrapped) return wrapped;
  return fromIds(control, 'aria-labelledby', 'aria-labelledby');
}

/** Depth of the closest common ancestor: the deeper, the closer the label sits to the control. */
function closeness(a: Element, b: Element): number {
  let depth = 0;
  for (let el: Element | null = b; el; el = el.parentElement) {
    if (el.contains(a)) {
      for (let up = el.parentElement; up; up = up.parentElement) depth++;
      return depth;
    }
  }
  return -1;
}

/** Form builders label a group ("Phone number") and each part ("Country code"): the part's own label is the label. */
function nearest(control: Element, labels: Element[]): Element {
  return labels.reduce((best, l) => (closeness(control, l) > closeness(control, best) ? l : best));
}

/** The other labels of a control named by several (the group label of a split field). */
export function groupLabelText(control: Element): string {
  const labels = labelsFor(control);
  if (labels.length < 2) return '';
  const own = nearest(control, labels);
  return labels
    .filter((l) => l !== own)
    .map((l) => textOf(l))
    .join(' ');
}

function fromIds(control: Element, attribute: string, source: string): FoundLabel | undefined {
  const ids = control.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  return found(ids.map((id) => textOf(byId(control, id))).join(' '), source);
}

/** aria-describedby text, or a hint element right after the control. */
export function hintText(control: Element): string {
  const described = fromIds(control, 'aria-describedby', 'hint')?.text ?? '';
  const next = control.nextElementSibling;
  const adjacent =
    next && !isFormControl(next) && /hint|help|desc|note|tip|instruction|info/i.test(next.className)
      ? textOf(next)
      : '';
  return `${described} ${adjacent}`.trim();
}

function sourceOf(el: Element): string {
  switch (el.tagName) {
    case 'LEGEND':
      return 'legend';
    case 'DT':
      return 'dt';
    case 'LABEL':
      return 'label-near';
    default:
      return 'text-before';
  }
}

const STOP = Symbol('stop');

// A fixed "+86" / "(+33)" printed before a box (input-group adornment) says how the number starts,
// not what the box is: the label is further on, and the box takes the rest of the number.
const DIAL_CODE = /^\(?\+ ?\d{1,4}\)?$/;

/** The dial code printed right before the control, if any ("+86"). */
export function dialPrefix(control: Element): string {
  for (let sib = control.previousSibling; sib; sib = sib.previousSibling) {
    const text = (sib.textContent ?? '').trim();
    if (!text) continue;
    return sib.nodeType !== 8 && DIAL_CODE.test(text) ? text.replace(/[^\d+]/g, '') : '';
  }
  return '';
}

/** Text of the nearest previous sibling of `node`, or STOP when another field comes first. */
function previousText(node: Node, control: Element): FoundLabel | typeof STOP | undefined {
  for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
    if (DIAL_CODE.test((sib.textContent ?? '').trim())) continue;
    if (sib.nodeType === 3) {
      const label = found(sib.nodeValue ?? '', 'text-before');
      if (label) return label;
      continue;
    }
    if (sib.nodeType !== 1) continue;
    const el = sib as Element;
    if (/^(BR|HR|SCRIPT|STYLE|BUTTON|IMG|svg)$/.test(el.tagName)) continue;
    if (holdsOtherControls(el, control)) return STOP;
    if (el.tagName === 'LABEL') {
      const target = el.getAttribute('for');
      if (target && target !== control.id && byId(el, target)) return STOP;
    }
    const label = found(textOf(el), sourceOf(el));
    if (label) return label;
  }
  return undefined;
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

function columnOf(cell: Element): number {
  let column = 0;
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    column += Number(prev.getAttribute('colspan')) || 1;
  }
  return column;
}

function cellAtColumn(row: Element, column: number): Element | undefined {
  let at = 0;
  for (const cell of cellsOf(row)) {
    const span = Number(cell.getAttribute('colspan')) || 1;
    if (column >= at && column < at + span) return cell;
    at += span;
  }
  return undefined;
}

const ROWS = {};
/** A table's own rows (not those of tables inside it), and where each stands. */
const rowsOf = (table: Element) =>
  once(ROWS, table, () => {
    const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
    return { rows, at: new Map<Element, number>(rows.map((r, i) => [r, i])) };
  });

/** The cell to the left, else the header cell above in the same column (column layouts). */
function tableLabel(cell: Element, control: Element): FoundLabel | undefined {
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (holdsOtherControls(prev, control)) break;
    const label = found(textOf(prev), 'table-cell');
    if (label) return label;
  }
  const row = cell.parentElement;
  const table = row?.closest('table');
  if (!row || !table) return undefined;
  const { rows, at } = rowsOf(table);
  const column = columnOf(cell);
  for (let i = (at.get(row) ?? -1) - 1; i >= 0; i--) {
    const above = cellAtColumn(rows[i]!, column);
    if (!above) continue;
    if (holdsOtherControls(above, control)) return undefined;
    const label = found(textOf(above), 'table-header');
    if (label) return label;
  }
  return undefined;
}

function termFor(dd: Element): FoundLabel | undefined {
  for (let prev = dd.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (prev.tagName === 'DT') return found(textOf(prev), 'dt');
    if (prev.querySelector(CONTROL_SELECTOR)) return undefined;
  }
  return undefined;
}

/**
 * The text a person reads just before the control when no label element names it: preceding text node
 * or element, table cell to the left or header above, `dt` for a `dd`, fieldset legend, list item text.
 * Climbs wrappers that hold nothing but this control, never past `scope` (the form).
 */
export function textBefore(control: Element, scope?: Element | null): FoundLabel | undefined {
  let node: Element = control;
  for (let depth = 0; depth < 8; depth++) {
    const label = previousText(node, control);
    if (label === STOP) return undefined;
    if (label) return label;
    if (node === scope) return undefined;
    const parent = composedParent(node);
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'FORM') return undefined;
    if (parent.tagName === 'TD' || parent.tagName === 'TH') return tableLabel(parent, control);
    if (parent.tagName === 'DD') return termFor(parent);
    if (holdsOtherControls(parent, control)) return undefined;
    node = parent;
  }
  return undefined;
}

/** Label of a whole radio group: role=radiogroup name, fieldset legend, or text before its first radio. */
export function groupLabel(radio: HTMLInputElement, scope?: Element | null): FoundLabel | undefined {
  const group = radio.closest('[role="radiogroup"]');
  const named =
    group &&
    (found(group.getAttribute('aria-label') ?? '', 'radiogroup') ??
      fromIds(group, 'aria-labelledby', 'radiogroup'));
  if (named) return named;
  const root = radio.form ?? scope ?? radio.getRootNode();
  const first = (radio.name && radiosByName(root as ParentNode).get(radio.name)?.[0]) || radio;
  const fieldset = first.closest('fieldset');
  const legend = fieldset?.querySelector('legend');
  if (fieldset && legend && !holdsOtherControls(fieldset, first)) {
    const label = found(textOf(legend), 'legend');
    if (label) return label;
  }
  return textBefore(first, scope);
}

/** A floating label right after the control, tied to it by nothing but position (Material, Bootstrap). */
function labelAfter(control: Element): FoundLabel | undefined {
  const next = control.nextElementSibling;
  const target = next?.getAttribute('for');
  if (next?.tagName !== 'LABEL' || (target && byId(next, target))) return undefined;
  return found(textOf(next), 'label-after');
}

/** The best label: explicit first, then what a person reads before (or, for floating labels, just after) the control. */
export function labelOf(control: Element, scope?: Element | null): FoundLabel {
  if (isRadio(control)) return groupLabel(control as HTMLInputElement, scope) ?? { text: '', source: '' };
  return (
    explicitLabel(control) ?? textBefore(control, scope) ?? labelAfter(control) ?? { text: '', source: '' }
  );
}
