// Accessibility in real Chromium with the built extension: axe-core (WCAG 2.0/2.1 A and AA, and axe's
// best practices) finds nothing on any popup view, in each language the popup speaks (the browser's UI
// language: en, fr, zh-CN), in the states that change what it shows; <html lang> says that language.
// One browser per language, reused across views.
import { appendFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  axeFindings,
  axeFindingsVia,
  type Finding,
  formatFindings,
  openClosedShadowRoots,
} from '../support/axe';
import {
  clearStorage,
  type ExtensionSession,
  launchExtension,
  openPopup,
  openToolbarPopup,
  ROOT,
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
const CARRIER_PAGE = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';
const CONTACT_PAGE = 'https://www.opt.nc/contact';
/** A travel-eSIM seller's help centre that no carrier file lists, with another company's widget framed. */
const UNKNOWN_PAGE = 'https://help.wanderbyte-esim.com/esim-replacement-request/';
const PAGES = {
  [CARRIER_PAGE]: { file: 'sites/opt-nc/remplacement-esim.html' },
  [CONTACT_PAGE]: { file: 'offer/opt-nc-contact.html' },
  [UNKNOWN_PAGE]: { file: 'request/wanderbyte-esim-replacement.en.html' },
  'https://widgets.callnest.io/embed/callback-form': { file: 'request/callnest-callback-frame.en.html' },
};
async function filledByItself(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (document.querySelector('#edit-courriel') as HTMLInputElement).value !== '',
  );
}

/** The popup over a carrier's page, opened from the toolbar (the only way it sees that tab). */
interface OverPageScenario {
  state: string;
  url: string;
  storage: Record<string, unknown>;
  /** What the page shows first (the fill, the notice), and what the popup shows then. */
  pageReady(page: Page): Promise<void>;
  popupReady: string;
  /** Brings the popup into its state once it shows `popupReady`; resolves when it is there. */
  prepare?(popup: ToolbarPopup): Promise<void>;
}

