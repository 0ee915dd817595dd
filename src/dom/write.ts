import { fire, fireFocus, nativeSet } from './events';
import { matchOption, optionChoices, selectable, type Wanted } from './options';
import { scanOnce } from './scan-scope';
import { labelsOf, radioGroup } from './tree';

// Writing into a control the way a person's typing, choosing or clicking would, so the page's
// framework sees it; then reading back what the page kept.

/** What a write left in the page, re-read from the control. */
export interface WriteResult {
  ok: boolean;
  /** What the control now shows (the chosen option's label for selects and radios). */
  shown: string;
  reason?: 'reverted-by-page' | 'no-matching-option';
}

export type ControlKind = 'text' | 'select' | 'radio' | 'checkbox' | 'editable';

export function kindOf(el: Element): ControlKind {
  if (el.tagName === 'SELECT') return 'select';
  if (el.tagName === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    if (type === 'radio' || type === 'checkbox') return type;
  }
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? 'text' : 'editable';
}

// --- text ---------------------------------------------------------------------------------------

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}@+]/gu, '');

/** Same text, allowing an input mask to re-space it or to drop a country prefix it shows elsewhere. */
export function kept(wanted: string, actual: string): boolean {
  const a = comparable(actual);
  const w = comparable(wanted);
  if (a === w) return true;
  const digits = a.replace(/\D/g, '');
  return digits.length >= 6 && digits === a && w.replace(/\D/g, '').endsWith(digits);
}

const result = (wanted: string, actual: string): WriteResult =>
  kept(wanted, actual)
    ? { ok: true, shown: actual }
    : { ok: false, shown: actual, reason: 'reverted-by-page' };

/** Sets the text of an input, textarea or rich-text editor so the page's framework sees it. */
export function writeValue(el: HTMLElement, value: string): WriteResult {
  if (kindOf(el) === 'editable') return writeEditable(el, value);
  const input = el as HTMLInputElement;
  fireFocus(el, true);
  nativeSet(el, 'value', value);
  fire(el, 'input', value);
  fire(el, 'change');
  fireFocus(el, false);
  return result(value, input.value);
}

/** Rich-text editors (contenteditable): typed as an edit so the editor's model follows. */
function writeEditable(el: HTMLElement, value: string): WriteResult {
  const doc = el.ownerDocument;
  const before = doc.activeElement as HTMLElement | null;
  const lines = value.split('\n');
  let typed = false;
  const selection = doc.getSelection();
  if (typeof doc.execCommand === 'function' && selection) {
    el.focus();
    const range = doc.createRange();
    range.selectNodeContents(el);
    selection.removeAllRanges();
    selection.addRange(range);
    typed = lines.every(
      (line, i) =>
        (i === 0 || doc.execCommand('insertParagraph')) &&
        (line === '' || doc.execCommand('insertText', false, line)),
    );
  }
  if (!typed || !kept(value, el.textContent ?? '')) {
    // No editing commands here: set the text and tell the editor, as a paste would.
    if (el.contentEditable === 'plaintext-only') el.textContent = value;
    else el.replaceChildren(...lines.map((line) => paragraph(doc, el, line)));
    fire(el, 'input', value);
  }
  el.blur();
  if (before && before !== doc.body && before !== el) before.focus?.();
  return result(value, el.textContent ?? '');
}

function paragraph(doc: Document, editor: HTMLElement, line: string): HTMLElement {
  const tag = editor.firstElementChild?.tagName === 'DIV' ? 'div' : 'p';
  const block = doc.createElement(tag);
  if (line) block.textContent = line;
  else block.append(doc.createElement('br'));
  return block;
}

// --- choices ------------------------------------------------------------------------------------

/** Picks the best matching option of a select: "iPhone 15 Pro" → "Apple iPhone 15 Pro". */
export function chooseOption(select: HTMLSelectElement, wanted: Wanted): WriteResult {
  const index = matchOption(optionChoices(select), wanted, selectable(select));
  if (index < 0) return { ok: false, shown: '', reason: 'no-matching-option' };
  fireFocus(select, true);
  nativeSet(select, 'selectedIndex', index);
  fire(select, 'input');
  fire(select, 'change');
  fireFocus(select, false);
  const chosen = select.options[select.selectedIndex];
  return select.selectedIndex === index
    ? { ok: true, shown: chosen?.text.trim() ?? '' }
    : { ok: false, shown: chosen?.text.trim() ?? '', reason: 'reverted-by-page' };
}

/** The text a person reads beside a radio or checkbox. */
function choiceLabel(input: HTMLInputElement): string {
  const labelled = labelsOf(input)
    .map((label) => label.textContent ?? '')
    .join(' ')
    .trim();
  if (labelled) return labelled;
  const aria = input.getAttribute('aria-label');
  if (aria) return aria;
  let text = '';
  for (let node = input.nextSibling; node && text.length < 80; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).matches('input, select, textarea, br')) break;
    text += node.textContent ?? '';
  }
  return text.trim() || input.value;
}

/**
 * Radio group: checks the option matching `wanted`. Checkbox: checks it when its own label matches.
 * A click is what every framework listens to (React's onChange for radios is a click listener).
 */
export function chooseCheckable(input: HTMLInputElement, wanted: Wanted): WriteResult {
  const group = input.type === 'radio' ? radioGroup(input) : [input];
  // The group's labels are read in one scan before the click: the page's <label for> are indexed once
  // for the group, not searched again for each radio.
  const choices = scanOnce(() => group.map((box) => ({ label: choiceLabel(box), value: box.value })), {
    few: true,
  });
  const index = matchOption(choices, wanted);
  const target = group[index];
  if (!target) return { ok: false, shown: '', reason: 'no-matching-option' };
  if (!target.checked) target.click();
  if (!target.checked) {
    // The page swallowed the click: set the state the way the click would have.
    nativeSet(target, 'checked', true);
    fire(target, 'input');
    fire(target, 'change');
  }
  return target.checked
    ? { ok: true, shown: choices[index]!.label }
    : { ok: false, shown: '', reason: 'reverted-by-page' };
}
