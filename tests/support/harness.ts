import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { browser as WxtBrowser } from 'wxt/browser';
import { CHROMIUM, extensionArgs } from '../../scripts/chromium.mjs';

// The service worker's own global, used inside worker.evaluate().
declare const chrome: typeof WxtBrowser;

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(resolve(ROOT, process.env.RESIM_OUT_DIR ?? '.output'), 'chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * A profile directory kept between launches: close the session and launch again with the same
   * directory to see what a browser restart keeps (storage, granted permissions, shortcuts). Default:
   * a fresh temporary profile, thrown away on close.
   */
  userDataDir?: string;
  /**
   * The browser's UI language ("fr", "zh-CN"), as a person who set Chromium to it: the extension's
   * messages (browser.i18n) follow it. Default: the machine's (English here).
   */
  lang?: string;
}

/** Real Chromium with the built extension loaded, as a person's browser would have it. */
export async function launchExtension({
  userDataDir = '',
  lang,
}: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...extensionArgs(EXTENSION_DIR), ...(lang ? [`--lang=${lang}`] : [])],
  });
  // Nothing may reach the network: every request not routed to a fixture is refused. The extension's
  // own files (chrome-extension://) are not network and must load, or the popup stays blank.
  await context.route(
    (url) => url.protocol !== 'chrome-extension:',
    (route) => route.abort('blockedbyclient'),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export type ServedSource = { file: string } | { html: string } | { js: string };

export interface Served {
  /** Page URL → fixture file (relative to tests/fixtures) or inline HTML. */
  [url: string]: ServedSource;
}

/** What a served URL answers, whichever browser serves it (Chromium routes, Firefox interception). */
export function servedResponse(source: ServedSource): {
  status: 200;
  contentType: string;
  body: string | Buffer;
} {
  if ('file' in source) {
    const path = join(FIXTURES_DIR, source.file);
    return {
      status: 200,
      contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      body: readFileSync(path),
    };
  }
  if ('js' in source) return { status: 200, contentType: CONTENT_TYPES['.js']!, body: source.js };
  return { status: 200, contentType: CONTENT_TYPES['.html']!, body: source.html };
}

/**
 * Serves fixtures at real carrier URLs (exact URL match, query ignored), so content scripts match
 * as they would in the wild. Sub-resources under `/assets/` of any routed host come from tests/fixtures/assets.
 */
export async function serve(context: BrowserContext, pages: Served): Promise<void> {
  for (const [url, source] of Object.entries(pages)) {
    const u = new URL(url);
    const pattern = (candidate: URL) => candidate.origin === u.origin && candidate.pathname === u.pathname;
    await context.route(pattern, (route) => route.fulfill(servedResponse(source)));
  }
}

export const popupUrl = (session: ExtensionSession) => `chrome-extension://${session.extensionId}/popup.html`;

export async function openPopup(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(popupUrl(session));
  return page;
}

/** Reads the extension's storage.local from the service worker (no UI involved). */
export async function readStorage(session: ExtensionSession, key?: string): Promise<Record<string, unknown>> {
  return session.worker.evaluate(async (k) => chrome.storage.local.get(k ?? null), key);
}

export async function writeStorage(session: ExtensionSession, items: Record<string, unknown>): Promise<void> {
  await session.worker.evaluate(async (i) => chrome.storage.local.set(i), items);
}

export async function clearStorage(session: ExtensionSession): Promise<void> {
  await session.worker.evaluate(async () => chrome.storage.local.clear());
}

// ---- what a person does with the browser itself ------------------------------------------------
// Headless Chromium has no toolbar to click, but it has the browser's own keyboard shortcuts and its
// own extension settings (chrome://extensions). Tests use those, never code that ships.

const MODIFIERS: Record<string, number> = { Alt: 1, Ctrl: 2, Control: 2, Meta: 4, Shift: 8 };

/**
 * Presses a browser keyboard shortcut ("Alt+Shift+F") on `page`, through the browser's input pipeline
 * (CDP `Input.dispatchKeyEvent` with `rawKeyDown`), so it reaches the browser's accelerators: extension
 * commands fire as for a person at the keyboard, with the same activeTab grant. (Playwright's
 * `keyboard.press` sends `keyDown` events, which the page gets but the browser's commands never see.)
 */
export async function pressBrowserShortcut(page: Page, keys: string): Promise<void> {
  const parts = keys.split('+');
  const key = parts.pop()!.toUpperCase();
  if (!/^[A-Z0-9]$/.test(key)) throw new Error(`pressBrowserShortcut: a letter or a digit, not ${key}`);
  let modifiers = 0;
  for (const name of parts) {
    const bit = MODIFIERS[name];
    if (bit === undefined) throw new Error(`pressBrowserShortcut: unknown modifier ${name}`);
    modifiers |= bit;
  }
  const code = /\d/.test(key) ? `Digit${key}` : `Key${key}`;
  const virtualKey = key.charCodeAt(0);
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const type of ['rawKeyDown', 'keyUp'] as const) {
      await cdp.send('Input.dispatchKeyEvent', {
        type,
        modifiers,
        key,
        code,
        windowsVirtualKeyCode: virtualKey,
        nativeVirtualKeyCode: virtualKey,
      });
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Runs `fn({ id: extensionId, arg })` in a chrome://extensions page (where `chrome.developerPrivate` lives), then closes it. */
async function inExtensionsSettings(
  session: ExtensionSession,
  path: string,
  fn: (args: { id: string; arg: string }) => Promise<void>,
  arg: string,
): Promise<void> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome://extensions/${path}`);
    await page.evaluate(fn, { id: session.extensionId, arg });
  } finally {
    await page.close();
  }
}

