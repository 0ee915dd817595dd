// The in-page prompt in real Chromium (layout, hit testing, the top layer, IntersectionObserver v2,
// trusted input) — what happy-dom cannot show. No extension needed: src/dom/inpage-prompt.ts is
// bundled and run in a page served at an https URL, as the content script would run it. Clicks and
// keys come from Playwright's input (trusted events, as a person's); a page script plays the attacker.
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InPagePrompt, InPagePromptOptions } from '../../src/dom/inpage-prompt';
import { ROOT } from '../support/harness';

const ORIGIN = 'https://support.carrier.example';

/** What the bundle puts on the page's window. */
interface PromptWindow {
  showPrompt(anchor?: string | Element, extra?: Partial<InPagePromptOptions>): void;
  prompt: InPagePrompt;
  presses: number;
  dismissals: number;
  /** Trusted clicks that reached the prompt: a refused press that got there was refused by its checks. */
  reached: number;
}
declare const window: Window & PromptWindow;

let context: BrowserContext;
let bundle: string;
const pages = new Map<string, string>();

beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: `import { showInPagePrompt } from './src/dom/inpage-prompt';
        const w = window as any;
        w.presses = 0;
        w.dismissals = 0;
        w.reached = 0;
        w.showPrompt = (selector = 'input', extra = {}) => {
          w.prompt = showInPagePrompt({
            anchor: typeof selector === 'string' ? document.querySelector(selector) : selector,
            text: { action: 'Fill with ReSIM', dismiss: 'Not now', label: 'ReSIM can fill this form' },
            lang: 'en',
            onPress: () => w.presses++,
            onDismiss: () => w.dismissals++,
            ...extra,
          });
          w.prompt.host.addEventListener('click', (e) => { if (e.isTrusted) w.reached++; });
        };`,
      loader: 'ts',
      resolveDir: ROOT,
      sourcefile: 'prompt-entry.ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  // Nothing reaches the network: the test pages and the bundle are served here, the rest refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    if (url.pathname === '/prompt.js')
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: bundle });
    const html = pages.get(url.pathname);
    if (html === undefined) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
});

const BASE_STYLE = `body { margin: 0; font: 16px/1.4 sans-serif; }
  form { padding: 60px 40px; width: 700px; }
  .row { margin: 0 0 16px; }
  input { box-sizing: border-box; width: 240px; height: 30px; }`;

let served = 0;

interface PageOptions {
  style?: string;
  /** The box the prompt is shown beside at once (the page's first input); null: none yet. */
  selector?: string | null;
  /** Take IntersectionObserver v2 away, as in Firefox and Safari: the other checks must hold alone. */
  noVisibilityTracking?: boolean;
}

/** Removes `isVisible` from IntersectionObserver entries before the prompt's code loads. */
const NO_IO_V2 = '<script>delete IntersectionObserverEntry.prototype.isVisible;</script>';

/** A page with `body`, the prompt's bundle loaded, and the prompt shown beside `selector`. */
async function open(body: string, options: PageOptions = {}): Promise<Page> {
  const path = `/support/${++served}`;
  pages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Support</title>
    ${options.noVisibilityTracking ? NO_IO_V2 : ''}
    <style>${BASE_STYLE}${options.style ?? ''}</style></head><body>${body}
    <script src="/prompt.js"></script></body></html>`,
  );
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${path}`);
  const selector = options.selector === undefined ? 'input' : options.selector;
  if (selector !== null) await page.evaluate((s) => window.showPrompt(s), selector);
  return page;
}

const FORM = `<form><div class="row"><input id="name" aria-label="Name"></div>
  <div class="row"><input id="email" aria-label="Email"></div><button>Send</button></form>`;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The prompt's box once it shows (open in the top layer and painted). */
async function shownBox(page: Page): Promise<Box> {
  await page.waitForFunction(
    () =>
      window.prompt.host.matches(':popover-open') &&
      getComputedStyle(window.prompt.host).visibility === 'visible',
    undefined,
    { polling: 'raf' },
  );
  return page.evaluate(() => {
    const { x, y, width, height } = window.prompt.host.getBoundingClientRect();
    return { x, y, width, height };
  });
}

const isShown = (page: Page) =>
  page.evaluate(
    () =>
      window.prompt.host.isConnected &&
      window.prompt.host.matches(':popover-open') &&
      getComputedStyle(window.prompt.host).visibility === 'visible',
  );