const OVER_PAGE: OverPageScenario[] = [
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

/** One browser per UI language, launched when first asked for and shared by the suites below. */
const browsers = new Map<string, Promise<ExtensionSession>>();
function browserIn(ui: string): Promise<ExtensionSession> {
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
afterAll(async () => {
  for (const session of browsers.values()) await (await session).close();
});

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
    session = await browserIn(locale.ui);
  });
  beforeEach(async () => clearStorage(session));

  for (const scenario of SCENARIOS)
    test(`${scenario.state}: axe finds nothing, and <html lang> is the UI language`, async () => {
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

  for (const scenario of OVER_PAGE)
    test(`${scenario.state}: axe finds nothing in the toolbar popup`, async () => {
      await writeStorage(session, scenario.storage);
      const page = await session.context.newPage();
      let popup: ToolbarPopup | undefined;
      try {
        await page.goto(scenario.url);
        await scenario.pageReady(page);
        popup = await openToolbarPopup(session, page);
        await popup.waitFor(scenario.popupReady, scenario.state);
        await scenario.prepare?.(popup);
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

// ---- the keyboard ------------------------------------------------------------------------------

/** One place the Tab key stops at, and how it shows focus there. */
interface Stop {
  /** Its index among the tab stops the document order gives (-1: not one of them). */
  stop: number;
  what: string;
  /** A focus ring that shows: an outline of at least 2 px, or a box shadow. */
  ring: boolean;
  focusVisible: boolean;
  /** The scrolling boxes that hide part of the ring, and which sides ('' when it is all in view). */
  cut: string;
}

/** Focus a person cannot see whole: no ring, no :focus-visible, or a ring partly scrolled away. */
const hiddenFocus = (stop: Stop | null) => !stop?.ring || !stop.focusVisible || stop.cut !== '';
const describeStop = (stop: Stop | null) =>
  stop ? `${stop.what}${stop.ring ? '' : ' (no ring)'}${stop.cut ? ` cut by ${stop.cut}` : ''}` : 'nothing';

/**
 * Marks the elements Tab should stop at, in document order (the tab order when no tabindex is
 * positive): enabled, rendered, not inert; one stop per radio group. Returns how many, and how many
 * elements have a positive tabindex (which would reorder them).
 */
const MARK_TAB_STOPS = `(() => {
  const radios = new Set();
  const stops = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
    .filter((el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.type !== 'hidden' && !el.closest('[inert]')
      && el.checkVisibility({ visibilityProperty: true }))
    .filter((el) => {
      if (el.type !== 'radio' || !el.name) return true;
      const group = [...document.querySelectorAll('input[type="radio"]')].filter((r) => r.name === el.name);
      const stop = group.find((r) => r.checked) ?? group[0];
      if (radios.has(el.name) || stop !== el) return false;
      radios.add(el.name);
      return true;
    });
  for (const el of document.querySelectorAll('[data-a11y-stop]')) delete el.dataset.a11yStop;
  stops.forEach((el, index) => { el.dataset.a11yStop = String(index); });
  return { count: stops.length, positive: [...document.querySelectorAll('[tabindex]')].filter((el) => el.tabIndex > 0).length };
})()`;

/** Where the focus is now, and whether it shows. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const name = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40);
  // The ring's box (an outline grows by its offset and width), and the scrolling or clipping boxes
  // around it that cut part of it off.
  const grow = outline ? parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) : 0;
  const box = el.getBoundingClientRect();
  const cut = [];
  for (let around = el.parentElement; around; around = around.parentElement) {
    const clip = getComputedStyle(around);
    if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
    const edge = around.getBoundingClientRect();
    const left = edge.left + around.clientLeft, top = edge.top + around.clientTop;
    const right = left + around.clientWidth, bottom = top + around.clientHeight;
    const sides = [box.left - grow < left - 0.5 && 'left', box.top - grow < top - 0.5 && 'top',
      box.right + grow > right + 0.5 && 'right', box.bottom + grow > bottom + 0.5 && 'bottom'].filter(Boolean);
    if (sides.length) cut.push(around.localName + '.' + around.className + ':' + sides.join('/'));
  }
  return {
    cut: cut.join(' '),
    stop: Number(el.dataset.a11yStop ?? -1),
    what: el.localName + (el.id ? '#' + el.id : '') + ' "' + name + '"',
    ring: outline || style.boxShadow !== 'none',
    focusVisible: el.matches(':focus-visible'),
  };
})()`;

interface Keyboard {
  evaluate<T>(expression: string): Promise<T>;
  press(key: string): Promise<void>;
}
const onPage = (page: Page): Keyboard => ({
  evaluate: (expression) => page.evaluate(expression),
  press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
});

/** Presses Tab from the top of the popup through every stop; returns where each press landed. */
async function tabThrough(keys: Keyboard): Promise<{ count: number; positive: number; stops: Stop[] }> {
  const { count, positive } = await keys.evaluate<{ count: number; positive: number }>(MARK_TAB_STOPS);
  const stops: Stop[] = [];
  for (let press = 0; press < count; press++) {
    await keys.press('Tab');
    stops.push(await keys.evaluate<Stop>(FOCUSED));
  }
  return { count, positive, stops };
}

/** Tab until `expression` (given the focused element as `el`) holds; fails after `limit` presses. */
async function tabTo(keys: Keyboard, expression: string, limit = 80): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await keys.press('Tab');
    if (await keys.evaluate<boolean>(`((el) => !!el && (${expression}))(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${expression}`);
}

/** The popup's header: a click there puts the keyboard's starting point before the navigation. */
const HEADER = '.brand h1';

describe('by keyboard alone (English)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await browserIn('en-US');
  });
  beforeEach(async () => clearStorage(session));

  for (const scenario of SCENARIOS)
    test(`${scenario.state}: Tab stops at every control in document order, each with a visible focus ring`, async () => {
      await writeStorage(session, scenario.storage);
      const page = await openView(session, scenario.view);
      try {
        await scenario.prepare?.(page);
        await page.click(HEADER);
        const { count, positive, stops } = await tabThrough(onPage(page));
        expect(positive).toBe(0);
        // The navigation's buttons, and at least one control of the view.
        expect(count).toBeGreaterThan(await page.locator('nav button').count());
        expect(stops.map((stop) => stop?.stop)).toEqual([...Array(count).keys()]);
        const unseen = stops.filter((stop) => !stop.ring || !stop.focusVisible).map((stop) => stop.what);
        expect(unseen).toEqual([]);
      } finally {
        await page.close();
      }
    });

  test('the navigation: Tab reaches it, the arrow keys move along it, Enter opens a view', async () => {
    await writeStorage(session, ONE);
    const page = await openView(session, 'details');
    try {
      await page.click(HEADER);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('nav') !== null)).toBe(true);
      const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.view);
      await page.keyboard.press('ArrowRight');
      const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.view);
      expect(second).not.toBe(first);
      await page.keyboard.press('Enter');
      await page.locator(`main[data-view="${second}"]`).waitFor();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Space');
      await page.locator(`main[data-view="${first}"]`).waitFor();
    } finally {
      await page.close();
    }
  });

  test('Your details: typed in and saved with Enter on Save, without the mouse', async () => {
    const page = await openView(session, 'details');
    try {
      await page.click(HEADER);
      const keys = onPage(page);
      await tabTo(keys, `el.id === 'field-givenName'`);
      await page.keyboard.type('Marie');
      await page.locator('.save-state.is-unsaved').waitFor();
      await tabTo(keys, `el.matches('.savebar button')`);
      await page.keyboard.press('Enter');
      await page.locator('.save-state.is-saved').waitFor();
    } finally {
      await page.close();
    }
  });

  test('Fill this page: in the toolbar popup over the carrier page, Tab reaches it and Enter fills the page', async () => {
    // The carrier's switch off: the page is only offered, so what fills it is the key press.
    await writeStorage(session, { ...ONE, autofill: { 'opt-nc': false }, autofill$: { v: 1 } });
    const page = await session.context.newPage();
    let popup: ToolbarPopup | undefined;
    try {
      await page.goto(CARRIER_PAGE);
      await promptShown(page);
      expect(await page.inputValue('#edit-courriel')).toBe('');
      popup = await openToolbarPopup(session, page);
      await popup.waitFor(`document.querySelector('.fill-page button')`, 'Fill this page');
      await popup.click(`document.querySelector(${JSON.stringify(HEADER)})`);
      const { count, stops } = await tabThrough(popup);
      expect(stops.map((stop) => stop?.stop)).toEqual([...Array(count).keys()]);
      expect(stops.filter(hiddenFocus).map(describeStop)).toEqual([]);
      await popup.click(`document.querySelector(${JSON.stringify(HEADER)})`);
      await tabTo(popup, `el.matches('.fill-page button') && el.textContent.trim() === 'Fill this page'`);
      await popup.press('Enter');
      await page.waitForFunction(
        (email) => (document.querySelector('#edit-courriel') as HTMLInputElement).value === email,
        PROFILE.email,
      );
    } finally {
      await popup?.close();
      await page.close();
    }
  });
});

