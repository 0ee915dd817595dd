// Serving the corpus (tests/fixtures/sites/corpus.ts) in real Chromium and checking each page against
// its own annotations (./oracle.ts). `checkPage` waits for the extension to settle,
// reports each difference in words, compares the number of changed fields with the toolbar badge,
// checks that no form was submitted, and adds the page to the run's accuracy tally.
import type { Frame, Page } from 'playwright-core';
import type { browser as WxtBrowser } from 'wxt/browser';
import type { CorpusPage, Route, TestProfile } from '../fixtures/sites/corpus';
import { buildFrameworkAssets } from './framework-assets.mjs';
import {
  clearStorage,
  type ExtensionSession,
  launchExtension,
  readStorage,
  type Served,
  serve,
  writeStorage,
} from './harness';
import { assess, type FrameRecord, type FrameSnapshot, type PageAssessment } from './oracle';
import { record } from './tally';

export { assess, formattedValues, type PageAssessment } from './oracle';
export { printAccuracy } from './tally';

// Evaluated in the extension's service worker, where `chrome` is the extension API.
declare const chrome: typeof WxtBrowser;

// ---- session and serving ---------------------------------------------------------------------

/** Records form submissions in every frame: the extension must never submit a form. */
const SUBMIT_RECORDER = `addEventListener('submit', (event) => {
  const form = event.target;
  (window.__resimSubmits ||= []).push(form && form.id ? '#' + form.id : (form && form.getAttribute && form.getAttribute('action')) || 'form');
}, true);`;

export async function startSession(): Promise<ExtensionSession> {
  const session = await launchExtension();
  await session.context.addInitScript({ content: SUBMIT_RECORDER });
  return session;
}

/** Stores the profile (and per-carrier switches) exactly where src/profile/storage.ts keeps them. */
export async function setProfile(
  session: ExtensionSession,
  profile: TestProfile,
  autofill?: Record<string, boolean>,
): Promise<void> {
  await clearStorage(session);
  const items: Record<string, unknown> = { profile, profile$: { v: 2 } };
  if (autofill) Object.assign(items, { autofill, autofill$: { v: 1 } });
  await writeStorage(session, items);
}

export async function readStorageKey(session: ExtensionSession, key: string): Promise<unknown> {
  return (await readStorage(session, key))[key];
}

let assets: Promise<Record<string, string>> | undefined;
const frameworkAssets = () => {
  assets ??= buildFrameworkAssets();
  return assets;
};

async function toServed(route: Exclude<Route, { delayMs: number }>): Promise<Served[string]> {
  if ('file' in route) return { file: route.file };
  const source = (await frameworkAssets())[route.asset];
  if (source === undefined) throw new Error(`no built asset ${route.asset}`);
  return { js: source };
}

export async function servePage(session: ExtensionSession, entry: CorpusPage): Promise<void> {
  const served: Served = {};
  for (const [url, route] of [[entry.url, entry.route] as const, ...Object.entries(entry.extra ?? {})]) {
    if ('delayMs' in route) await serveLate(session, url, route);
    else served[url] = await toServed(route);
  }
  await serve(session.context, served);
}

/** A script that answers late, as a slow tag manager does (same URL matching as the harness's serve). */
async function serveLate(session: ExtensionSession, url: string, route: { script: string; delayMs: number }) {
  const target = new URL(url);
  await session.context.route(
    (candidate) => candidate.origin === target.origin && candidate.pathname === target.pathname,
    async (request) => {
      await new Promise((resolve) => setTimeout(resolve, route.delayMs));
      await request.fulfill({
        status: 200,
        contentType: 'text/javascript; charset=utf-8',
        body: route.script,
      });
    },
  );
}

export interface OpenedPage {
  page: Page;
  /** Navigations and non-GET requests after the page loaded (a submitted form shows up here). */
  requestsAfterLoad: string[];
  /** Reloads the page as the person would (not counted as a submission). */
  reload(): Promise<void>;
}

