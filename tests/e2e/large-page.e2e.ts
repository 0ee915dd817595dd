// Spec: on a large carrier page (the bench's heavy page: OPT-NC's replacement form with a 1,500-phone
// select, 1,000 shop-filter checkboxes and a 1,500-control simulator its own Vue script renders) the
// engine reads and fills the likeliest request form first, and reads the other forms when the person
// moves into them (src/detect/likeliest.ts, src/fill/read-on-focus.ts). The same 11 fields fill as a
// whole-page read fills them, nothing else is written, one form is in the report.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BENCH_PROFILE,
  FIELDS,
  HEAVY_PAGE_URL,
  heavyPageRoutes,
  READ_PAGE,
} from '../../scripts/bench/heavy-page.mjs';
import { badgeOf } from '../support/fixtures';
import {
  type ExtensionSession,
  launchExtension,
  ROOT,
  type Served,
  serve,
  writeStorage,
} from '../support/harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  // Where src/profile/storage.ts keeps a v2 single profile (migrated on first read).
  await writeStorage(session, { profile: BENCH_PROFILE, profile$: { v: 2 } });
  const served: Served = {};
  for (const [url, { body, contentType }] of Object.entries(heavyPageRoutes(ROOT))) {
    served[url] = contentType.startsWith('text/html') ? { html: body } : { js: body };
  }
  await serve(session.context, served);
}, 60_000);

afterAll(async () => {
  await session?.close();
});

describe('a carrier page of 2,526 controls', () => {
  test('the replacement form fills right, first; nothing else on the page changes', async () => {
    const page = await session.context.newPage();
    await page.goto(HEAVY_PAGE_URL, { waitUntil: 'domcontentloaded' });
    await page.evaluate('window.__bench.filled');
    // Give the engine time to write anything else it would.
    await page.waitForTimeout(1500);
    const seen = (await page.evaluate(READ_PAGE)) as {
      wrong: string[];
      unrelatedChanged: number;
      written: number;
      controls: number;
    };
    expect(seen.controls).toBe(2526);
    expect(seen.wrong).toEqual([]);
    expect(seen.written).toBe(Object.keys(FIELDS).length);
    expect(seen.unrelatedChanged).toBe(0);
    // One form, eleven boxes (the e-mail twice), counted once.
    expect(await badgeOf(session, page)).toBe('11');

    // The person moves into the simulator and the shop's filters: each is read then, and neither
    // asks for anything of ours, so nothing is written and the count stays.
    await page.focus('#simulateur input[type="text"]');
    await page.focus('#boutique-filtres input');
    await page.waitForTimeout(500);
    const after = (await page.evaluate(READ_PAGE)) as typeof seen;
    expect(after.wrong).toEqual([]);
    expect(after.unrelatedChanged).toBe(0);
    expect(await badgeOf(session, page)).toBe('11');
    await page.close();
  });
});
