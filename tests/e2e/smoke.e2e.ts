import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension, openPopup, serve } from '../support/harness';

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
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { EXTENSION_DIR } = await import('../support/harness');
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
  // The content script stays small: no zod, no Preact, no detection engine inside.
  const contentScript = readFileSync(join(EXTENSION_DIR, 'content-scripts/carrier.js'), 'utf8');
  expect(contentScript).not.toMatch(/ZodError|__PREACT_DEVTOOLS__/);
  expect(contentScript).not.toContain('nesty');
  expect(readFileSync(join(EXTENSION_DIR, 'fill-engine.js'), 'utf8')).toContain('nesty');
});
