import { describe, expect, test } from 'vitest';
import { html } from '../../tests/support/dom';
import { deepControls, deepQuery, shadowRootsIn } from './tree';

/** The elements the DOM standard lets hold a shadow root, besides custom elements. */
const SPEC_HOSTS = [
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];

/** A host of `tag` whose shadow root holds one input named after the tag, inside a table cell of a form. */
function hostWithInput(tag: string): Element {
  const host = document.createElement(tag);
  const input = document.createElement('input');
  input.name = `in-${tag}`;
  host.attachShadow({ mode: 'open' }).append(input);
  return host;
}

describe('shadow roots', () => {
  test('every kind of element that may hold a shadow root is searched, wherever it sits', () => {
    html('<form><table><tr><td id="cell"></td></tr></table><select><option>A</option></select></form>');
    const hosts = [...SPEC_HOSTS.filter((tag) => tag !== 'body'), 'x-phone-field'];
    const cell = document.getElementById('cell')!;
    for (const tag of hosts) cell.append(hostWithInput(tag));
    const names = deepControls(document).map((el) => el.getAttribute('name'));
    for (const tag of hosts) expect(names).toContain(`in-${tag}`);
    expect(shadowRootsIn(document)).toHaveLength(hosts.length);
  });

  test('controls inside a shadow root keep their place among the light controls', () => {
    html('<form><input name="before"><div id="host"></div><input name="after"></form>');
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<input name="inside">';
    expect(deepControls(document).map((el) => el.getAttribute('name'))).toEqual([
      'before',
      'inside',
      'after',
    ]);
  });

  test('nested shadow roots are searched, and only open ones', () => {
    html('<div id="outer"></div><div id="closed"></div>');
    const inner = hostWithInput('x-inner');
    document.getElementById('outer')!.attachShadow({ mode: 'open' }).append(inner);
    document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<input name="secret">';
    expect(deepQuery(document, 'input').map((el) => el.getAttribute('name'))).toEqual(['in-x-inner']);
    expect(shadowRootsIn(document)).toHaveLength(1);
  });
});
