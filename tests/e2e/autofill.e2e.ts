// Spec: on the carrier's own support page, the eSIM replacement form fills itself for a saved profile
// of that carrier — every annotated box gets the right value in the right format (the right option,
// the right radio), nothing else on the page changes (honeypots, third-party frames, other forms),
// nothing is submitted, and the toolbar badge counts the fields filled.
//
// One table of static pages (frames and shadow roots included), whatever their origin; forms that
// apps render after load are in apps.e2e.ts, pages that must get nothing in policy.e2e.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BLIND2_SUPPORT } from '../fixtures/sites/blind2/corpus';
import { SUPPORT_PAGES } from '../fixtures/sites/corpus';
import {
  HOLDOUT_SUPPORT,
  HOLDOUT_SUPPORT_2,
  HOLDOUT_SUPPORT_3,
  HOLDOUT_SUPPORT_4,
  HOLDOUT_SUPPORT_5,
} from '../fixtures/sites/holdout/corpus';
import { checkPage, printAccuracy, startSession } from '../support/fixtures';
import type { ExtensionSession } from '../support/harness';
import { openPage, type PageRow, rendersAfterLoad, rowName, rows } from '../support/page-table';

const HELD_OUT = [
  ...HOLDOUT_SUPPORT,
  ...HOLDOUT_SUPPORT_2,
  ...HOLDOUT_SUPPORT_3,
  ...HOLDOUT_SUPPORT_4,
  ...HOLDOUT_SUPPORT_5,
];

const SUPPORT_FORMS: PageRow[] = [
  ...rows('developed-on', SUPPORT_PAGES),
  ...rows('held-out', HELD_OUT),
  ...rows('blind', BLIND2_SUPPORT),
].filter(({ page }) => !rendersAfterLoad(page));

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  printAccuracy('support forms');
  await session?.close();
});

describe("the eSIM replacement form on the carrier's support page is filled exactly as annotated, and nothing else changes", () => {
  for (const row of SUPPORT_FORMS) {
    test(rowName(row), async () => {
      const opened = await openPage(session, row.page);
      try {
        const result = await checkPage(session, opened, row.page, { origin: row.origin });
        expect(result.problems, row.page.url).toEqual([]);
        expect(result.expected).toBeGreaterThan(0);
        expect(result.right).toBe(result.expected);
      } finally {
        await opened.page.close();
      }
    });
  }
});