/**
 * Stores the entry's profile (unless `keepStorage`: the test saved it through the popup), serves the
 * page and opens it in a new tab, as the person would.
 */
export async function openEntry(
  session: ExtensionSession,
  entry: CorpusPage,
  { keepStorage = false } = {},
): Promise<OpenedPage> {
  if (!keepStorage) await setProfile(session, entry.profile, entry.autofill);
  await servePage(session, entry);
  const page = await session.context.newPage();
  const requestsAfterLoad: string[] = [];
  let loaded = false;
  page.on('request', (request) => {
    if (request.method() !== 'GET' || (loaded && request.isNavigationRequest())) {
      requestsAfterLoad.push(`${request.method()} ${request.url()}`);
    }
  });
  const ready = async () => {
    loaded = true;
    if (entry.readySelector) await page.locator(entry.readySelector).first().waitFor({ timeout: 10_000 });
  };
  await page.goto(entry.url, { waitUntil: 'load' });
  await ready();
  const reload = async () => {
    loaded = false;
    await page.reload({ waitUntil: 'load' });
    await ready();
  };
  return { page, requestsAfterLoad, reload };
}

// ---- reading the page ------------------------------------------------------------------------

// A string, not a function: evaluated as written in the page's main world, whatever the test transform does.
const COLLECT = `(() => {
  const SKIP = new Set(['submit', 'button', 'reset', 'image']);
  const text = (node) => (node ? (node.textContent || '').replace(/\\s+/g, ' ').trim() : '');
  const labelOf = (el) => {
    const root = el.getRootNode();
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\\s+/).map((id) => text(root.getElementById ? root.getElementById(id) : document.getElementById(id))).join(' ');
    return el.getAttribute('aria-label') || text(el.labels && el.labels[0]) || el.getAttribute('placeholder') || '';
  };
  const controls = [];
  const visit = (root, where) => {
    for (const el of root.querySelectorAll('input, select, textarea, [contenteditable]')) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'input' && SKIP.has(el.type)) continue;
      const editable = tag !== 'input' && tag !== 'select' && tag !== 'textarea';
      if (editable && (el.getAttribute('contenteditable') === 'false' || (el.parentElement && el.parentElement.closest('[contenteditable]:not([contenteditable="false"])')))) continue;
      const type = editable ? 'contenteditable' : tag === 'input' ? el.type : tag;
      const record = {
        where, tag, type, id: el.id || '', name: el.getAttribute('name') || '', label: labelOf(el).slice(0, 60),
        expect: el.getAttribute('data-expect') ?? (type === 'hidden' ? 'none' : null),
        honeypot: el.hasAttribute('data-honeypot'), untouchable: el.getAttribute('data-untouchable'),
        stateKey: el.getAttribute('data-state-key'), mentions: el.getAttribute('data-expect-mentions'),
        maxLength: typeof el.maxLength === 'number' ? el.maxLength : -1, value: '',
      };
      if (type === 'checkbox' || type === 'radio') {
        const original = el.getAttribute('data-original-checked');
        record.original = original !== null ? original === 'true' : el.defaultChecked;
        record.current = el.checked;
        record.value = el.value;
      } else if (tag === 'select') {
        const options = [...el.options];
        const original = el.getAttribute('data-original');
        const byDefault = options.findIndex((option) => option.defaultSelected);
        record.original = original !== null ? options.findIndex((option) => option.value === original)
          : byDefault >= 0 ? byDefault : options.findIndex((option) => !option.disabled);
        record.current = el.selectedIndex;
        record.value = el.value;
        record.expectedOption = options.findIndex((option) => option.hasAttribute('data-expect-selected'));
        record.options = options.map((option) => option.text.trim());
      } else if (editable) {
        record.original = el.getAttribute('data-original') ?? '';
        record.current = (el.innerText || '').replace(/\\u00a0/g, ' ').trim();
        record.value = record.current;
      } else {
        const original = el.getAttribute('data-original');
        record.original = original !== null ? original : tag === 'textarea' ? el.defaultValue : (el.getAttribute('value') ?? '');
        record.current = el.value;
        record.value = el.value;
      }
      controls.push(record);
    }
    for (const host of root.querySelectorAll('*')) {
      if (host.shadowRoot) visit(host.shadowRoot, where + host.tagName.toLowerCase() + '::shadow ');
    }
  };
  visit(document, '');
  let state = null;
  try { state = window.__state ? JSON.parse(JSON.stringify(window.__state)) : null; } catch (error) { state = null; }
  return { url: location.href, lang: (document.documentElement.lang || '').toLowerCase(), controls, submits: window.__resimSubmits || [], state };
})()`;

