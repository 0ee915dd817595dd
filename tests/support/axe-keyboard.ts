// What a keyboard user meets, read from inside the page: the tab stops document order gives, where the
// focus is and whether its ring shows whole (tests/e2e/accessibility.e2e.ts).
import type { Page } from 'playwright-core';

/** One place the Tab key stops at, and how it shows focus there. */
export interface Stop {
  /** Its index among the tab stops the document order gives (-1: not one of them). */
  stop: number;
  what: string;
  /** A focus ring that shows: an outline of at least 2 px, or a box shadow. */
  ring: boolean;
  focusVisible: boolean;
  /** The scrolling boxes that hide part of the ring, and which sides ('' when it is all in view). */
  cut: string;
}

/** Focus a person cannot see whole: no ring, no :focus-visible, or a ring partly scrolled away. */
export const hiddenFocus = (stop: Stop | null) => !stop?.ring || !stop.focusVisible || stop.cut !== '';
export const describeStop = (stop: Stop | null) =>
  stop ? `${stop.what}${stop.ring ? '' : ' (no ring)'}${stop.cut ? ` cut by ${stop.cut}` : ''}` : 'nothing';

/**
 * Marks the elements Tab should stop at, in document order (the tab order when no tabindex is
 * positive): enabled, rendered, not inert; one stop per radio group. Returns how many, and how many
 * elements have a positive tabindex (which would reorder them).
 */
const MARK_TAB_STOPS = `(() => {
  const radios = new Set();
  const stops = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
    .filter((el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.type !== 'hidden' && !el.closest('[inert]')
      && el.checkVisibility({ visibilityProperty: true }))
    .filter((el) => {
      if (el.type !== 'radio' || !el.name) return true;
      const group = [...document.querySelectorAll('input[type="radio"]')].filter((r) => r.name === el.name);
      const stop = group.find((r) => r.checked) ?? group[0];
      if (radios.has(el.name) || stop !== el) return false;
      radios.add(el.name);
      return true;
    });
  for (const el of document.querySelectorAll('[data-a11y-stop]')) delete el.dataset.a11yStop;
  stops.forEach((el, index) => { el.dataset.a11yStop = String(index); });
  return { count: stops.length, positive: [...document.querySelectorAll('[tabindex]')].filter((el) => el.tabIndex > 0).length };
})()`;

/** Where the focus is now, and whether it shows. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const name = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40);
  // The ring's box (an outline grows by its offset and width), and the scrolling or clipping boxes
  // around it that cut part of it off.
  const grow = outline ? parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) : 0;
  const box = el.getBoundingClientRect();
  const cut = [];
  for (let around = el.parentElement; around; around = around.parentElement) {
    const clip = getComputedStyle(around);
    if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
    const edge = around.getBoundingClientRect();
    const left = edge.left + around.clientLeft, top = edge.top + around.clientTop;
    const right = left + around.clientWidth, bottom = top + around.clientHeight;
    const sides = [box.left - grow < left - 0.5 && 'left', box.top - grow < top - 0.5 && 'top',
      box.right + grow > right + 0.5 && 'right', box.bottom + grow > bottom + 0.5 && 'bottom'].filter(Boolean);
    if (sides.length) cut.push(around.localName + '.' + around.className + ':' + sides.join('/'));
  }
  return {
    cut: cut.join(' '),
    stop: Number(el.dataset.a11yStop ?? -1),
    what: el.localName + (el.id ? '#' + el.id : '') + ' "' + name + '"',
    ring: outline || style.boxShadow !== 'none',
    focusVisible: el.matches(':focus-visible'),
  };
})()`;

export interface Keyboard {
  evaluate<T>(expression: string): Promise<T>;
  press(key: string): Promise<void>;
}
export const onPage = (page: Page): Keyboard => ({
  evaluate: (expression) => page.evaluate(expression),
  press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
});

/** Presses Tab from the top of the popup through every stop; returns where each press landed. */
export async function tabThrough(
  keys: Keyboard,
): Promise<{ count: number; positive: number; stops: Stop[] }> {
  const { count, positive } = await keys.evaluate<{ count: number; positive: number }>(MARK_TAB_STOPS);
  const stops: Stop[] = [];
  for (let press = 0; press < count; press++) {
    await keys.press('Tab');
    stops.push(await keys.evaluate<Stop>(FOCUSED));
  }
  return { count, positive, stops };
}

/** Tab until `expression` (given the focused element as `el`) holds; fails after `limit` presses. */
export async function tabTo(keys: Keyboard, expression: string, limit = 80): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await keys.press('Tab');
    if (await keys.evaluate<boolean>(`((el) => !!el && (${expression}))(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${expression}`);
}

/** The popup's header: a click there puts the keyboard's starting point before the navigation. */
export const HEADER = '.brand h1';

/** The prompt as the page's accessibility tree gives it (its closed root opened for the test). */
export const PROMPT_PARTS = `(() => {
  const host = document.querySelector('resim-prompt');
  const root = host.shadowRoot;
  const [action, dismiss] = root.querySelectorAll('button');
  return {
    role: host.getAttribute('role'),
    label: host.getAttribute('aria-label') ?? '',
    lang: host.getAttribute('lang'),
    action: action.textContent.trim(),
    dismiss: dismiss.getAttribute('aria-label') ?? '',
  };
})()`;

/** The focused button inside the prompt, and whether its focus shows. */
export const PROMPT_FOCUSED = `(() => {
  const host = document.querySelector('resim-prompt');
  if (document.activeElement !== host) return null;
  const el = host.shadowRoot.activeElement;
  const style = getComputedStyle(el);
  return {
    action: el.classList.contains('action'),
    ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    focusVisible: el.matches(':focus-visible'),
  };
})()`;
