// Spec: the built extension installs in Chromium, opens its popup, and asks for the least its features
// need — permissions, hosts, and a content script kept small and limited to carrier domains over https.
// Also checks the rig itself: fixture pages are served at real carrier URLs, with no network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import { EXTENSION_DIR, type ExtensionSession, launchExtension, openPopup, serve } from '../support/harness';

// Evaluated in the extension's service worker, where `chrome` is the extension API.
declare const chrome: typeof WxtBrowser;

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

test('the built extension loads and its popup opens', async () => {
  expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await openPopup(session);
  await expect(popup.title()).resolves.toBe('ReSIM');
  await popup.close();
});

test('fixture pages are served at real https carrier URLs, with no network', async () => {
  await serve(session.context, {
    'https://www.opt.nc/assistance': { html: '<title>OPT</title><h1>Assistance</h1>' },
  });
  const page = await session.context.newPage();
  await page.goto('https://www.opt.nc/assistance');
  await expect(page.locator('h1').textContent()).resolves.toBe('Assistance');
  await expect(page.goto('https://example.com/')).rejects.toThrow();
  await page.close();
});

test('P10/P15: the manifest asks for the least the features need and exposes no file to pages', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.permissions).toEqual([
    'storage',
    'activeTab',
    'scripting',
    'contextMenus',
    'alarms',
    'notifications',
  ]);
  const scriptMatches: string[] = manifest.content_scripts.flatMap(
    (script: { matches: string[] }) => script.matches,
  );
  expect(scriptMatches.every((pattern) => pattern.startsWith('https://*.'))).toBe(true);
  // Host permissions exactly where the content script runs: the verified carrier domains.
  expect(manifest.host_permissions).toEqual([...new Set(scriptMatches)]);
  expect(scriptMatches).not.toContain('https://*.airtel.nc/*');
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  expect(manifest.permissions).not.toContain('tabs');
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.commands?.['fill-page']?.suggested_key?.default).toBe('Alt+Shift+F');
  // The content script stays small: no zod, no Preact, no webextension-polyfill, no detection engine.
  const contentScript = readFileSync(join(EXTENSION_DIR, 'carrier.js'), 'utf8');
  expect(contentScript).not.toMatch(/ZodError|__PREACT_DEVTOOLS__/);
  expect(contentScript).not.toContain('nesty');
  expect(contentScript).not.toContain('should only be loaded in a browser extension');
  const engine = readFileSync(join(EXTENSION_DIR, 'fill-engine.js'), 'utf8');
  expect(engine).toContain('nesty');
  // V8 compiles the whole engine with the script (wxt.config.ts): the hint must stay its first line.
  expect(engine.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
});

test('the content script runs in every frame of carrier domains, over https only', async () => {
  const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  expect(matches.length).toBeGreaterThan(0);
  for (const pattern of matches) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  expect(matches).not.toContain('<all_urls>');
  expect(matches.some((pattern) => pattern.includes('example'))).toBe(false);
  expect(manifest.content_scripts?.every((script) => script.all_frames === true)).toBe(true);
});
