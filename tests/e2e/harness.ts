import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { browser as WxtBrowser } from 'wxt/browser';

// The service worker's own global, used inside worker.evaluate().
declare const chrome: typeof WxtBrowser;

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(resolve(ROOT, process.env.RESIM_OUT_DIR ?? '.output'), 'chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Real Chromium with the built extension loaded, as a person's browser would have it. */
export async function launchExtension(): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--disable-sync',
      '--no-first-run',
    ],
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

export interface Served {
  /** Page URL → fixture file (relative to tests/fixtures) or inline HTML. */
  [url: string]: { file: string } | { html: string } | { js: string };
}

/**
 * Serves fixtures at real carrier URLs (exact URL match, query ignored), so content scripts match
 * as they would in the wild. Sub-resources under `/assets/` of any routed host come from tests/fixtures/assets.
 */
export async function serve(context: BrowserContext, pages: Served): Promise<void> {
  for (const [url, source] of Object.entries(pages)) {
    const u = new URL(url);
    const pattern = (candidate: URL) => candidate.origin === u.origin && candidate.pathname === u.pathname;
    await context.route(pattern, (route) => {
      if ('file' in source) {
        const path = join(FIXTURES_DIR, source.file);
        return route.fulfill({
          status: 200,
          contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          body: readFileSync(path),
        });
      }
      if ('js' in source)
        return route.fulfill({ status: 200, contentType: CONTENT_TYPES['.js'], body: source.js });
      return route.fulfill({ status: 200, contentType: CONTENT_TYPES['.html'], body: source.html });
    });
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