/** Where a person clicks "Fill with ReSIM": the action button is the prompt's first part. */
const actionAt = (box: Box) => ({ x: box.x + 30, y: box.y + box.height / 2 });
const dismissAt = (box: Box) => ({ x: box.x + box.width - 13, y: box.y + box.height / 2 });

/** Longer than the 500 ms a prompt must be shown (and seen by IntersectionObserver v2) before a press. */
const settle = (page: Page) => page.waitForTimeout(1000);

const presses = (page: Page) => page.evaluate(() => window.presses);

async function click(page: Page, at: { x: number; y: number }) {
  await page.mouse.click(at.x, at.y);
  // Let the press (and anything it schedules) run.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

describe('pressing the prompt', () => {
  test("a person's click on a prompt shown for a while calls onPress", async () => {
    const page = await open(FORM);
    const box = await shownBox(page);
    expect(box.height).toBeGreaterThanOrEqual(26);
    expect(box.height).toBeLessThanOrEqual(30);
    await settle(page);
    await click(page, actionAt(box));
    expect(await presses(page)).toBe(1);
    expect(await page.evaluate(() => 'isVisible' in IntersectionObserverEntry.prototype)).toBe(true);
    await page.close();
  });

  test("a page script's click(), dispatchEvent and synthetic keys never press it", async () => {
    const page = await open(FORM);
    const box = await shownBox(page);
    await settle(page);
    await page.evaluate(({ x, y }) => {
      const host = window.prompt.host;
      host.click();
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, detail: 1 };
        host.dispatchEvent(
          type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init),
        );
        document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent(type, init));
      }
      host.focus();
      for (const key of ['Enter', ' ']) {
        for (const type of ['keydown', 'keypress', 'keyup'])
          host.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true }));
      }
    }, actionAt(box));
    expect(await presses(page)).toBe(0);
    expect(await isShown(page)).toBe(true);
    await page.close();
  });

  test('Tab from the box reaches the button, and Enter or Space presses it', async () => {
    const page = await open(FORM);
    await shownBox(page);
    await page.focus('#name');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement === window.prompt.host)).toBe(true);
    await settle(page);
    await page.keyboard.press('Enter');
    expect(await presses(page)).toBe(1);
    await page.keyboard.press('Space');
    expect(await presses(page)).toBe(2);
    // The next Tab goes on to "Not now", then to the page's next box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.close();
  });

  test('a form in a modal dialog: the prompt shows above it and a click presses', async () => {
    const page = await open(`<dialog id="d">${FORM}</dialog>`, { selector: null });
    await page.evaluate(() => {
      (document.querySelector('#d') as HTMLDialogElement).showModal();
      window.showPrompt('#name');
    });
    const box = await shownBox(page);
    await settle(page);
    await click(page, actionAt(box));
    expect(await presses(page)).toBe(1);
    await page.close();
  });

  test("a form inside a web component's open shadow root: the prompt shows beside its box and presses", async () => {
    const page = await open('<support-form></support-form>', { selector: null });
    await page.evaluate(() => {
      const root = document.querySelector('support-form')!.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>form { padding: 60px 40px; } input { width: 240px; height: 30px; }</style>
        <form><div><input id="inner"></div><div><input></div></form>`;
      window.showPrompt(root.querySelector('#inner')!);
    });
    expect(
      await page.evaluate(() => {
        const inner = document.querySelector('support-form')!.shadowRoot!.querySelector('#inner')!;
        return inner.nextElementSibling === window.prompt.host;
      }),
    ).toBe(true);
    const box = await shownBox(page);
    const input = await page.evaluate(() => {
      const el = document.querySelector('support-form')!.shadowRoot!.querySelector('#inner')!;
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    });
    expect(box.x).toBeGreaterThanOrEqual(input.x + input.width);
    await settle(page);
    await click(page, actionAt(box));
    expect(await presses(page)).toBe(1);
    await page.close();
  });

  test('a click within 500 ms of the prompt showing does nothing; the same click later presses', async () => {
    const page = await open(FORM, { style: '#name { visibility: hidden; }' });
    // Hidden box: no prompt. The page shows the box right under where the person is about to click.
    expect(await isShown(page)).toBe(false);
    await page.evaluate(() => {
      (document.querySelector('#name') as HTMLElement).style.visibility = 'visible';
    });
    const box = await shownBox(page);
    await click(page, actionAt(box));
    // The click reached the prompt, which refused it.
    expect(await page.evaluate(() => [window.presses, window.reached])).toEqual([0, 1]);
    await settle(page);
    await click(page, actionAt(box));
    expect(await page.evaluate(() => [window.presses, window.reached])).toEqual([1, 2]);
    await page.close();
  });

  test('a prompt moved under the pointer must be shown 500 ms again', async () => {
    const page = await open(`<div id="spacer" style="height: 0"></div>${FORM}`);
    const before = await shownBox(page);
    await settle(page);
    // The page shifts the form by the prompt's height just before the click.
    await page.evaluate((height) => {
      (document.querySelector('#spacer') as HTMLElement).style.height = `${height}px`;
    }, before.height);
    await page.waitForFunction((y) => window.prompt.host.getBoundingClientRect().y !== y, before.y, {
      polling: 'raf',
    });
    const after = await shownBox(page);
    await click(page, actionAt(after));
    expect(await page.evaluate(() => [window.presses, window.reached])).toEqual([0, 1]);
    await settle(page);
    await click(page, actionAt(after));
    expect(await presses(page)).toBe(1);
    await page.close();
  });
});

interface Trick {
  box: Box;
  value: string;
}

/** A page popover shown after the prompt, laid exactly over it, taking clicks (`auto`) or not (`none`). */
const popoverOver = ({ box, value }: Trick) => {
  const cover = document.querySelector('#cover') as HTMLElement;
  Object.assign(cover.style, {
    position: 'fixed',
    inset: 'auto',
    margin: '0',
    padding: '0',
    border: '0',
    left: `${box.x}px`,
    top: `${box.y}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    background: 'orange',
    pointerEvents: value,
  });
  cover.showPopover();
};

const fadeWrap = ({ value }: Trick) => {
  (document.querySelector('#wrap') as HTMLElement).style.cssText = value;
};

const HOST_TRICKS: [string, (arg: Trick) => void][] = [
  [
    'inline opacity 0',
    () => {
      window.prompt.host.style.opacity = '0';
    },
  ],
  [
    'inline opacity 0 !important',
    () => {
      window.prompt.host.style.setProperty('opacity', '0', 'important');
    },
  ],
  [
    'an opacity animation',
    () => {
      window.prompt.host.animate([{ opacity: 0 }, { opacity: 0 }], { duration: 100_000 });
    },
  ],
  [
    'a ::after laid over it',
    () => {
      const sheet = document.createElement('style');
      sheet.textContent =
        'resim-prompt::after { content: "Play"; position: absolute; inset: 0; background: white; }';
      document.head.append(sheet);
    },
  ],
];

describe.each([
  ['Chromium, with IntersectionObserver v2', false],
  ['without IntersectionObserver v2 (as Firefox)', true],
])('clickjacking — %s', (_, noVisibilityTracking) => {
  /**
   * Shows the prompt, lets it settle, runs the page's trick, then a person clicks where the button
   * was. Returns the presses, and the trusted clicks that reached the prompt (a click that reached it
   * without a press was refused by its checks).
   */
  async function afterTrick(body: string, trick: (arg: Trick) => void, value = '') {
    const page = await open(body, { noVisibilityTracking });
    const box = await shownBox(page);
    await settle(page);
    await page.evaluate(trick, { box, value });
    await page.waitForTimeout(300);
    await click(page, actionAt(box));
    const result = await page.evaluate(() => ({ presses: window.presses, reached: window.reached }));
    await page.close();
    return result;
  }

  test('IntersectionObserver v2 is there, or not, as the case says', async () => {
    const page = await open(FORM, { noVisibilityTracking });
    const tracks = await page.evaluate(() => 'isVisible' in IntersectionObserverEntry.prototype);
    expect(tracks).toBe(!noVisibilityTracking);
    await page.close();
  });

  test('the control: nothing done, the same click presses', async () => {
    expect(await afterTrick(FORM, () => {})).toEqual({ presses: 1, reached: 1 });
  });

  test('a page popover shown over the prompt gets no press through, taking clicks or not', async () => {
    const body = `${FORM}<div id="cover" popover="manual">Win a prize!</div>`;
    expect(await afterTrick(body, popoverOver, 'auto')).toEqual({ presses: 0, reached: 0 });
    // Taking no clicks, it lets the click through to the prompt: the checks refuse it.
    expect(await afterTrick(body, popoverOver, 'none')).toEqual({ presses: 0, reached: 1 });
  });

  test('a modal dialog shown over the prompt, taking no clicks, gets no press through', async () => {
    const dialog = await afterTrick(`${FORM}<dialog id="d">Click here to play</dialog>`, ({ box }) => {
      const d = document.querySelector('#d') as HTMLDialogElement;
      Object.assign(d.style, { margin: '0', left: `${box.x}px`, top: `${box.y}px`, pointerEvents: 'none' });
      d.showModal();
    });
    expect(dialog.presses).toBe(0);
  });

  test('an element the page lays over the spot: the prompt moves away or hides, the click hits the page', async () => {
    const page = await open(FORM, { noVisibilityTracking });
    const box = await shownBox(page);
    await settle(page);
    await page.evaluate((b) => {
      const cover = document.createElement('button');
      cover.id = 'cover';
      cover.textContent = 'Claim your prize';
      Object.assign(cover.style, {
        position: 'fixed',
        left: `${b.x - 4}px`,
        top: `${b.y - 4}px`,
        width: `${b.width + 8}px`,
        height: `${b.height + 8}px`,
        zIndex: '2147483647',
      });
      document.body.append(cover);
    }, box);
    // The next check (at most 500 ms away) finds the spot no longer blank.
    await page.waitForFunction(
      (b) => {
        const now = window.prompt.host.getBoundingClientRect();
        return !window.prompt.host.matches(':popover-open') || now.x !== b.x || now.y !== b.y;
      },
      box,
      { polling: 'raf', timeout: 3000 },
    );
    await click(page, actionAt(box));
    expect(await presses(page)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cover');
    await page.close();
  });

  test('an ancestor faded to opacity 0, made see-through or hidden gets no press through', async () => {
    const body = `<div id="wrap">${FORM}</div>`;
    for (const style of ['opacity: 0', 'opacity: 0.2', 'filter: opacity(0)', 'visibility: hidden'])
      expect((await afterTrick(body, fadeWrap, style)).presses, style).toBe(0);
    // The same page, the same click, nothing faded.
    expect((await afterTrick(body, fadeWrap, 'opacity: 1')).presses).toBe(1);
  });

  test.each(HOST_TRICKS)('the prompt itself tampered with (%s) gets no press through', async (_, trick) => {
    expect(await afterTrick(FORM, trick)).toEqual({ presses: 0, reached: 1 });
  });
});

describe('page styles', () => {
  test("page styles do not reach the prompt's inside, nor fade or shrink it", async () => {
    const page = await open(FORM, {
      style: `* { font-size: 40px !important; color: red !important; }
        resim-prompt { opacity: 0 !important; transform: scale(0) !important; left: 0 !important; }`,
    });
    const box = await shownBox(page);
    expect(box.height).toBeLessThanOrEqual(30);
    expect(box.x).toBeGreaterThan(200);
    const style = await page.evaluate(() => {
      const s = getComputedStyle(window.prompt.host);
      return [s.opacity, s.transform, s.position];
    });
    expect(style).toEqual(['1', 'none', 'fixed']);
    await page.close();
  });
});

describe('placement', () => {
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  const boxOf = (page: Page, selector: string) =>
    page.evaluate((s) => {
      const { x, y, width, height } = document.querySelector(s)!.getBoundingClientRect();
      return { x, y, width, height };
    }, selector);

  test('right of the box, centred on it, in the top layer; the page does not move', async () => {
    const page = await open(FORM);
    const positions = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('form *:not(resim-prompt)')).map((el) =>
          JSON.stringify(el.getBoundingClientRect()),
        ),
      );
    await page.evaluate(() => window.prompt.remove());
    const without = await positions();
    await page.evaluate(() => window.showPrompt('#name'));
    const box = await shownBox(page);
    expect(await positions()).toEqual(without);
    const input = await boxOf(page, '#name');
    expect(box.x).toBeGreaterThanOrEqual(input.x + input.width);
    expect(box.x).toBeLessThan(input.x + input.width + 12);
    expect(Math.abs(box.y + box.height / 2 - (input.y + input.height / 2))).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => window.prompt.host.previousElementSibling?.id)).toBe('name');
    await page.close();
  });

  test('never over a label right of the box: another spot, or none', async () => {
    for (const pointerEvents of ['auto', 'none']) {
      const page = await open(
        `<form><div class="row"><input id="name"><label for="name" style="margin-left: 6px; pointer-events: ${pointerEvents}">Full name (as on your ID)</label></div>
        <div class="row"><input id="email"></div></form>`,
      );
      const label = await boxOf(page, 'label');
      const box = await shownBox(page);
      expect(overlap(box, label), pointerEvents).toBe(false);
      const input = await boxOf(page, '#name');
      expect(box.y + box.height <= input.y || box.y >= input.y + input.height, pointerEvents).toBe(true);
      await page.close();
    }
  });

  test('a notice: role status, its sentence before the buttons, still one line high', async () => {
    const page = await open(FORM);
    const offer = await shownBox(page);
    await page.evaluate(() =>
      window.showPrompt('#name', {
        role: 'status',
        text: {
          action: 'Fill with ReSIM',
          dismiss: 'Not now',
          label: 'ReSIM',
          message: 'Request already sent on 3 May 2025',
        },
      }),
    );
    expect(await page.evaluate(() => document.querySelectorAll('resim-prompt').length)).toBe(1);
    expect(await page.evaluate(() => window.prompt.host.getAttribute('role'))).toBe('status');
    await page.waitForFunction(
      (width) => window.prompt.host.getBoundingClientRect().width > width + 100,
      offer.width,
    );
    const notice = await shownBox(page);
    expect(notice.height).toBe(offer.height);
    await page.close();
  });

  test('no blank spot at all: the prompt does not show', async () => {
    const page = await open(
      `<form style="padding: 0"><table style="border-collapse: collapse">
        <tr><td>Name</td><td>Surname</td><td>Phone</td></tr>
        <tr><td><input id="name"></td><td><input id="surname"></td><td><input id="phone"></td></tr>
        <tr><td>Email</td><td>Order</td><td>Device</td></tr></table></form>`,
      { style: 'input { width: 120px; } td { padding: 0; }' },
    );
    await page.waitForTimeout(700);
    expect(await isShown(page)).toBe(false);
    expect(await page.evaluate(() => window.prompt.host.isConnected)).toBe(true);
    await page.close();
  });

  test('hidden while its box is scrolled out of view or hidden, back when it returns', async () => {
    const page = await open(`<div style="height: 300px"></div>${FORM}<div style="height: 3000px"></div>`);
    await shownBox(page);
    await page.mouse.wheel(0, 1200);
    await page.waitForFunction(() => !window.prompt.host.matches(':popover-open'), undefined, {
      polling: 'raf',
    });
    await page.mouse.wheel(0, -1200);
    const back = await shownBox(page);
    const input = await boxOf(page, '#name');
    expect(Math.abs(back.y + back.height / 2 - (input.y + input.height / 2))).toBeLessThanOrEqual(1);
    await page.evaluate(() => {
      (document.querySelector('#name') as HTMLElement).style.display = 'none';
    });
    await page.waitForFunction(() => !window.prompt.host.matches(':popover-open'), undefined, {
      polling: 'raf',
      timeout: 3000,
    });
    await page.close();
  });

  test('a box scrolled away inside its own scrolling panel takes the prompt away', async () => {
    const page = await open(
      `<div id="panel" style="height: 200px; overflow: auto; width: 500px">${FORM}<div style="height: 800px"></div></div>`,
    );
    await shownBox(page);
    await page.evaluate(() => {
      document.querySelector('#panel')!.scrollTop = 300;
    });
    await page.waitForFunction(() => !window.prompt.host.matches(':popover-open'), undefined, {
      polling: 'raf',
    });
    await page.close();
  });
});

