// The hold-out corpus (tests/fixtures/sites/holdout): pages written apart from the main corpus, run
// through the same checker. Support pages must be filled exactly; non-support and policy pages must
// keep every control as it was.
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  HOLDOUT_NON_SUPPORT,
  HOLDOUT_POLICY,
  HOLDOUT_SUPPORT,
  HOLDOUT_SUPPORT_2,
  HOLDOUT_SUPPORT_3,
  HOLDOUT_SUPPORT_4,
  HOLDOUT_SUPPORT_5,
  type HoldoutPage,
} from '../fixtures/sites/holdout/corpus';
import {
  checkPage,
  type OpenedPage,
  openEntry,
  printAccuracy,
  settle,
  startSession,
} from '../support/fixtures';
import { type ExtensionSession, ROOT } from '../support/harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  printAccuracy('hold-out pages');
  await session?.close();
});

/** Real React 19 from node_modules, bundled as the framework fixtures are. */
async function bundleReact(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"production"' },
    absWorkingDir: ROOT,
    logLevel: 'silent',
  });
  const [bundle] = result.outputFiles;
  if (!bundle) throw new Error(`esbuild produced nothing for ${entry}`);
  return bundle.text;
}

async function open(entry: HoldoutPage): Promise<OpenedPage> {
  let served: HoldoutPage = entry;
  if (entry.react) {
    const script = await bundleReact(entry.react.entry);
    served = { ...entry, extra: { ...entry.extra, [entry.react.url]: { script, delayMs: 0 } } };
  }
  const opened = await openEntry(session, served);
  if (entry.clickThen) {
    await settle(session, opened.page);
    await opened.page.locator(entry.clickThen).click();
  }
  return opened;
}

describe('hold-out support pages are filled exactly', () => {
  for (const entry of [
    ...HOLDOUT_SUPPORT,
    ...HOLDOUT_SUPPORT_2,
    ...HOLDOUT_SUPPORT_3,
    ...HOLDOUT_SUPPORT_4,
    ...HOLDOUT_SUPPORT_5,
  ]) {
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

describe('hold-out pages that must get nothing', () => {
  for (const entry of [...HOLDOUT_NON_SUPPORT, ...HOLDOUT_POLICY]) {
    test(`${entry.name} (${entry.nothingBecause ?? entry.kind})`, async () => {
      const opened = await open(entry);
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
