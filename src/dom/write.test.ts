import { describe, expect, test } from 'vitest';
import { $, html } from '../../tests/support/dom';
import { chooseCheckable, chooseOption, writeValue } from './write';

function record(el: Element, types = ['focus', 'focusin', 'input', 'change', 'blur', 'focusout']) {
  const seen: string[] = [];
  for (const type of types)
    el.addEventListener(type, (e) => seen.push(`${type}${e.bubbles ? '' : '(no-bubble)'}`));
  return seen;
}

describe('writeValue', () => {
  test('sets the value and fires focus, input, change and blur like typing', () => {
    html('<form><input id="t"></form>');
    const seen = record($('#t'));
    const bubbled: string[] = [];
    for (const type of ['input', 'change']) document.addEventListener(type, () => bubbled.push(type));
    expect(writeValue($('#t'), 'jean@example.nc')).toEqual({ ok: true, shown: 'jean@example.nc' });
    expect($('#t').value).toBe('jean@example.nc');
    expect(seen).toEqual(['focus(no-bubble)', 'focusin', 'input', 'change', 'blur(no-bubble)', 'focusout']);
    expect(bubbled).toEqual(['input', 'change']);
  });

  test("uses the prototype's native setter, so a React-style value tracker sees a change", () => {
    html('<input id="t">');
    const input = $('#t');
    // React's tracker: an own `value` property that records every write made through it.
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    let tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return native.get!.call(this);
      },
      set(value: string) {
        tracked = value;
        native.set!.call(this, value);
      },
    });
    let reactSawChange = false;
    input.addEventListener('input', () => {
      reactSawChange = tracked !== input.value;
    });
    writeValue(input, '+687751234');
    expect(input.value).toBe('+687751234');
    expect(tracked).toBe('');
    expect(reactSawChange).toBe(true);
  });

  test('textarea keeps line breaks', () => {
    html('<textarea id="t"></textarea>');
    writeValue($('#t'), 'Bonjour,\n\nMerci.');
    expect($<HTMLTextAreaElement>('#t').value).toBe('Bonjour,\n\nMerci.');
  });

  test('a page that throws the value away is reported as reverted', () => {
    html('<input id="t">');
    $('#t').addEventListener('input', (e) => {
      (e.target as HTMLInputElement).value = '';
    });
    expect(writeValue($('#t'), 'NC-42')).toEqual({ ok: false, shown: '', reason: 'reverted-by-page' });
  });

  test('an input mask re-spacing the value is not a revert', () => {
    html('<input id="t">');
    $('#t').addEventListener('input', (e) => {
      const input = e.target as HTMLInputElement;
      input.value = input.value.replace(/^\+687(\d\d)(\d\d)(\d\d)$/, '+687 $1.$2.$3');
    });
    expect(writeValue($('#t'), '+687751234')).toEqual({ ok: true, shown: '+687 75.12.34' });
  });

  test('a rich-text editor without editing commands gets paragraphs and an input event', () => {
    html('<div id="e" contenteditable="true"><p><br></p></div>');
    const events: InputEvent[] = [];
    $('#e').addEventListener('input', (e) => events.push(e as InputEvent));
    expect(writeValue($('#e'), 'Hello,\n\nThanks.').ok).toBe(true);
    expect($('#e').innerHTML).toBe('<p>Hello,</p><p><br></p><p>Thanks.</p>');
    expect(events).toHaveLength(1);
    expect(events[0]!.bubbles).toBe(true);
  });
});

