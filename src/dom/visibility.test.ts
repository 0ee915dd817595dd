import { describe, expect, test } from 'vitest';
import { $, html } from '../../tests/support/dom';
import { hiddenBy, isVisible } from './visibility';

// happy-dom has no layout: these cover the style and attribute rules (the box rules run in Chromium).
describe('isVisible', () => {
  test('a plain input is visible', () => {
    html('<form><label for="a">Email</label><input id="a"></form>');
    expect(isVisible($('#a'))).toBe(true);
  });

  test.each([
    ['display:none on the element', '<input id="t" style="display:none">', 'display'],
    ['display:none on an ancestor', '<div style="display:none"><p><input id="t"></p></div>', 'display'],
    [
      'display:none from a stylesheet class',
      '<style>.hp{display:none}</style><div class="hp"><input id="t"></div>',
      'display',
    ],
    ['visibility:hidden', '<div style="visibility:hidden"><input id="t"></div>', 'visibility'],
    ['visibility:collapse', '<input id="t" style="visibility:collapse">', 'visibility'],
    ['opacity 0 on an ancestor', '<div style="opacity:0"><input id="t"></div>', 'opacity'],
    ['zero size', '<input id="t" style="width:0;height:0;border:0;padding:0">', 'size'],
    ['1px honeypot', '<input id="t" style="width:1px;height:1px">', 'size'],
    [
      'container of no height hiding its overflow',
      '<div style="height:0;overflow:hidden"><input id="t"></div>',
      'size',
    ],
    ['left:-9999px', '<div style="position:absolute;left:-9999px"><input id="t"></div>', 'off-screen'],
    ['top:-5000px', '<input id="t" style="position:fixed;top:-5000px">', 'off-screen'],
    // happy-dom drops the space-separated rect(0 0 0 0) form (Chromium reads both).
    ['clip rect(0, 0, 0, 0)', '<input id="t" style="position:absolute;clip:rect(0, 0, 0, 0)">', 'clip'],
    [
      'clip rect(1px, 1px, 1px, 1px)',
      '<input id="t" style="position:absolute;clip:rect(1px, 1px, 1px, 1px)">',
      'clip',
    ],
    ['clip-path inset(50%)', '<input id="t" style="clip-path:inset(50%)">', 'clip'],
    ['aria-hidden ancestor', '<div aria-hidden="true"><input id="t"></div>', 'aria-hidden'],
    ['[hidden] ancestor', '<div hidden><input id="t"></div>', 'attribute'],
    ['inert ancestor', '<div inert><input id="t"></div>', 'attribute'],
    ['closed details', '<details><summary>More</summary><input id="t"></details>', 'closed-details'],
    ['type=hidden', '<input id="t" type="hidden" name="x">', 'type-hidden'],
  ])('%s → hidden', (_name, markup, kind) => {
    html(markup);
    expect(hiddenBy($('#t'))).toBe(kind);
    expect(isVisible($('#t'))).toBe(false);
  });

  test('open details and a closed details summary are visible', () => {
    html(
      '<details open><input id="a"></details><details><summary><input id="b"></summary><input id="c"></details>',
    );
    expect(isVisible($('#a'))).toBe(true);
    expect(isVisible($('#b'))).toBe(true);
    expect(isVisible($('#c'))).toBe(false);
  });

  test('a child may turn visibility back on', () => {
    html('<div style="visibility:hidden"><input id="t" style="visibility:visible"></div>');
    expect(isVisible($('#t'))).toBe(true);
  });

  test('inside a hidden shadow host', () => {
    html('<div id="host" style="display:none"></div><div id="open"></div>');
    for (const id of ['host', 'open'])
      $(`#${id}`, document).attachShadow({ mode: 'open' }).innerHTML = '<input id="t">';
    expect(isVisible($('#t', $('#host').shadowRoot!))).toBe(false);
    expect(isVisible($('#t', $('#open').shadowRoot!))).toBe(true);
  });

  test('a hidden input counts only behind a visible widget', () => {
    html(
      '<input type="hidden" id="t" name="request[custom_fields][1]"><a id="w" class="nesty-input">-</a><input type="hidden" id="u">',
    );
    const widget = () => $('#w');
    expect(isVisible($('#t'))).toBe(false);
    expect(isVisible($('#t'), widget)).toBe(true);
    expect(isVisible($('#u'), () => undefined)).toBe(false);
    $('#w').style.display = 'none';
    expect(isVisible($('#t'), widget)).toBe(false);
  });

  test('a custom radio hidden behind its visible label counts as visible; a display:none one does not', () => {
    html(`<input type="radio" id="r" name="g" style="opacity:0;position:absolute"><label for="r">Lost</label>
      <input type="radio" id="s" name="g" style="display:none"><label for="s">Broken</label>
      <input type="radio" id="h" name="g" style="opacity:0"><label for="h" style="display:none">Other</label>`);
    expect(isVisible($('#r'))).toBe(true);
    expect(isVisible($('#s'))).toBe(false);
    expect(isVisible($('#h'))).toBe(false);
  });

  test('a visually hidden text input is not rescued by a label', () => {
    html('<label for="t">Email</label><input id="t" style="opacity:0">');
    expect(isVisible($('#t'))).toBe(false);
  });
});
