// Issue #3 §1, the fill policy: nothing is filled on the carrier's own non-support forms, on lookalike
// or http hosts, on another carrier's pages, for a profile without a registry carrier, or with the
// carrier's switch off. Every control of every page must keep its value and the badge stays empty.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import { NON_SUPPORT_PAGES, POLICY_PAGES } from '../fixtures/sites/corpus';
import { checkPage, openEntry, printAccuracy, snapshot, startSession } from '../support/fixtures';
import type { ExtensionSession } from '../support/harness';

// Evaluated in the extension's service worker, where `chrome` is the extension API.
declare const chrome: typeof WxtBrowser;

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  printAccuracy('policy and non-support pages');
  await session?.close();
});

describe("a carrier's own pages that are not support forms get nothing", () => {
  for (const entry of NON_SUPPORT_PAGES) {
    test(entry.name, async () => {
      const opened = await openEntry(session, entry);
      try {
        const result = await checkPage(session, opened, entry);
        expect(result.problems, entry.url).toEqual([]);
        expect(result.changed).toBe(0);
      } finally {
        await opened.page.close();
      }
    });
  }
});

describe('pages outside the policy get nothing', () => {
  for (const entry of POLICY_PAGES) {
    test(`${entry.name} (${entry.nothingBecause})`, async () => {
      const opened = await openEntry(session, entry);
      try {
        // The fixture must really offer fields: a page with nothing to fill would prove nothing.
        const offered = (await snapshot(opened.page))
          .flatMap((frame) => frame.controls)
          .filter((c) => c.expect !== 'none');
        expect(offered.length).toBeGreaterThan(5);
        const result = await checkPage(session, opened, entry);
        expect(result.problems, entry.url).toEqual([]);
        expect(result.changed).toBe(0);
      } finally {
        await opened.page.close();
      }
    });
  }
});

test('the content script is declared for carrier domains over https only', async () => {
  const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  expect(matches.length).toBeGreaterThan(0);
  for (const pattern of matches) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  expect(matches).not.toContain('<all_urls>');
  expect(matches.some((pattern) => pattern.includes('example'))).toBe(false);
  expect(manifest.content_scripts?.every((script) => script.all_frames === true)).toBe(true);
});
