// Spec: support-platform forms (Zendesk, Salesforce Web-to-Case, Freshdesk, HubSpot) on a carrier's
// site are filled for a saved profile of THAT carrier. What counts is what the form would post
// (`new FormData(form)`, the platform widgets' own state included), against the same page opened where
// the extension does not run: every expected name posts its value (tags included), every other name
// exactly what the page had; the visible widgets show the choice; the page's other forms get nothing;
// nothing is sent; the background learns which platform it was. Chat-only pages (Intercom, WhatsApp)
// are reported as such instead of filled.
import { writeFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import { HOLDOUT_PLATFORM_PAGES } from '../fixtures/platforms/holdout/pages';
import { CHAT_ONLY_PAGES, PERSON, PLATFORM_PAGES, type PlatformPage } from '../fixtures/platforms/pages';
import { setProfile, startSession } from '../support/fixtures';
import { type ExtensionSession, serve } from '../support/harness';
import type { Origin } from '../support/page-table';
import {
  type Entries,
  judgePosted,
  otherFormsEntries,
  type PostedVerdict,
  platformRoutes,
  posted,
  settleLikeAPerson,
} from '../support/posted-form';

// Evaluated in the extension's service worker, where `chrome` is the extension API.
declare const chrome: typeof WxtBrowser;

interface PlatformRow {
  origin: Origin;
  page: PlatformPage;
}

const PLATFORM_FORMS: PlatformRow[] = [
  ...PLATFORM_PAGES.map((page) => ({ origin: 'developed-on' as const, page })),
  ...HOLDOUT_PLATFORM_PAGES.map((page) => ({ origin: 'held-out' as const, page })),
];

// Not a carrier domain: the content script never runs there, so the page shows what it posts untouched.
const BASELINE_ORIGIN = 'https://platform-baseline.example.org';

interface Outcome extends PostedVerdict {
  origin: Origin;
  platform: string;
  name: string;
  shown: string[];
}
const outcomes: Outcome[] = [];

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
  const file = process.env.PLATFORM_RESULTS ?? process.env.HOLDOUT_RESULTS;
  if (file) writeFileSync(file, JSON.stringify(outcomes, null, 2));
  const lines = outcomes.map(
    (o) =>
      `  ${o.origin.padEnd(12)} ${o.platform.padEnd(10)} ${o.right}/${o.total} right; wrong: ${o.wrong.length}; touched: ${o.touched.length}; shown: ${o.shown.length} — ${o.name}`,
  );
  for (const origin of new Set(outcomes.map((o) => o.origin))) {
    const mine = outcomes.filter((o) => o.origin === origin);
    const sum = (pick: (o: Outcome) => number) => mine.reduce((total, o) => total + pick(o), 0);
    lines.push(
      `  ${origin}: ${mine.length} forms, expected names right ${sum((o) => o.right)}/${sum((o) => o.total)}, wrong ${sum((o) => o.wrong.length)}, other names touched ${sum((o) => o.touched.length)}, widgets showing the wrong choice ${sum((o) => o.shown.length)}`,
    );
  }
  console.log(['ReSIM e2e accuracy — support-platform forms', ...lines].join('\n'));
});

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The same page where the extension does not run: what the form, and the page's other forms, post untouched. */
async function baseline(entry: PlatformPage): Promise<{ form: Entries; otherForms: string[] }> {
  const url = `${BASELINE_ORIGIN}${new URL(entry.url).pathname}`;
  await serve(session.context, platformRoutes(entry.dir, url, entry.file, entry.widgets));
  const page = await open(url);
  try {
    await page.waitForTimeout(300);
    return { form: await posted(page, entry.form), otherForms: await otherFormsEntries(page, entry.form) };
  } finally {
    await page.close();
  }
}

async function formFrame(page: Page, entry: PlatformPage): Promise<Page | Frame> {
  if (!entry.host) return page;
  const frame = page.frames().find((candidate) => candidate.url().startsWith(entry.url));
  if (!frame) throw new Error(`no frame ${entry.url}`);
  await frame.waitForLoadState('load');
  return frame;
}

