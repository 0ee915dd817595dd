// The popup states and pages the accessibility suite (tests/e2e/accessibility.e2e.ts) checks: what is
// stored, what is done first, and which browser language; one browser per UI language, shared.
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import {
  type ExtensionSession,
  launchExtension,
  openPopup,
  ROOT,
  type Served,
  serve,
  type ToolbarPopup,
} from './harness';

const EID = '89049032123451234512345678901235';
const ICCID = '8968710012345678904';
/**
 * Four days ago, whenever the suite runs: a sent request counts as the one in progress for seven days
 * (src/journey/duplicates.ts), so a fixed date stopped showing the notice a week after it was written.
 * Its answer was due a day ago, as in the request log the popup shows.
 */
export const SENT_AT = Date.now() - 4 * 86_400_000;

export const PROFILE = {
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
export const ONE = profiles({ id: 'main', label: '', ...PROFILE });
export const REQUEST = {
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

export type ViewId = 'details' | 'sites' | 'requests' | 'checklist' | 'contact' | 'activate' | 'backup';

export interface Scenario {
  /** What the popup shows, in words. */
  state: string;
  view: ViewId;
  storage: Record<string, unknown>;
  /** Brings the view into its state once shown; resolves when it is there. */
  prepare?(page: Page): Promise<void>;
}

export const SCENARIOS: Scenario[] = [
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
  {
    state: 'Activate with a code it cannot read (error shown)',
    view: 'activate',
    storage: ONE,
    async prepare(page) {
      await page.locator('.activate textarea').fill('LPA:1$not a server');
      await page.locator('#act-error').waitFor();
    },
  },
  { state: 'Backup', view: 'backup', storage: ONE },
];

/** The carrier's own replacement form (fills by itself) and its general contact form (only offered). */
export const CARRIER_PAGE = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';
export const CONTACT_PAGE = 'https://www.opt.nc/contact';
/** A travel-eSIM seller's help centre that no carrier file lists, with another company's widget framed. */
export const UNKNOWN_PAGE = 'https://help.wanderbyte-esim.com/esim-replacement-request/';
export const PAGES = {
  [CARRIER_PAGE]: { file: 'sites/opt-nc/remplacement-esim.html' },
  [CONTACT_PAGE]: { file: 'offer/opt-nc-contact.html' },
  [UNKNOWN_PAGE]: { file: 'request/wanderbyte-esim-replacement.en.html' },
  'https://widgets.callnest.io/embed/callback-form': { file: 'request/callnest-callback-frame.en.html' },
};
export async function filledByItself(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (document.querySelector('#edit-courriel') as HTMLInputElement).value !== '',
  );
}

/** The popup over a carrier's page, opened from the toolbar (the only way it sees that tab). */
export interface OverPageScenario {
  state: string;
  url: string;
  storage: Record<string, unknown>;
  /** What the page shows first (the fill, the notice), and what the popup shows then. */
  pageReady(page: Page): Promise<void>;
  popupReady: string;
  /** Brings the popup into its state once it shows `popupReady`; resolves when it is there. */
  prepare?(popup: ToolbarPopup): Promise<void>;
}

export const OVER_PAGE: OverPageScenario[] = [
  {
    state: "This page, after ReSIM filled the carrier's form (with Fill this page and the site card)",
    url: CARRIER_PAGE,
    storage: ONE,
    pageReady: filledByItself,
    popupReady: `document.querySelector('main[data-view="page"] .page-panel .entries.filled li')`,
  },
  {
    state: 'This page, the same request already sent (the duplicate notice)',
    url: CARRIER_PAGE,
    storage: { ...ONE, ...REQUEST },
    pageReady: (page) => promptShown(page),
    popupReady: `document.querySelector('main[data-view="page"] .page-panel .banner.notice')`,
  },
  {
    state:
      'Fill this page on a site ReSIM never saw, asking first about the boxes that would get identifiers',
    url: UNKNOWN_PAGE,
    storage: ONE,
    pageReady: async (page) => {
      await page.frameLocator('#callback-frame').locator('#cb-name').waitFor();
    },
    popupReady: `document.querySelector('.fill-page button')`,
    async prepare(popup) {
      await popup.click(`document.querySelector('.fill-page button')`);
      await popup.waitFor(`document.querySelector('.fill-page .confirm ul.entries li')`, 'the list of boxes');
    },
  },
];

export interface Locale {
  name: string;
  /** Chromium's --lang. */
  ui: string;
  /** What <html lang> must say. */
  lang: string;
}
export const LOCALES: Locale[] = [
  { name: 'English', ui: 'en-US', lang: 'en-US' },
  { name: 'French', ui: 'fr', lang: 'fr' },
  { name: 'Simplified Chinese', ui: 'zh-CN', lang: 'zh-CN' },
];

/** Opens the popup (in a tab) on `view` and waits for the view to be drawn. */
export async function openView(session: ExtensionSession, view: ViewId): Promise<Page> {
  const page = await openPopup(session);
  await page.locator('nav [aria-current="page"]').waitFor();
  const tab = page.locator(`nav button[data-view="${view}"]`);
  if ((await tab.getAttribute('aria-current')) !== 'page') await tab.click();
  await page.locator(`main[data-view="${view}"] > *`).first().waitFor();
  await page.waitForLoadState('load');
  return page;
}

/** Waits for the in-page prompt to be open in the top layer and painted. */
export async function promptShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const host = document.querySelector('resim-prompt');
      return !!host && host.matches(':popover-open') && getComputedStyle(host).visibility === 'visible';
    },
    undefined,
    { polling: 'raf', timeout: 15_000 },
  );
}