/** `chrome.developerPrivate`: the API behind chrome://extensions, only there (used inside page.evaluate). */
interface DeveloperPrivate {
  updateExtensionCommand(update: {
    extensionId: string;
    commandName: string;
    keybinding: string;
  }): Promise<void>;
  addHostPermission(extensionId: string, host: string): Promise<void>;
  removeHostPermission(extensionId: string, host: string): Promise<void>;
}
type SettingsWindow = { chrome: { developerPrivate: DeveloperPrivate } };
declare const window: SettingsWindow;

/** The shortcut the tests give the toolbar button ("Activate the extension" in chrome://extensions/shortcuts). */
export const ACTION_SHORTCUT = 'Alt+Shift+Y';
const actionShortcutSet = new WeakSet<BrowserContext>();

/**
 * Gives the toolbar button a keyboard shortcut, as a person does in chrome://extensions/shortcuts.
 * Pressing it is pressing the toolbar button: the popup opens over the tab, and the tab's activeTab
 * grant is given (which `chrome.action.openPopup` does not give).
 */
export async function setActionShortcut(session: ExtensionSession, keys = ACTION_SHORTCUT): Promise<void> {
  await inExtensionsSettings(
    session,
    'shortcuts',
    ({ id, arg }) =>
      window.chrome.developerPrivate.updateExtensionCommand({
        extensionId: id,
        commandName: '_execute_action',
        keybinding: arg,
      }),
    keys,
  );
  actionShortcutSet.add(session.context);
}

/**
 * What a person allows under chrome://extensions → ReSIM → Details → Site access → "On specific
 * sites". On its own it grants nothing to an extension that lists the site only as optional; the
 * extension's own `permissions.request` for that site, during a click, then succeeds without a prompt
 * (headless Chromium cannot show one).
 */
export async function allowSiteInSettings(session: ExtensionSession, pattern: string): Promise<void> {
  await inExtensionsSettings(
    session,
    `?id=${session.extensionId}`,
    ({ id, arg }) => window.chrome.developerPrivate.addHostPermission(id, arg),
    pattern,
  );
}

/** Withdraws a site's access in chrome://extensions, as the person can (`permissions.onRemoved` fires). */
export async function withdrawSiteInSettings(session: ExtensionSession, pattern: string): Promise<void> {
  await inExtensionsSettings(
    session,
    `?id=${session.extensionId}`,
    ({ id, arg }) => window.chrome.developerPrivate.removeHostPermission(id, arg),
    pattern,
  );
}

/** The real toolbar popup, driven over CDP with trusted input (Playwright does not expose it as a page). */
export interface ToolbarPopup {
  /** Evaluates an expression in the popup (awaits promises, returns JSON values). */
  evaluate<T>(expression: string): Promise<T>;
  /**
   * A person's click (trusted mouse input, a user gesture) on the element `expression` evaluates to,
   * scrolled into view first. Fails when there is no such element.
   */
  click(expression: string): Promise<void>;
  /** Waits until `expression` is truthy in the popup and returns its value. */
  waitFor<T>(expression: string, what: string, timeoutMs?: number): Promise<T>;
  /** A key pressed at the keyboard (trusted input): "Tab", "Shift+Tab", "Enter", "Space", "ArrowRight"… */
  press(keys: string): Promise<void>;
  close(): Promise<void>;
}

