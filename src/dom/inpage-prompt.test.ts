// The in-page prompt's structure and lifecycle. happy-dom has no layout, no hit testing and no
// Popover API, so the prompt never shows here: where it goes and when a press counts are tested in
// real Chromium (tests/e2e/inpage-prompt.e2e.ts).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type InPagePrompt, type InPagePromptOptions, PROMPT_TAG, showInPagePrompt } from './inpage-prompt';

const TEXT = { action: 'Fill with ReSIM', dismiss: 'Not now', label: 'ReSIM can fill this form' };

/** The closed shadow roots attached during a test, by host (what only the prompt's own code holds). */
let shadows: Map<Element, ShadowRoot>;
let anchor: HTMLInputElement;
/** Every prompt a test showed, removed after it (a prompt whose page went away goes at its next check). */
const shown: InPagePrompt[] = [];

beforeEach(() => {
  document.body.innerHTML = '<form><input id="name"><input id="email"></form>';
  anchor = document.querySelector('#name')!;
  shadows = new Map();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    shadows.set(this, root);
    return root;
  });
});

afterEach(() => {
  for (const prompt of shown.splice(0)) prompt.remove();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function show(extra: Partial<InPagePromptOptions> = {}) {
  const onPress = vi.fn();
  const onDismiss = vi.fn();
  const prompt = showInPagePrompt({ anchor, text: TEXT, lang: 'en', onPress, onDismiss, ...extra });
  shown.push(prompt);
  const root = shadows.get(prompt.host);
  const [action, dismiss] = Array.from(root?.querySelectorAll('button') ?? []);
  return { prompt, root, action: action!, dismiss: dismiss!, onPress, onDismiss };
}

describe('the in-page prompt', () => {
  test('a <resim-prompt> right after its box, content in a closed shadow root', () => {
    const { prompt, root } = show();
    expect(prompt.host.localName).toBe(PROMPT_TAG);
    expect(anchor.nextElementSibling).toBe(prompt.host);
    expect(prompt.host.shadowRoot).toBeNull();
    expect(Element.prototype.attachShadow).toHaveBeenCalledWith({ mode: 'closed' });
    expect(root?.mode).toBe('closed');
    expect(prompt.host.getAttribute('popover')).toBe('manual');
    // Nothing in the page's tree: the page's selectors find no button.
    expect(prompt.host.childNodes).toHaveLength(0);
    expect(document.querySelectorAll('form button')).toHaveLength(0);
  });

  test('two native buttons, the words set as text, the styles inside the shadow root', () => {
    const { root, action, dismiss } = show();
    expect(root!.querySelectorAll('button')).toHaveLength(2);
    expect(action.type).toBe('button');
    expect(action.textContent).toBe('Fill with ReSIM');
    expect(dismiss.type).toBe('button');
    expect(dismiss.getAttribute('aria-label')).toBe('Not now');
    const css = root!.querySelector('style')!.textContent ?? '';
    expect(css).toContain('all: initial');
    expect(css).toContain(':focus-visible');
  });

  test('lang, role and accessible label on the prompt', () => {
    const offer = show().prompt.host;
    expect(offer.getAttribute('lang')).toBe('en');
    expect(offer.getAttribute('role')).toBe('group');
    expect(offer.getAttribute('aria-label')).toBe('ReSIM can fill this form');
    offer.remove();
    const notice = show({ lang: 'fr-CA', role: 'status' }).prompt.host;
    expect(notice.getAttribute('lang')).toBe('fr-CA');
    expect(notice.getAttribute('role')).toBe('status');
  });

  test("the caller's text is never parsed as HTML", () => {
    const message = '<img src=x onerror="window.hacked=1">Sent on 3 May';
    const { root } = show({ text: { ...TEXT, message, action: '<b>Fill</b>' } });
    expect(root!.querySelector('img, b')).toBeNull();
    expect(root!.querySelector('.message')!.textContent).toBe(message);
    expect(root!.querySelector('.action')!.textContent).toBe('<b>Fill</b>');
  });

  test('no message, no message element', () => {
    const { root } = show();
    expect(root!.querySelector('.message')).toBeNull();
  });

  test("a page script's clicks and keys never press it", () => {
    const { prompt, action, onPress } = show();
    prompt.host.click();
    prompt.host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    // Even with the inner button in hand (the page never has it: the root is closed).
    action.click();
    action.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    action.focus();
    for (const key of ['Enter', ' ']) {
      action.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      action.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
    }
    expect(onPress).not.toHaveBeenCalled();
    expect(prompt.host.isConnected).toBe(true);
  });

  test('a scripted click on × does not dismiss it', () => {
    const { prompt, dismiss, onDismiss } = show();
    dismiss.click();
    expect(onDismiss).not.toHaveBeenCalled();
    expect(prompt.host.isConnected).toBe(true);
  });

  test('Escape inside the prompt dismisses it and gives the focus back to the box', () => {
    const { prompt, dismiss, onDismiss, onPress } = show();
    dismiss.focus();
    dismiss.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onPress).not.toHaveBeenCalled();
    expect(prompt.host.isConnected).toBe(false);
    expect(document.querySelector(PROMPT_TAG)).toBeNull();
    expect(document.activeElement).toBe(anchor);
  });

  test('Escape in the page (outside the prompt) does not dismiss it', () => {
    const { prompt, onDismiss } = show();
    anchor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    prompt.host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(onDismiss).not.toHaveBeenCalled();
    expect(prompt.host.isConnected).toBe(true);
  });

  test('remove() takes the prompt, its listeners, observers and timer away; no dismissal', () => {
    const disconnects = [
      vi.spyOn(IntersectionObserver.prototype, 'disconnect'),
      vi.spyOn(ResizeObserver.prototype, 'disconnect'),
    ];
    const clearInterval = vi.spyOn(window, 'clearInterval');
    const { prompt, onDismiss } = show();
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    prompt.remove();
    expect(prompt.host.isConnected).toBe(false);
    expect(onDismiss).not.toHaveBeenCalled();
    for (const spy of disconnects) expect(spy).toHaveBeenCalled();
    expect(clearInterval).toHaveBeenCalled();
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(frames).not.toHaveBeenCalled();
    prompt.remove(); // twice is harmless
  });

  test('an aborted signal removes it; one aborted already shows nothing', () => {
    const controller = new AbortController();
    const { prompt, onDismiss } = show({ signal: controller.signal });
    expect(prompt.host.isConnected).toBe(true);
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    controller.abort();
    expect(prompt.host.isConnected).toBe(false);
    expect(onDismiss).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('scroll'));
    expect(frames).not.toHaveBeenCalled();

    const aborted = show({ signal: AbortSignal.abort() });
    expect(aborted.prompt.host.isConnected).toBe(false);
    expect(document.querySelector(PROMPT_TAG)).toBeNull();
  });

  test('showing twice for one box updates the one prompt, never duplicates it', () => {
    const first = show();
    const second = show({ text: { ...TEXT, action: 'Remplir avec ReSIM' }, lang: 'fr' });
    expect(second.prompt).toBe(first.prompt);
    expect(document.querySelectorAll(PROMPT_TAG)).toHaveLength(1);
    expect(first.action.textContent).toBe('Remplir avec ReSIM');
    expect(first.prompt.host.getAttribute('lang')).toBe('fr');
    // The latest call's signal removes it too.
    const controller = new AbortController();
    show({ signal: controller.signal });
    controller.abort();
    expect(document.querySelector(PROMPT_TAG)).toBeNull();
    // Once removed, showing again makes a new one.
    const third = show();
    expect(third.prompt).not.toBe(first.prompt);
    expect(document.querySelectorAll(PROMPT_TAG)).toHaveLength(1);
  });

  test('a prompt per box; one left over by an earlier copy of the script is replaced', () => {
    const stale = document.createElement(PROMPT_TAG);
    anchor.after(stale);
    const { prompt } = show();
    expect(stale.isConnected).toBe(false);
    const email = document.querySelector('#email')!;
    const other = showInPagePrompt({ anchor: email, text: TEXT, lang: 'en', onPress() {} });
    shown.push(other);
    expect(other.host).not.toBe(prompt.host);
    expect(document.querySelectorAll(PROMPT_TAG)).toHaveLength(2);
  });

  test('a box taken out of the page takes its prompt with it at the next check', async () => {
    const { prompt } = show();
    anchor.remove();
    window.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(prompt.host.isConnected).toBe(false);
  });
});
