// Accessibility in real Chromium with the built extension, as the specification of "usable by
// everyone": axe-core (WCAG 2.0/2.1 A and AA, and axe's best practices) finds nothing on any popup view,
// in each language the popup speaks (the browser's UI language: en, fr, zh-CN) and in the states that
// change what it shows, nor on the in-page offer and notice; <html lang> says the UI language; Tab
// reaches every control in order with its focus ring in view; Save, the navigation, Fill this page and
// the in-page prompt work from the keyboard. One browser per language, reused across views. The states
// and pages are tables in tests/support/axe-states.ts; A11Y_REPORT=file.jsonl writes every finding.
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  axeFindings,
  axeFindingsVia,
  type Finding,
  formatFindings,
  openClosedShadowRoots,
} from '../support/axe';
import {
  describeStop,
  HEADER,
  hiddenFocus,
  onPage,
  PROMPT_FOCUSED,
  PROMPT_PARTS,
  tabThrough,
  tabTo,
} from '../support/axe-keyboard';
import {
  browserIn,
  CARRIER_PAGE,
  closeBrowsers,
  LOCALES,
  ONE,
  OVER_PAGE,
  offerPages,
  openView,
  PROFILE,
  PROMPT_ORIGIN,
  PROMPTS,
  promptShown,
  SCENARIOS,
  SHOWN_BEFORE_PRESS_MS,
  WORDED,
} from '../support/axe-states';
import {
  clearStorage,
  type ExtensionSession,
  openToolbarPopup,
  serve,
  type ToolbarPopup,
  writeStorage,
} from '../support/harness';

/** With A11Y_REPORT=file, each check's findings are appended there (one JSON line each). */
const report = (where: string, state: string, list: Finding[]) => {
  const file = process.env.A11Y_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify({ where, state, findings: list })}\n`);
};

afterAll(closeBrowsers);

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

  test('in forced colours (high contrast), only the current view is underlined, and the switch shows on or off', async () => {
    await writeStorage(session, ONE);
    const page = await openView(session, 'sites');
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      const underlines = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('nav button')].map((tab) => {
          const style = getComputedStyle(tab);
          const parent = getComputedStyle(tab.parentElement!);
          return {
            current: tab.getAttribute('aria-current') === 'page',
            shown: style.borderBottomColor !== parent.backgroundColor && style.borderBottomWidth !== '0px',
          };
        }),
      );
      expect(underlines.filter((tab) => tab.shown)).toEqual([{ current: true, shown: true }]);

      // The automatic-fill switch keeps an outline, and on and off look different.
      await page.locator('nav button[data-view="details"]').click();
      const toggle = page.locator('#autofill-switch:not([disabled])');
      // Read once the switch's colour transition has finished: mid-way, on and off look alike.
      const look = () =>
        toggle.evaluate(async (el) => {
          await Promise.all(el.getAnimations().map((animation) => animation.finished));
          const style = getComputedStyle(el);
          return { border: style.borderTopWidth, track: style.backgroundColor };
        });
      const on = await look();
      await toggle.press('Space');
      await expect.poll(() => toggle.isChecked()).toBe(false);
      const off = await look();
      await toggle.press('Space');
      expect(on.border).not.toBe('0px');
      expect(on.track).not.toBe(off.track);
    } finally {
      await page.close();
    }
  });

  test('with reduced motion asked for, the switch changes without animating', async () => {
    await writeStorage(session, ONE);
    const page = await openView(session, 'details');
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const durations = await page
        .locator('#autofill-switch')
        .evaluate((el) => [
          getComputedStyle(el).transitionDuration,
          getComputedStyle(el, '::after').transitionDuration,
        ]);
      expect(durations).toEqual(['0s', '0s']);
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

describe('the in-page offer and notice (closed shadow root, opened to axe through the browser)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await browserIn('en-US');
    await serve(session.context, await offerPages());
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