// ---- the in-page offer and notice --------------------------------------------------------------

/** The prompt must have been shown this long before a press counts (500 ms in src/dom/press-guard.ts). */
const SHOWN_BEFORE_PRESS_MS = 700;

interface PromptScenario {
  what: string;
  url: string;
  storage: Record<string, unknown>;
  role: 'group' | 'status';
  /** The key that presses the action button. */
  key: 'Enter' | 'Space';
}

const PROMPTS: PromptScenario[] = [
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

/** The prompt as the page's accessibility tree gives it (its closed root opened for the test). */
const PROMPT_PARTS = `(() => {
  const host = document.querySelector('resim-prompt');
  const root = host.shadowRoot;
  const [action, dismiss] = root.querySelectorAll('button');
  return {
    role: host.getAttribute('role'),
    label: host.getAttribute('aria-label') ?? '',
    lang: host.getAttribute('lang'),
    action: action.textContent.trim(),
    dismiss: dismiss.getAttribute('aria-label') ?? '',
  };
})()`;

/** The focused button inside the prompt, and whether its focus shows. */
const PROMPT_FOCUSED = `(() => {
  const host = document.querySelector('resim-prompt');
  if (document.activeElement !== host) return null;
  const el = host.shadowRoot.activeElement;
  const style = getComputedStyle(el);
  return {
    action: el.classList.contains('action'),
    ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    focusVisible: el.matches(':focus-visible'),
  };
})()`;

// The prompt speaks the page's language, not the browser's. The French pages above run the whole
// extension; for English and Chinese pages the product's own offer module (src/fill/offer.ts, the
// one the content script calls) shows it beside a box, with the words of that language pack.

const PROMPT_ORIGIN = 'https://support.carrier.example';

/** The offer module as a page script: `window.showOffer(notice)` shows it beside the page's box. */
async function offerBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { showFormOffer } from './src/fill/offer';
        (window as any).showOffer = (notice: boolean) => {
          const element = document.querySelector('input')!;
          const language = document.documentElement.lang as any;
          const detection = { language, controls: [{ element, field: 'email' }] } as any;
          showFormOffer(detection, () => {}, () => {}, notice ? { sentAt: ${SENT_AT} } : undefined);
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

const WORDED = [
  { language: 'English', lang: 'en', notice: false },
  { language: 'English', lang: 'en', notice: true },
  { language: 'Chinese', lang: 'zh', notice: false },
  { language: 'Chinese', lang: 'zh', notice: true },
].map((entry) => ({ ...entry, kind: entry.notice ? 'notice' : 'offer' }));

describe('the in-page offer and notice (closed shadow root, opened to axe through the browser)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await browserIn('en-US');
    const served: Parameters<typeof serve>[1] = {
      [`${PROMPT_ORIGIN}/offer.js`]: { js: await offerBundle() },
    };
    for (const lang of ['en', 'zh'])
      served[`${PROMPT_ORIGIN}/${lang}`] = {
        html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Support</title></head>
        <body><main><form style="padding:40px"><label>Email <input type="email" name="email"></label>
        <p><button type="submit">Send</button></p></form></main><script src="/offer.js"></script></body></html>`,
      };
    await serve(session.context, served);
  });
  beforeEach(async () => clearStorage(session));

  for (const scenario of PROMPTS)
    test(`${scenario.what}: axe finds nothing; named, in the page language; Tab reaches it with a visible ring; ${scenario.key} presses it`, async () => {
      await writeStorage(session, scenario.storage);
      const page = await session.context.newPage();
      try {
        await page.goto(scenario.url);
        await promptShown(page);
        const shownAt = Date.now();
        expect(await openClosedShadowRoots(page, 'resim-prompt')).toBe(1);
        const found = await axeFindings(page, 'resim-prompt');
        report('page', scenario.what, found);
        expect(found, formatFindings(found)).toEqual([]);

        const parts = await page.evaluate<Record<string, string>>(PROMPT_PARTS);
        expect(parts.role).toBe(scenario.role);
        expect(parts.lang).toBe('fr');
        for (const name of [parts.label, parts.action, parts.dismiss]) expect(name).not.toBe('');

        // From the box it stands beside, Tab reaches its action button, with a focus ring.
        await page.evaluate(() => {
          (document.querySelector('resim-prompt')!.previousElementSibling as HTMLElement).focus();
        });
        await page.keyboard.press('Tab');
        expect(await page.evaluate(PROMPT_FOCUSED)).toEqual({ action: true, ring: true, focusVisible: true });
        const left = SHOWN_BEFORE_PRESS_MS - (Date.now() - shownAt);
        if (left > 0) await page.waitForTimeout(left);
        await page.keyboard.press(scenario.key === 'Space' ? ' ' : 'Enter');
        await page.waitForFunction(
          (email) => (document.querySelector('#edit-courriel') as HTMLInputElement).value === email,
          PROFILE.email,
        );
      } finally {
        await page.close();
      }
    });

  for (const { kind, language, lang, notice } of WORDED)
    test(`the ${kind} in ${language}: axe finds nothing; named, role and lang set`, async () => {
      const page = await session.context.newPage();
      try {
        await page.goto(`${PROMPT_ORIGIN}/${lang}`);
        await page.evaluate(
          (withNotice) => (window as unknown as { showOffer(n: boolean): void }).showOffer(withNotice),
          notice,
        );
        await promptShown(page);
        expect(await openClosedShadowRoots(page, 'resim-prompt')).toBe(1);
        const found = await axeFindings(page, 'resim-prompt');
        report('page', `${lang} ${notice ? 'notice' : 'offer'}`, found);
        expect(found, formatFindings(found)).toEqual([]);
        const parts = await page.evaluate<Record<string, string>>(PROMPT_PARTS);
        expect(parts.role).toBe(notice ? 'status' : 'group');
        expect(parts.lang).toBe(lang);
        for (const name of [parts.label, parts.action, parts.dismiss]) expect(name).not.toBe('');
      } finally {
        await page.close();
      }
    });
});