async function frameInfo(frame: Frame): Promise<{ frameExpect: string | null; frameKind: string | null }> {
  const element = await frame.frameElement().catch(() => null);
  if (!element) return { frameExpect: null, frameKind: null };
  const [frameExpect, frameKind] = await Promise.all([
    element.getAttribute('data-expect-frame'),
    element.getAttribute('data-frame-kind'),
  ]);
  return { frameExpect, frameKind };
}

/** Every control of every frame (open shadow roots included), as the page's own scripts see it. */
export async function snapshot(page: Page): Promise<FrameSnapshot[]> {
  const frames: FrameSnapshot[] = [];
  for (const frame of page.frames()) {
    if (frame.isDetached() || frame.url() === 'about:blank') continue;
    const record = (await frame.evaluate(COLLECT).catch(() => null)) as FrameRecord | null;
    if (!record) continue;
    frames.push({
      ...record,
      ...(frame === page.mainFrame() ? { frameExpect: null, frameKind: null } : await frameInfo(frame)),
    });
  }
  return frames;
}

// ---- the toolbar badge and the real action popup ---------------------------------------------

/** The tab id of a page (made the active tab, as when the person looks at it). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

export async function badgeOf(session: ExtensionSession, page: Page): Promise<string> {
  return badgeOfTab(session, await tabIdOf(session, page));
}

/** The badge of a tab known by id: does not focus the page (which would close an open popup). */
export async function badgeOfTab(session: ExtensionSession, tabId: number): Promise<string> {
  return session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * What the popup's Undo / Fill again do (the background's `actOnTab`): call the engine injected in
 * every frame of the page's tab.
 */
export async function sendToTab(
  session: ExtensionSession,
  page: Page,
  message: { type: 'page:undo' | 'page:again' },
): Promise<void> {
  const tabId = await tabIdOf(session, page);
  const method = message.type === 'page:undo' ? 'undo' : 'fillAgain';
  await session.worker.evaluate(
    async ([id, name]) => {
      await chrome.scripting
        .executeScript({
          target: { tabId: id as number, allFrames: true },
          func: (key: string) => {
            const engine = (globalThis as Record<string, unknown>).__resimFillEngine as
              | Record<string, () => void>
              | undefined;
            engine?.[key]?.();
          },
          args: [name as string],
        })
        .catch(() => undefined);
    },
    [tabId, method] as const,
  );
}