/** What CDP's Input.dispatchKeyEvent needs for the keys a person presses to move and act. */
const KEYS: Record<string, { key: string; code: string; keyCode: number; text?: string }> = {
  Tab: { key: 'Tab', code: 'Tab', keyCode: 9 },
  Enter: { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' },
  Space: { key: ' ', code: 'Space', keyCode: 32, text: ' ' },
  Escape: { key: 'Escape', code: 'Escape', keyCode: 27 },
  ArrowLeft: { key: 'ArrowLeft', code: 'ArrowLeft', keyCode: 37 },
  ArrowRight: { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 },
};

/**
 * Opens the toolbar popup over `page` the way a person does (the toolbar button, through its keyboard
 * shortcut: see `setActionShortcut`), so the popup sees that tab and the tab gets activeTab.
 */
export async function openToolbarPopup(session: ExtensionSession, page: Page): Promise<ToolbarPopup> {
  if (!actionShortcutSet.has(session.context)) await setActionShortcut(session);
  return attachToolbarPopup(session, () => pressBrowserShortcut(page, ACTION_SHORTCUT));
}

/** The toolbar popup the extension opened by itself (`action.openPopup`), once it is open. */
export function waitForToolbarPopup(session: ExtensionSession): Promise<ToolbarPopup> {
  return attachToolbarPopup(session);
}

/** Attaches to the popup that opens after `open()` (or, without it, to the one open now or soon). */
async function attachToolbarPopup(
  session: ExtensionSession,
  open?: () => Promise<void>,
): Promise<ToolbarPopup> {
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser handle');
  const cdp = await browser.newBrowserCDPSession();
  type TargetInfo = { targetId: string; url: string; type: string };
  const popupTargets = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos.filter(
      (target) => target.type === 'page' && target.url === popupUrl(session),
    );
  const before = new Set(open ? (await popupTargets()).map((target) => target.targetId) : []);
  let target: TargetInfo | undefined;
  // A busy browser may drop the first press of the shortcut (the window was not focused yet): a
  // person presses again.
  for (let press = 0; press < (open ? 3 : 1) && !target; press++) {
    await open?.();
    for (let attempt = 0; attempt < 50 && !target; attempt++) {
      target = (await popupTargets()).find((candidate) => !before.has(candidate.targetId));
      if (!target) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (!target) {
    await cdp.detach().catch(() => undefined);
    throw new Error('the toolbar popup did not open');
  }
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as { sessionId: string };
  let nextId = 0;
  type Reply = { result?: Record<string, unknown>; error?: { message?: string } };
  const pending = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse((event as { message: string }).message) as Reply & { id?: number };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  // The popup closes as soon as another window takes focus: calls then fail, they never hang.
  const call = (method: string, params: unknown) =>
    new Promise<Reply>((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => reject(new Error(`popup did not answer ${method} (closed?)`)), 10_000);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        pending.delete(id);
        if (reply.error) reject(new Error(`popup: ${method}: ${reply.error.message ?? 'error'}`));
        else resolve(reply);
      });
      const message = JSON.stringify({ id, method, params });
      cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch((error: unknown) => {
        clearTimeout(timer);
        reject(new Error(`popup is gone: ${error instanceof Error ? error.message : String(error)}`));
      });
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = await call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    const result = reply.result as
      | { result?: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }
      | undefined;
    const details = result?.exceptionDetails;
    if (details) throw new Error(`popup: ${details.exception?.description ?? details.text}`);
    return result?.result?.value as T;
  };
  const waitFor = async <T>(expression: string, what: string, timeoutMs = 10_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await evaluate<T>(expression);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`popup: timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return {
    evaluate,
    waitFor,
    async click(expression) {
      // The popup renders in parts (reports, lazy views): a button may move after it first shows. The
      // click goes where the button has stayed for two looks in a row and is the element on top there.
      const point = await evaluate<{ x: number; y: number } | null>(`(async () => {
        let last = null;
        for (let look = 0; look < 50; look++) {
          const el = (${expression});
          if (!el) return null;
          el.scrollIntoView({ block: 'center', inline: 'center' });
          const box = el.getBoundingClientRect();
          const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
          const top = document.elementFromPoint(point.x, point.y);
          if (last && last.x === point.x && last.y === point.y && top && el.contains(top)) return point;
          last = point;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        return last;
      })()`);
      if (!point) throw new Error(`popup: nothing to click at ${expression}`);
      await call('Input.dispatchMouseEvent', { type: 'mouseMoved', ...point });
      for (const type of ['mousePressed', 'mouseReleased']) {
        await call('Input.dispatchMouseEvent', { type, ...point, button: 'left', clickCount: 1 });
      }
    },
    async press(keys) {
      const parts = keys.split('+');
      const name = parts.pop()!;
      const key = KEYS[name];
      if (!key) throw new Error(`popup: press: unknown key ${name}`);
      const modifiers = parts.reduce((bits, modifier) => bits | (MODIFIERS[modifier] ?? 0), 0);
      const common = { modifiers, key: key.key, code: key.code, windowsVirtualKeyCode: key.keyCode };
      await call('Input.dispatchKeyEvent', {
        ...common,
        type: key.text ? 'keyDown' : 'rawKeyDown',
        ...(key.text ? { text: key.text, unmodifiedText: key.text } : {}),
      });
      await call('Input.dispatchKeyEvent', { ...common, type: 'keyUp' });
    },
    async close() {
      await call('Runtime.evaluate', { expression: 'window.close()' }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
