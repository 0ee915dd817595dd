// Regressions found by the hold-out corpus (tests/fixtures/sites/holdout).
import { describe, expect, test } from 'vitest';
import { html } from '../../tests/support/dom';
import { DATA, detection } from '../../tests/support/fill';
import { radioGroup } from '../dom/tree';
import { planFill } from './plan';

const phoneOf = (plan: ReturnType<typeof planFill>) => plan.writes.find((w) => w.field === 'phone')?.value;

describe('planFill after a fixed dial code printed before the box', () => {
  test('"+687" before the box: the box takes the rest of the number', () => {
    const root = html('<form><span class="prefix">+687</span> <input id="p" type="text"></form>');
    expect(phoneOf(planFill(detection(root, { '#p': 'phone' }), DATA))).toBe('751234');
  });

  test("another country's code before the box: the full international number, never half of it", () => {
    const root = html('<form><span class="prefix">+33</span><input id="p" type="text"></form>');
    expect(phoneOf(planFill(detection(root, { '#p': 'phone' }), DATA))).toBe('+687751234');
  });
});

describe('radioGroup', () => {
  test('nameless radios of one fieldset form a group; a fieldset of named radios does not adopt them', () => {
    html(
      '<form><fieldset><input type="radio" id="a"><input type="radio" id="b"></fieldset>' +
        '<fieldset><input type="radio" id="c"></fieldset></form>',
    );
    expect(radioGroup(document.getElementById('a') as HTMLInputElement).map((r) => r.id)).toEqual(['a', 'b']);
    expect(radioGroup(document.getElementById('c') as HTMLInputElement).map((r) => r.id)).toEqual(['c']);
  });
});
