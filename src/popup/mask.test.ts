import { describe, expect, test } from 'vitest';
import { applyMaskedEdit } from './mask';

describe('applyMaskedEdit', () => {
  const real = '490154203237518';

  test('typing over a fully selected mask replaces the hidden value', () => {
    expect(applyMaskedEdit(real, { inputType: 'insertText', data: '3', replacesAll: true })).toBe('3');
    expect(
      applyMaskedEdit(real, { inputType: 'insertFromPaste', data: '354178036859789', replacesAll: true }),
    ).toBe('354178036859789');
    expect(applyMaskedEdit(real, { inputType: 'deleteContentBackward', data: null, replacesAll: true })).toBe(
      '',
    );
  });

  test('typing with the caret in the mask extends or shortens the value at its end', () => {
    expect(applyMaskedEdit(real, { inputType: 'insertText', data: '9', replacesAll: false })).toBe(
      `${real}9`,
    );
    expect(
      applyMaskedEdit(real, { inputType: 'deleteContentBackward', data: null, replacesAll: false }),
    ).toBe(real.slice(0, -1));
    expect(
      applyMaskedEdit('ab cd', { inputType: 'deleteWordBackward', data: null, replacesAll: false }),
    ).toBe('ab ');
  });

  test('edits that change nothing at the end leave the value alone', () => {
    expect(applyMaskedEdit(real, { inputType: 'deleteContentForward', data: null, replacesAll: false })).toBe(
      real,
    );
    expect(applyMaskedEdit(real, { inputType: 'historyUndo', data: null, replacesAll: true })).toBe(real);
  });
});
