// Accessibility in real Chromium with the built extension: axe-core (WCAG 2.0/2.1 A and AA, and axe's
// best practices) finds nothing on any popup view, in each language the popup speaks (the browser's UI
// language: en, fr, zh-CN), in the states that change what it shows; <html lang> says that language.
// One browser per language, reused across views.
import { appendFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { axeFindings, axeFindingsVia, type Finding, formatFindings } from '../support/axe';
import {
  clearStorage,
  type ExtensionSession,
  launchExtension,
  openPopup,
  openToolbarPopup,
  serve,
  type ToolbarPopup,
  writeStorage,
} from '../support/harness';

const EID = '89049032123451234512345678901235';
const ICCID = '8968710012345678904';
const SENT_AT = Date.UTC(2026, 10, 30, 9, 0);

const PROFILE = {
  givenName: 'Marie',
  familyName: 'Wamytan',
  email: 'marie.wamytan@example.nc',
  phone: '+687751234',
  carrierId: 'opt-nc',
  carrierOtherName: '',
  deviceModel: 'iPhone 15 Pro',
  orderNumber: 'NC-2024-0815',
  activationCode: 'LPA:1$smdp.example.nc$OLD-CODE-1111',
  imei: '490154203237518',
  eid: EID,
  iccid: ICCID,
  reason: 'lost',
  notes: '',
};
const EMPTY = Object.fromEntries(Object.keys(PROFILE).map((key) => [key, ''])) as typeof PROFILE;

/** Storage as the extension keeps it (local:profile, version 3). */
const profiles = (...entries: Array<{ id: string; label: string } & typeof PROFILE>) => ({
  profile: { entries, selectedId: entries[0]!.id },
  profile$: { v: 3 },
});
const ONE = profiles({ id: 'main', label: '', ...PROFILE });
const REQUEST = {
  requests: [
    {
      id: 'r1',
      carrierId: 'opt-nc',
      carrierName: 'OPT-NC',
      orderNumber: PROFILE.orderNumber,
      page: 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim',
      sentAt: SENT_AT,
      fields: ['givenName', 'familyName', 'email', 'eid'],
      status: 'open',
      expectBy: SENT_AT + 3 * 86_400_000,
    },
  ],
  requests$: { v: 1 },
};

type ViewId = 'details' | 'sites' | 'requests' | 'checklist' | 'contact' | 'activate' | 'backup';

interface Scenario {
  /** What the popup shows, in words. */
  state: string;
  view: ViewId;
  storage: Record<string, unknown>;
  /** Brings the view into its state once shown; resolves when it is there. */
  prepare?(page: Page): Promise<void>;
}

const SCENARIOS: Scenario[] = [
  { state: 'Your details, nothing saved yet', view: 'details', storage: {} },
  {
    state: 'Your details with refused values (errors shown)',
    view: 'details',
    storage: profiles({ id: 'main', label: '', ...EMPTY, givenName: 'Marie', carrierId: 'opt-nc' }),
    async prepare(page) {
      await page.locator('#field-email').fill('marie@');
      await page.locator('#field-eid').fill('8904903212345123451234567890123');
      await page.locator('#field-imei').fill('490154203237519');
      await page.locator('#field-givenName').focus();
      await page.locator('.field.is-invalid').nth(2).waitFor();
    },
  },
  {
    state: 'Your details with two profiles to pick from',
    view: 'details',
    storage: profiles(
      { id: 'main', label: '', ...PROFILE },
      { id: 'p-travel', label: 'Travel eSIM', ...PROFILE, carrierId: 'airalo' },
    ),
  },
  { state: 'Sites', view: 'sites', storage: ONE },
  { state: 'Requests with one open request', view: 'requests', storage: { ...ONE, ...REQUEST } },
  { state: 'Before asking', view: 'checklist', storage: ONE },
  { state: 'Support', view: 'contact', storage: ONE },
  {
    state: 'Activate with a code read',
    view: 'activate',
    storage: ONE,
    async prepare(page) {
      await page
        .locator('.activate textarea, .activate input[type="text"]')
        .first()
        .fill('LPA:1$SMDP.Example.COM$K2-1ABC2D-3EF4GH$1.3.6.1.4.1.31746');
      await page.getByTestId('act-result').waitFor();
    },
  },
  { state: 'Backup', view: 'backup', storage: ONE },
];

/** The carrier's own replacement form (fills by itself) and its general contact form (only offered). */
const CARRIER_PAGE = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';
const CONTACT_PAGE = 'https://www.opt.nc/contact';
const PAGES = {
  [CARRIER_PAGE]: { file: 'sites/opt-nc/remplacement-esim.html' },
  [CONTACT_PAGE]: { file: 'offer/opt-nc-contact.html' },
};
async function filledByItself(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (document.querySelector('#edit-courriel') as HTMLInputElement).value !== '',
  );
}