describe('chooseOption', () => {
  test('chooses the best option and fires input and change', () => {
    html(`<select id="s"><option value="">--None--</option><option value="a">Apple iPhone 15 Pro Max</option>
      <option value="b">Apple iPhone 15 Pro</option><option value="c">Apple iPhone 15</option></select>`);
    const select = $<HTMLSelectElement>('#s');
    const seen = record(select, ['input', 'change']);
    expect(chooseOption(select, { match: 'text', values: ['iPhone 15 Pro'] })).toEqual({
      ok: true,
      shown: 'Apple iPhone 15 Pro',
    });
    expect(select.value).toBe('b');
    expect(seen).toEqual(['input', 'change']);
  });

  test('no matching option: nothing changes, no event', () => {
    html('<select id="s"><option>--None--</option><option>Apple iPhone 15 Pro Max</option></select>');
    const select = $<HTMLSelectElement>('#s');
    const seen = record(select, ['input', 'change']);
    expect(chooseOption(select, { match: 'text', values: ['iPhone 15 Pro'] })).toEqual({
      ok: false,
      shown: '',
      reason: 'no-matching-option',
    });
    expect(select.selectedIndex).toBe(0);
    expect(seen).toEqual([]);
  });

  test('never a disabled option', () => {
    html('<select id="s"><option>Choisir</option><option disabled>Téléphone perdu ou volé</option></select>');
    expect(chooseOption($('#s'), { match: 'reason', values: ['lost'] }).ok).toBe(false);
  });

  test('a better option nobody can choose gives way to the next best one', () => {
    html(`<select id="s"><option value="">Choisir</option>
      <option value="a" disabled>iPhone 15 Pro</option><option value="b" hidden>Apple iPhone 15 Pro</option>
      <option value="c">iPhone 15 Pro (reconditionné)</option><option value="d">iPhone 15</option></select>`);
    const select = $<HTMLSelectElement>('#s');
    expect(chooseOption(select, { match: 'text', values: ['iPhone 15 Pro'] }).ok).toBe(true);
    expect(select.value).toBe('c');
  });

  test('the label-as-first-option idiom is never chosen, even when it names the reason', () => {
    html(`<select id="s"><option value="" selected>Téléphone perdu ou volé ?</option>
      <option value="1">Oui, perdu</option><option value="2">Non</option></select>`);
    const select = $<HTMLSelectElement>('#s');
    expect(chooseOption(select, { match: 'reason', values: ['lost'] }).ok).toBe(true);
    expect(select.value).toBe('1');
  });
});

describe('chooseCheckable', () => {
  test('clicks the radio whose label names the reason', () => {
    html(`<form><fieldset><legend>Motif</legend>
      <label><input type="radio" name="motif" value="1"> Appareil endommagé/cassé</label>
      <label><input type="radio" name="motif" value="2"> Téléphone perdu ou volé</label>
      <label><input type="radio" name="motif" value="3"> Changement de téléphone</label></fieldset></form>`);
    const first = $('input[value="1"]');
    const target = $('input[value="2"]');
    const seen = record(target, ['click', 'input', 'change']);
    expect(chooseCheckable(first, { match: 'reason', values: ['lost'] })).toEqual({
      ok: true,
      shown: 'Téléphone perdu ou volé',
    });
    expect(target.checked).toBe(true);
    expect(first.checked).toBe(false);
    expect(seen).toEqual(['click', 'input', 'change']);
  });

  test("the group's <label for> are searched once, not once per radio", () => {
    const radios = ['Lost or stolen', 'Damaged', 'New phone', 'Deleted', 'Other'].map(
      (text, index) => `<input type="radio" name="r" id="r${index}"><label for="r${index}">${text}</label>`,
    );
    html(`<form>${radios.join('')}</form>`);
    const selectors: string[] = [];
    const query = document.querySelectorAll.bind(document);
    document.querySelectorAll = ((selector: string) => {
      selectors.push(selector);
      return query(selector);
    }) as typeof document.querySelectorAll;
    try {
      expect(chooseCheckable($('#r0'), { match: 'reason', values: ['damaged'] })).toEqual({
        ok: true,
        shown: 'Damaged',
      });
    } finally {
      document.querySelectorAll = query as typeof document.querySelectorAll;
    }
    expect($('#r1').checked).toBe(true);
    expect(selectors.filter((selector) => selector === 'label[for]')).toHaveLength(1);
  });

  test('radios labelled by the text after them (old table layouts)', () => {
    html(
      '<form><td><input type="radio" name="r" value="a">手机丢失/被盗<br><input type="radio" name="r" value="b">损坏</td></form>',
    );
    expect(chooseCheckable($('input[value="a"]'), { match: 'reason', values: ['damaged'] }).shown).toBe(
      '损坏',
    );
    expect($('input[value="b"]').checked).toBe(true);
  });

  test('a page that swallows clicks still gets the state set, with change events', () => {
    html('<form><label><input type="radio" name="r" value="x"> Lost/Stolen</label></form>');
    const radio = $('input');
    radio.addEventListener('click', (e) => e.preventDefault());
    const seen = record(radio, ['change']);
    expect(chooseCheckable(radio, { match: 'reason', values: ['lost'] }).ok).toBe(true);
    expect(radio.checked).toBe(true);
    expect(seen).toEqual(['change']);
  });

  test('no matching radio: nothing checked', () => {
    html(
      '<form><label><input type="radio" name="r"> Billing</label><label><input type="radio" name="r"> Roaming</label></form>',
    );
    expect(chooseCheckable($('input'), { match: 'reason', values: ['lost'] }).reason).toBe(
      'no-matching-option',
    );
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });
});