/** Each visible widget that does not show the wanted choice (text, or value for inputs). */
async function wrongShown(frame: Page | Frame, shown: Record<string, string> = {}): Promise<string[]> {
  const problems: string[] = [];
  for (const [selector, text] of Object.entries(shown)) {
    const is = await frame.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return '(missing)';
      return el instanceof HTMLInputElement ? el.value : (el.textContent ?? '').trim();
    }, selector);
    if (is !== text)
      problems.push(`${selector}: shows ${JSON.stringify(is)}, wanted ${JSON.stringify(text)}`);
  }
  return problems;
}

interface StoredReport {
  url: string;
  platform: string | null;
  chatOnly?: boolean;
  at: number;
}

/** The newest report the background keeps for a frame URL (session storage, for the badge and popup). */
async function reportFor(url: string): Promise<StoredReport | undefined> {
  const stored = (await session.worker.evaluate(() => chrome.storage.session.get('tabReports'))) as {
    tabReports?: Record<string, Record<string, StoredReport>>;
  };
  return Object.values(stored.tabReports ?? {})
    .flatMap((frames) => Object.values(frames))
    .filter((report) => report.url === url)
    .sort((a, b) => b.at - a.at)[0];
}

describe("a support-platform form on the carrier's site posts the right values, and only those", () => {
  for (const { origin, page: entry } of PLATFORM_FORMS) {
    test(`${entry.name} [${origin}]`, async () => {
      const original = await baseline(entry);
      await setProfile(session, entry.profile);
      const served = platformRoutes(entry.dir, entry.url, entry.file, entry.widgets);
      if (entry.host) Object.assign(served, platformRoutes(entry.dir, entry.host.url, entry.host.file));
      await serve(session.context, served);

      const page = await open(entry.host?.url ?? entry.url);
      const nonGet: string[] = [];
      page.on('request', (request) => {
        if (request.method() !== 'GET') nonGet.push(`${request.method()} ${request.url()}`);
      });
      try {
        const frame = await formFrame(page, entry);
        await settleLikeAPerson(page, frame, entry.form, entry.ready, 1200);
        const verdict = judgePosted(
          await posted(frame, entry.form),
          original.form,
          entry.expected,
          entry.normalize,
        );
        const shown = await wrongShown(frame, entry.shown);
        outcomes.push({ origin, platform: entry.platform, name: entry.name, ...verdict, shown });
        expect({ wrong: verdict.wrong, touched: verdict.touched, shown }).toEqual({
          wrong: [],
          touched: [],
          shown: [],
        });
        // The page's other forms (search, newsletter, Web-to-Lead) post exactly what they did untouched:
        // the person's data never reaches them.
        expect(await otherFormsEntries(frame, entry.form)).toEqual(original.otherForms);
        expect(nonGet).toEqual([]);
        // The report reaches the background (badge, popup) naming the platform, from a frame too.
        await expect
          .poll(async () => (await reportFor(entry.url))?.platform, { timeout: 5_000 })
          .toBe(entry.platform);
        expect((await reportFor(entry.url))?.chatOnly ?? false).toBe(false);
      } finally {
        await page.close();
      }
    });
  }
});

describe('a chat-only support page is reported as such, and nothing on it is filled', () => {
  for (const chat of CHAT_ONLY_PAGES) {
    test(`${chat.name} [developed-on]`, async () => {
      await setProfile(session, {
        ...PERSON,
        carrierId: chat.carrierId,
        reason: 'lost',
        orderNumber: 'CH-1001',
      });
      await serve(session.context, platformRoutes('platforms', chat.url, chat.file));
      const page = await session.context.newPage();
      try {
        await page.goto(chat.url, { waitUntil: 'load' });
        await expect.poll(async () => (await reportFor(chat.url))?.chatOnly, { timeout: 10_000 }).toBe(true);
        // The newsletter box beside the chat stays empty.
        const emails = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLInputElement>('input'))
            .map((input) => input.value)
            .filter((value) => value.includes('@')),
        );
        expect(emails).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
