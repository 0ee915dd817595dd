// Issue #3 §1–§3 on static carrier pages: every support page of the corpus is filled exactly as its
// annotations say (right field, right format, right option), and nothing else on the page changes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SUPPORT_PAGES } from '../fixtures/sites/corpus';
import { checkPage, openEntry, printAccuracy, startSession } from '../support/fixtures';
import type { ExtensionSession } from '../support/harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  printAccuracy('support pages');
  await session?.close();
});

describe('support pages on the carrier of the saved profile are filled exactly', () => {
  for (const entry of SUPPORT_PAGES) {
    test(entry.name, async () => {
      const opened = await openEntry(session, entry);
      try {
        const result = await checkPage(session, opened, entry);
        expect(result.problems, `${entry.url}`).toEqual([]);
        expect(result.right).toBe(result.expected);
        expect(result.expected).toBeGreaterThan(0);
      } finally {
        await opened.page.close();
      }
    });
  }
});
