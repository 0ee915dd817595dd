// Real Firefox (Debian's firefox-esr, headless) with the built Firefox MV3 extension, driven by
// puppeteer-core over WebDriver BiDi. The Firefox counterpart of tests/support/harness.ts (Chromium):
// fixtures are served at real carrier URLs by request interception, nothing reaches the network, and
// the extension's storage is read and written from one of its own pages, as its popup does.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { browser as WxtBrowser } from 'wxt/browser';
import { type Served, servedResponse } from './harness';

// Inside extension pages (page.evaluate), where `browser` is the WebExtension API.
declare const browser: typeof WxtBrowser;

const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX_EXTENSION_DIR = join(
  resolve(ROOT, process.env.RESIM_OUT_DIR ?? '.output'),
  'firefox-mv3',
);
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The add-on's internal UUID, pinned by a pref: Firefox otherwise draws a random one at install, and
 * moz-extension://<uuid>/popup.html could not be known in advance.
 */
const ADDON_UUID = '3c9b6f0e-5d1a-4e8b-9a27-6f4c0d2e8b15';

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id from the built manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://<uuid>: the extension's own origin. */
  origin: string;
  /** Serves fixtures at these URLs (exact origin and path, query ignored) in every tab of the session. */
  serve(pages: Served): void;
  /** A new tab where served URLs answer with their fixture and everything else is refused. */
  newTab(): Promise<Tab>;
  /** The popup page (moz-extension://…/popup.html) in a tab of its own. */
  openPopup(): Promise<Page>;
  /** Runs `fn(arg)` in an extension page, where `browser` is the WebExtension API. */
  inExtension<A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface Tab {
  page: Page;
  /** Non-GET requests the page made (a submitted form shows up here: ReSIM never submits). */
  posts: string[];
}

/** The firefox-mv3 build's manifest, or a clear failure: the suite never skips silently. */
function builtManifest(): { browser_specific_settings: { gecko: { id: string } } } {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox is not installed at ${FIREFOX}: install Debian's firefox-esr (apt-get install firefox-esr; .ci/run does) or set FIREFOX_PATH.`,
    );
  }
  const path = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** firefox-esr, headless, with the built extension installed, as a person's browser would have it. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const addonId = builtManifest().browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    // Lets the BiDi session reach moz-extension:// documents (the popup page).
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      // Nothing may reach the network: every request that no fixture answers goes to a closed local
      // port, and names never leave the machine.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.dns.native-is-localhost': true,
      'network.trr.mode': 5,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
    },
  });
  try {
    // A temporary install, as about:debugging does: Firefox grants the manifest's host_permissions at
    // install (since Firefox 127), as it does for a person who accepts the install prompt.
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${ADDON_UUID}`;
  let extensionTab: Promise<Page> | undefined;
  const routes = new Map<string, Served[string]>();

  const answer = (request: HTTPRequest): Promise<void> => {
    const url = new URL(request.url());
    // Data and extension URLs are not network requests; Firefox does not let them be intercepted.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return request.continue();
    const source = routes.get(url.origin + url.pathname);
    if (!source) return request.abort('blockedbyclient');
    return request.respond(servedResponse(source));
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${origin}/${path}`;
    // Firefox 140 reports no BiDi navigation events for moz-extension documents, so puppeteer's goto
    // never resolves: start it (it ends when the tab closes), then wait for the document itself.
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    await waitFor(
      () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''),
      (state) => state === `${url} complete`,
      `${url} to load`,
    );
    return page;
  };

  return {
    browser,
    addonId,
    origin,
    serve(pages) {
      for (const [url, source] of Object.entries(pages)) {
        const { origin: pageOrigin, pathname } = new URL(url);
        routes.set(pageOrigin + pathname, source);
      }
    },
    async newTab() {
      const page = await browser.newPage();
      const posts: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.method() !== 'GET') posts.push(`${request.method()} ${request.url()}`);
        // A request the page dropped meanwhile (a navigation away) cannot be answered any more.
        answer(request).catch(() => undefined);
      });
      return { page, posts };
    },
    openPopup: () => openExtensionPage('popup.html'),
    async inExtension(fn, arg) {
      // One extension tab serves every call: opening a page per call costs a second or two.
      extensionTab ??= openExtensionPage('popup.html');
      const page = await extensionTab;
      return page.evaluate(fn as (arg: unknown) => Promise<never>, arg);
    },
    close: () => browser.close(),
  };
}

/** Polls `read` until `done(value)`, or fails after `timeoutMs` naming what it waited for. */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---- the extension's storage and badge, through its own pages ---------------------------------

/** Replaces everything the extension stored with `items`. */
export function replaceStorage(session: FirefoxSession, items: Record<string, unknown>): Promise<void> {
  return session.inExtension(async (values) => {
    await browser.storage.local.clear();
    await browser.storage.local.set(values);
  }, items);
}

export function readStorage(session: FirefoxSession, key: string): Promise<unknown> {
  return session.inExtension(async (name) => (await browser.storage.local.get(name))[name], key);
}

/** Whether Firefox has granted the extension this host permission (e.g. `https://*.opt.nc/*`). */
export function hasHostPermission(session: FirefoxSession, origin: string): Promise<boolean> {
  return session.inExtension((pattern) => browser.permissions.contains({ origins: [pattern] }), origin);
}

/** The toolbar badge of the tab showing `url`. */
export function badgeOf(session: FirefoxSession, url: string): Promise<string> {
  return session.inExtension(async (pageUrl) => {
    const [tab] = await browser.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error(`no tab at ${pageUrl}`);
    return browser.action.getBadgeText({ tabId: tab.id });
  }, url);
}
