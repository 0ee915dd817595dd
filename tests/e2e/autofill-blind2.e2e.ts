// Blind batch 2 (tests/fixtures/sites/blind2): carrier support pages written without reading the engine
// or the other fixtures, run through the same checker as the hold-out corpus. Every page must be filled
// exactly, with nothing written into traps.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BLIND2_SUPPORT } from '../fixtures/sites/blind2/corpus';
import type { HoldoutPage } from '../fixtures/sites/holdout/corpus';
import {
  checkPage,
  type OpenedPage,
  openEntry,
  printAccuracy,
  settle,
  startSession,
} from '../support/fixtures';
import type { ExtensionSession } from '../support/harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  printAccuracy('blind2 pages');
  await session?.close();
});

async function open(entry: HoldoutPage): Promise<OpenedPage> {
  const opened = await openEntry(session, entry);
  if (entry.clickThen) {
    await settle(session, opened.page);
    await opened.page.locator(entry.clickThen).click();
  }
  return opened;
}

describe('blind2 support pages are filled exactly', () => {
  for (const entry of BLIND2_SUPPORT) {
    test(entry.name, async () => {
      const opened = await open(entry);
      try {
        const result = await checkPage(session, opened, entry);
        expect(result.problems, entry.url).toEqual([]);
        expect(result.expected).toBeGreaterThan(0);
        expect(result.right).toBe(result.expected);
      } finally {
        await opened.page.close();
      }
    });
  }
});
