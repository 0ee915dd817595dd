import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension, openPopup, serve } from './harness';

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