describe('dismissing', () => {
  test('Escape with the focus inside dismisses it, the focus goes back to the box', async () => {
    const page = await open(FORM);
    await shownBox(page);
    await page.focus('#name');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => [window.dismissals, window.presses])).toEqual([1, 0]);
    expect(await page.evaluate(() => document.querySelector('resim-prompt'))).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('name');
    await page.close();
  });

  test('the × button dismisses it; the page never can', async () => {
    const page = await open(FORM);
    const box = await shownBox(page);
    await page.evaluate(() => {
      window.prompt.host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(await isShown(page)).toBe(true);
    await click(page, dismissAt(box));
    expect(await page.evaluate(() => [window.dismissals, window.presses])).toEqual([1, 0]);
    expect(await page.evaluate(() => window.prompt.host.isConnected)).toBe(false);
    await page.close();
  });

  test('remove() and an aborted signal take it away', async () => {
    const page = await open(FORM);
    await shownBox(page);
    await page.evaluate(() => window.prompt.remove());
    expect(await page.evaluate(() => document.querySelectorAll('resim-prompt').length)).toBe(0);
    await page.evaluate(() => {
      const controller = new AbortController();
      window.showPrompt('#email', { signal: controller.signal });
      (window as unknown as { controller: AbortController }).controller = controller;
    });
    await shownBox(page);
    await page.evaluate(() => (window as unknown as { controller: AbortController }).controller.abort());
    expect(await page.evaluate(() => document.querySelectorAll('resim-prompt').length)).toBe(0);
    await page.close();
  });
});
