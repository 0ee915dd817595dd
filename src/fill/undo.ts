import type { FillableElement } from '../detect/types';
import { fire, fireFocus, nativeSet } from '../dom/events';
import { radioGroup } from '../dom/tree';
import { type ControlKind, kept, kindOf } from '../dom/write';

/** What a control held before we wrote, to put it back. */
export interface Snapshot {
  el: FillableElement;
  kind: ControlKind;
  /** Value, or the editor's HTML. */
  value: string;
  /** What the person reads: the value, or the editor's text. */
  text: string;
  index: number;
  checked: Array<[HTMLInputElement, boolean]>;
}

export function snapshot(el: FillableElement): Snapshot {
  const kind = kindOf(el);
  const group =
    kind === 'radio'
      ? radioGroup(el as HTMLInputElement)
      : kind === 'checkbox'
        ? [el as HTMLInputElement]
        : [];
  return {
    el,
    kind,
    value: kind === 'editable' ? el.innerHTML : ((el as HTMLInputElement).value ?? ''),
    text: kind === 'editable' ? (el.textContent ?? '') : ((el as HTMLInputElement).value ?? ''),
    index: kind === 'select' ? (el as HTMLSelectElement).selectedIndex : -1,
    checked: group.map((box) => [box, box.checked]),
  };
}

/** Puts a control back as it was, with the same events, so the page's state follows. */
export function restore(saved: Snapshot): void {
  const { el } = saved;
  if (saved.kind === 'select') {
    nativeSet(el, 'selectedIndex', saved.index);
    fire(el, 'input');
    fire(el, 'change');
  } else if (saved.kind === 'radio' || saved.kind === 'checkbox') {
    for (const [box, checked] of saved.checked) {
      if (box.checked === checked) continue;
      // Unchecking a radio cannot be clicked; everything else is restored as a person would.
      if (saved.kind === 'checkbox' || checked) box.click();
      if (box.checked !== checked) {
        nativeSet(box, 'checked', checked);
        fire(box, 'input');
        fire(box, 'change');
      }
    }
  } else if (saved.kind === 'editable') {
    el.innerHTML = saved.value;
    fire(el, 'input');
  } else {
    fireFocus(el, true);
    nativeSet(el, 'value', saved.value);
    fire(el, 'input', saved.value);
    fire(el, 'change');
    fireFocus(el, false);
  }
}

/** Does the control still hold what it held (a mask re-spacing the text does not count as a change)? */
export function sameState(a: Snapshot, b: Snapshot): boolean {
  if (a.kind === 'select') return a.index === b.index;
  if (a.kind === 'radio' || a.kind === 'checkbox')
    return a.checked.every(([, checked], i) => b.checked[i]?.[1] === checked);
  return a.text === b.text || (a.text !== '' && b.text !== '' && kept(a.text, b.text));
}
