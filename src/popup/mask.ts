// How a secret is shown masked is decided once, in src/report/mask.ts (the page panel uses it too).
export { maskValue } from '../report/mask';

export interface MaskedEdit {
  /** `InputEvent.inputType` of the edit the person made on the masked text. */
  inputType: string;
  /** Text the edit inserts (typed, pasted or dropped); null for deletions. */
  data: string | null;
  /** The whole masked text was selected, so the edit replaces the value instead of extending it. */
  replacesAll: boolean;
}

/**
 * The real value after an edit made on its masked stand-in. The caret position inside "••••5678"
 * means nothing for the hidden value, so an edit either replaces everything (all selected, as a
 * select-all + paste does) or acts at the end of the value.
 */
export function applyMaskedEdit(real: string, edit: MaskedEdit): string {
  const inserting = edit.inputType.startsWith('insert');
  const deleting = edit.inputType.startsWith('delete');
  if (edit.replacesAll) return inserting ? (edit.data ?? '') : deleting ? '' : real;
  if (inserting) return real + (edit.data ?? '');
  if (edit.inputType === 'deleteContentBackward') return real.slice(0, -1);
  if (deleting && edit.inputType.includes('Backward')) return real.replace(/\S*\s*$/, '');
  return real;
}
