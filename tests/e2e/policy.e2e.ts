// Spec, the fill policy (docs/fill-policy.md): ReSIM writes nothing on the carrier's own pages that
// are not support forms (login, sign-up, checkout, newsletter, survey), nor on lookalike or plain-http
// hosts, another carrier's pages, for a profile without a registry carrier, or with the carrier's
// switch off. Every control of every frame keeps its value, nothing is submitted, the badge stays empty.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NON_SUPPORT_PAGES, POLICY_PAGES } from '../fixtures/sites/corpus';
import { HOLDOUT_NON_SUPPORT, HOLDOUT_POLICY } from '../fixtures/sites/holdout/corpus';
import { checkPage, printAccuracy, snapshot, startSession } from '../support/fixtures';
import type { ExtensionSession } from '../support/harness';
import { openPage, type PageRow, rowName, rows } from '../support/page-table';

const NOT_SUPPORT_FORMS: PageRow[] = [
  ...rows('developed-on', NON_SUPPORT_PAGES),
  ...rows('held-out', HOLDOUT_NON_SUPPORT),
];

/** Support forms the policy keeps ReSIM out of (`nothingBecause` says why). */
const OUTSIDE_THE_POLICY: PageRow[] = [
  ...rows('developed-on', POLICY_PAGES),
  ...rows('held-out', HOLDOUT_POLICY),
];

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  printAccuracy('policy and non-support pages');
  await session?.close();
});

async function expectNothingWritten(row: PageRow, { offersAForm = false } = {}) {
  const opened = await openPage(session, row.page);
  try {
    if (offersAForm) {
      // The fixture must really offer fields: a page with nothing to fill would prove nothing.
      const offered = (await snapshot(opened.page))
        .flatMap((frame) => frame.controls)
        .filter((control) => control.expect !== 'none');
      expect(offered.length).toBeGreaterThan(5);
    }
    const result = await checkPage(session, opened, row.page, { origin: row.origin });
    expect(result.problems, row.page.url).toEqual([]);
    expect(result.changed).toBe(0);
  } finally {
    await opened.page.close();
  }
}

describe("a carrier's own pages that are not support forms get nothing", () => {
  for (const row of NOT_SUPPORT_FORMS) test(rowName(row), () => expectNothingWritten(row));
});

describe('support forms outside the policy get nothing', () => {
  for (const row of OUTSIDE_THE_POLICY) {
    test(rowName(row, ` (${row.page.nothingBecause})`), () =>
      expectNothingWritten(row, { offersAForm: true }),
    );
  }
});