/** The popup over a carrier's page, opened from the toolbar (the only way it sees that tab). */
interface OverPageScenario {
  state: string;
  storage: Record<string, unknown>;
  /** What the page shows first (the fill, the notice), and what the popup shows then. */
  pageReady(page: Page): Promise<void>;
  popupReady: string;
}

const OVER_PAGE: OverPageScenario[] = [
  {
    state: "This page, after ReSIM filled the carrier's form (with Fill this page and the site card)",
    storage: ONE,
    pageReady: filledByItself,
    popupReady: `document.querySelector('main[data-view="page"] .page-panel .entries.filled li')`,
  },
  {
    state: 'This page, the same request already sent (the duplicate notice)',
    storage: { ...ONE, ...REQUEST },
    pageReady: (page) => promptShown(page),
    popupReady: `document.querySelector('main[data-view="page"] .page-panel .banner.notice')`,
  },
];

interface Locale {
  name: string;
  /** Chromium's --lang. */
  ui: string;
  /** What <html lang> must say. */
  lang: string;
}
const LOCALES: Locale[] = [
  { name: 'English', ui: 'en-US', lang: 'en-US' },
  { name: 'French', ui: 'fr', lang: 'fr' },
  { name: 'Simplified Chinese', ui: 'zh-CN', lang: 'zh-CN' },
];

/** Opens the popup (in a tab) on `view` and waits for the view to be drawn. */
async function openView(session: ExtensionSession, view: ViewId): Promise<Page> {
  const page = await openPopup(session);
  await page.locator('nav [aria-current="page"]').waitFor();
  const tab = page.locator(`nav button[data-view="${view}"]`);
  if ((await tab.getAttribute('aria-current')) !== 'page') await tab.click();
  await page.locator(`main[data-view="${view}"] > *`).first().waitFor();
  await page.waitForLoadState('load');
  return page;
}

/** Waits for the in-page prompt to be open in the top layer and painted. */
async function promptShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const host = document.querySelector('resim-prompt');
      return !!host && host.matches(':popover-open') && getComputedStyle(host).visibility === 'visible';
    },
    undefined,
    { polling: 'raf', timeout: 15_000 },
  );
}

/** With A11Y_REPORT=file, each check's findings are appended there (one JSON line each). */
const report = (where: string, state: string, list: Finding[]) => {
  const file = process.env.A11Y_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify({ where, state, findings: list })}\n`);
};

describe.each(LOCALES)('the popup in $name', (locale) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ lang: locale.ui });
    await serve(session.context, PAGES);
  });
  afterAll(async () => session?.close());
  beforeEach(async () => clearStorage(session));

  test.each(SCENARIOS)('$state: axe finds nothing, and <html lang> is the UI language', async (scenario) => {
    await writeStorage(session, scenario.storage);
    const page = await openView(session, scenario.view);
    try {
      await scenario.prepare?.(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.lang);
      const found = await axeFindings(page);
      report(locale.ui, scenario.state, found);
      expect(found, formatFindings(found)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test.each(OVER_PAGE)('$state: axe finds nothing in the toolbar popup', async (scenario) => {
    await writeStorage(session, scenario.storage);
    const page = await session.context.newPage();
    let popup: ToolbarPopup | undefined;
    try {
      await page.goto(CARRIER_PAGE);
      await scenario.pageReady(page);
      popup = await openToolbarPopup(session, page);
      await popup.waitFor(scenario.popupReady, scenario.state);
      expect(await popup.evaluate<string>('document.documentElement.lang')).toBe(locale.lang);
      const found = await axeFindingsVia(popup.evaluate);
      report(locale.ui, scenario.state, found);
      expect(found, formatFindings(found)).toEqual([]);
    } finally {
      await popup?.close();
      await page.close();
    }
  });
});
