import { isFormControl, textOf } from '../../dom/tree';

// Labels written as plain text in front of the input, with no <label>: "Order reference:<input>",
// generated Web-to-Case forms and old table layouts ("<td>Numéro IMEI</td><td><input></td>").

const BREAK = /^(?:BR|HR|P|DIV|TR|TABLE|UL|OL|LI|FIELDSET|FORM|H\d)$/;
const MAX = 120;

const holdsControl = (el: Element) =>
  isFormControl(el) || el.querySelector('input, select, textarea') !== null;

/**
 * Text between the previous line break (or control) and the control: "Order reference:<input>".
 * When the control starts its line ("Order reference<br><input>"), the line above it.
 */
function sameLine(control: Element): string {
  let parts: string[] = [];
  let lines = 0;
  for (let node = control.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === 3) {
      parts.unshift(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'BR' && !parts.join('').trim() && lines++ === 0) {
      parts = [];
      continue;
    }
    if (BREAK.test(el.tagName) || holdsControl(el) || el.tagName === 'LABEL') break;
    if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) continue;
    parts.unshift(textOf(el));
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The cell to the left when the control opens its own table cell. */
function cellToTheLeft(control: Element): string {
  const cell = control.closest('td, th');
  if (!cell || sameLine(control)) return '';
  const first = cell.querySelector('input, select, textarea');
  if (first !== control) return '';
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (holdsControl(prev)) return '';
    const text = textOf(prev);
    if (text) return text;
  }
  return '';
}

/** The loose text a person reads as this control's label, if there is any. */
export function looseLabel(control: Element): string | undefined {
  const text = sameLine(control) || cellToTheLeft(control);
  const clipped = text.length > MAX ? text.slice(-MAX) : text;
  return clipped || undefined;
}