/** One browser per UI language, launched when first asked for and shared by the suites below. */
const browsers = new Map<string, Promise<ExtensionSession>>();
export function browserIn(ui: string): Promise<ExtensionSession> {
  let session = browsers.get(ui);
  if (!session) {
    session = launchExtension({ lang: ui }).then(async (launched) => {
      await serve(launched.context, PAGES);
      return launched;
    });
    browsers.set(ui, session);
  }
  return session;
}
/** Closes every browser `browserIn` launched. */
export async function closeBrowsers(): Promise<void> {
  for (const session of browsers.values()) await (await session).close();
  browsers.clear();
}

/** The prompt must have been shown this long before a press counts (500 ms in src/dom/press-guard.ts). */
export const SHOWN_BEFORE_PRESS_MS = 700;

export interface PromptScenario {
  what: string;
  url: string;
  storage: Record<string, unknown>;
  role: 'group' | 'status';
  /** The key that presses the action button. */
  key: 'Enter' | 'Space';
}

export const PROMPTS: PromptScenario[] = [
  {
    what: "the offer on the carrier's contact form",
    url: CONTACT_PAGE,
    storage: ONE,
    role: 'group',
    key: 'Enter',
  },
  {
    what: 'the notice on a form whose request was already sent',
    url: CARRIER_PAGE,
    storage: { ...ONE, ...REQUEST },
    role: 'status',
    key: 'Space',
  },
];

// The prompt speaks the page's language, not the browser's. The French pages above run the whole
// extension; for English and Chinese pages the product's own prompt module (src/fill/offer-prompt.ts,
// the one fill-prompt.js carries) shows it beside a box, with the words of that language.

export const PROMPT_ORIGIN = 'https://support.carrier.example';

/** The offer module as a page script: `window.showOffer(notice)` shows it beside the page's box. */
async function offerBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { showOfferPrompt } from './src/fill/offer-prompt';
        (window as any).showOffer = (notice: boolean) => {
          const anchor = document.querySelector('input')!;
          const lang = document.documentElement.lang as any;
          showOfferPrompt({ anchor, lang, onPress() {}, onDismiss() {}, ...(notice ? { notice: { sentAt: ${SENT_AT} } } : {}) });
        };`,
      loader: 'ts',
      resolveDir: ROOT,
      sourcefile: 'offer-entry.ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** A page in each of those languages with one box, and the offer module, at PROMPT_ORIGIN. */
export async function offerPages(): Promise<Served> {
  const served: Served = { [`${PROMPT_ORIGIN}/offer.js`]: { js: await offerBundle() } };
  for (const lang of ['en', 'zh'])
    served[`${PROMPT_ORIGIN}/${lang}`] = {
      html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Support</title></head>
      <body><main><form style="padding:40px"><label>Email <input type="email" name="email"></label>
      <p><button type="submit">Send</button></p></form></main><script src="/offer.js"></script></body></html>`,
    };
  return served;
}

export const WORDED = [
  { language: 'English', lang: 'en', notice: false },
  { language: 'English', lang: 'en', notice: true },
  { language: 'Chinese', lang: 'zh', notice: false },
  { language: 'Chinese', lang: 'zh', notice: true },
].map((entry) => ({ ...entry, kind: entry.notice ? 'notice' : 'offer' }));