export interface ActionPopup {
  /** Evaluates an expression in the popup (awaits promises, returns JSON values). */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens the real toolbar popup over `page` (chrome.action.openPopup), so it sees that tab as the
 * active one, and talks to it over CDP: Playwright does not expose action popups as pages.
 */
export async function openActionPopup(session: ExtensionSession, page: Page): Promise<ActionPopup> {
  await page.bringToFront();
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser handle');
  const cdp = await browser.newBrowserCDPSession();
  type TargetInfo = { targetId: string; url: string; type: string };
  const popupTargets = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos.filter((target) =>
      target.url.endsWith('/popup.html'),
    );
  const before = new Set((await popupTargets()).map((target) => target.targetId));
  await session.worker.evaluate(() => chrome.action.openPopup());
  let target: TargetInfo | undefined;
  for (let attempt = 0; attempt < 50 && !target; attempt++) {
    target = (await popupTargets()).find((candidate) => !before.has(candidate.targetId));
    if (!target) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!target) throw new Error('the action popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as {
    sessionId: string;
  };
  let nextId = 0;
  const pending = new Map<number, (reply: { result?: unknown; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse((event as { message: string }).message) as { id?: number };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply as never);
  });
  // The popup closes as soon as another window takes focus: calls then fail, they never hang.
  const call = (method: string, params: unknown) =>
    new Promise<{ result?: unknown; error?: unknown }>((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => reject(new Error(`popup did not answer ${method} (closed?)`)), 10_000);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      const message = JSON.stringify({ id, method, params });
      cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch((error: unknown) => {
        clearTimeout(timer);
        reject(new Error(`popup is gone: ${error instanceof Error ? error.message : String(error)}`));
      });
    });
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const reply = (await call('Runtime.evaluate', {
        expression,
        awaitPromise: true,
        returnByValue: true,
      })) as {
        result?: {
          result?: { value?: T };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        };
        error?: unknown;
      };
      const details = reply.result?.exceptionDetails;
      if (reply.error || details) {
        throw new Error(
          `popup: ${details?.exception?.description ?? details?.text ?? JSON.stringify(reply.error)}`,
        );
      }
      return reply.result?.result?.value as T;
    },
    async close() {
      await call('Runtime.evaluate', { expression: 'window.close()' }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

// ---- waiting for the extension to finish -----------------------------------------------------

/**
 * Waits until no control changes in any frame and the badge is stable: at least `minMs` after the
 * call, then `quietMs` without change. Nothing here is asserted on time.
 */
export async function settle(
  session: ExtensionSession,
  page: Page,
  { minMs = 1200, quietMs = 1000, maxMs = 15_000 } = {},
): Promise<void> {
  const start = Date.now();
  let last = '';
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    const print = JSON.stringify([
      (await snapshot(page)).map((frame) =>
        frame.controls.map((control) => [control.current, control.value]),
      ),
      await badgeOf(session, page).catch(() => '?'),
    ]);
    if (print !== last) {
      last = print;
      since = Date.now();
    } else if (Date.now() - start >= minMs && Date.now() - since >= quietMs) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Badge text for a number of filled fields, or "+" while a form waits for a press on ReSIM's offer [P6]. */
export const badgeFor = (count: number, offers = 0) => (count > 0 ? String(count) : offers > 0 ? '+' : '');

/** ReSIM's one-press offers shown in the page's frames (`<resim-prompt>`, src/dom/inpage-prompt.ts). */
export async function offersOn(page: Page): Promise<number> {
  let count = 0;
  for (const frame of page.frames()) {
    count += await frame.evaluate(() => document.querySelectorAll('resim-prompt').length).catch(() => 0);
  }
  return count;
}

export interface CheckOptions {
  /** Fields filled earlier on this tab that the page no longer shows (wizard steps already left). */
  badgeOffset?: number;
  label?: string;
  settle?: Parameters<typeof settle>[2];
  /** Where the page came from (developed-on, held-out, blind), for the accuracy summary. */
  origin?: string;
}

/** Settles, snapshots, assesses, checks the badge and that nothing was submitted; records the tally. */
export async function checkPage(
  session: ExtensionSession,
  opened: OpenedPage,
  entry: CorpusPage,
  options: CheckOptions = {},
): Promise<PageAssessment> {
  await settle(session, opened.page, options.settle);
  const result = assess(entry, await snapshot(opened.page), options.label);
  const badge = await badgeOf(session, opened.page);
  const expectedBadge = badgeFor(result.changed + (options.badgeOffset ?? 0), await offersOn(opened.page));
  if (badge !== expectedBadge) {
    result.problems.push(
      `badge shows "${badge}" but ${result.changed + (options.badgeOffset ?? 0)} fields changed on the tab`,
    );
  }
  for (const request of opened.requestsAfterLoad)
    result.problems.push(`request after load (form submitted?): ${request}`);
  record(result, options.origin);
  return result;
}
