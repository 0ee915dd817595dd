// The tables that drive the end-to-end suites: each row is a corpus page and where it came from.
// The origin matters for reading the accuracy (a page the engine was tuned on proves less than one
// written apart from it), so it is a column of the table and of the printed summary, not a file.
import type { HoldoutPage } from '../fixtures/sites/holdout/corpus';
import { type OpenedPage, openEntry, settle } from './fixtures';
import { bundleReact } from './framework-assets.mjs';
import type { ExtensionSession } from './harness';

/**
 * - `developed-on`: the pages the engine was built against (tests/fixtures/sites);
 * - `held-out`: written apart, without looking at those pages (tests/fixtures/sites/holdout, platforms/holdout);
 * - `blind`: written without reading the engine or any other fixture (tests/fixtures/sites/blind2).
 */
export type Origin = 'developed-on' | 'held-out' | 'blind';

export const ORIGINS: readonly Origin[] = ['developed-on', 'held-out', 'blind'];

export interface PageRow {
  origin: Origin;
  page: HoldoutPage;
}

export const rows = (origin: Origin, pages: readonly HoldoutPage[]): PageRow[] =>
  pages.map((page) => ({ origin, page }));

/** A form that is not in the page's first HTML: rendered by an app, upgraded late, or shown after a press. */
export const rendersAfterLoad = (page: HoldoutPage): boolean =>
  Boolean(page.react || page.clickThen || page.readySelector);

/**
 * Opens a corpus page as the person would: bundles its React entry if it has one, and presses its
 * "next" button (`clickThen`) once the first step has settled.
 */
export async function openPage(session: ExtensionSession, page: HoldoutPage): Promise<OpenedPage> {
  let served = page;
  if (page.react) {
    const script = await bundleReact(page.react.entry);
    served = { ...page, extra: { ...page.extra, [page.react.url]: { script, delayMs: 0 } } };
  }
  const opened = await openEntry(session, served);
  if (page.clickThen) {
    await settle(session, opened.page);
    await opened.page.locator(page.clickThen).click();
  }
  return opened;
}

/** `name [origin]`: the test's name in a table-driven suite. */
export const rowName = ({ origin, page }: PageRow, suffix = ''): string =>
  `${page.name}${suffix} [${origin}]`;
