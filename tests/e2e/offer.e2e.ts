// P6 and P4 with the real extension: the carrier's general contact form (a support form that says
// nothing of a SIM, tests/fixtures/offer/opt-nc-contact.html served at https://www.opt.nc/contact) is
// never written by itself; it gets ReSIM's one-press offer right after its first box and the badge
// "+"; a page script cannot press the offer; a person's click or Tab + Enter fills that form (message
// included, the terms box left alone, nothing submitted); Escape or × dismisses it and nothing is
// written. With the carrier's switch off, even the eSIM replacement page is only offered.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { packOf } from '../../src/lang';
import { base, type CorpusPage, PROFILES, SUPPORT_PAGES } from '../fixtures/sites/corpus';
import {
  badgeOf,
  checkPage,
  type OpenedPage,
  openEntry,
  settle,
  snapshot,
  startSession,
} from '../support/fixtures';
import type { ExtensionSession } from '../support/harness';
import type { ControlRecord } from '../support/oracle';

/** An OPT-NC customer with every identifier, an order number and an activation code. */
const PROFILE = base({
  ...PROFILES.optNc,
  orderNumber: 'OPT-2024-118734',
  activationCode: 'LPA:1$smdp.opt.nc$K7-4QZP2M-W9DN5C',
});

const CONTACT: CorpusPage = {
  name: 'OPT-NC general contact form (fr)',
  url: 'https://www.opt.nc/contact',
  route: { file: 'offer/opt-nc-contact.html' },
  profile: PROFILE,
  kind: 'support',
};

/** The prompt must have been shown this long before a press counts (500 ms in src/dom/press-guard.ts). */
const SHOWN_BEFORE_PRESS_MS = 700;

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

// ---- the page and the prompt -------------------------------------------------------------------

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Shown {
  box: Box;
  /** When the test saw it shown (the press guard's clock started no later). */
  at: number;
}

/** Waits for the prompt to be open in the top layer and painted, and returns its box. */
async function promptShown(page: Page): Promise<Shown> {
  await page.waitForFunction(
    () => {
      const host = document.querySelector('resim-prompt');
      return !!host && host.matches(':popover-open') && getComputedStyle(host).visibility === 'visible';
    },
    undefined,
    { polling: 'raf', timeout: 15_000 },
  );
  const at = Date.now();
  const box = await page.evaluate(() => {
    const { x, y, width, height } = document.querySelector('resim-prompt')!.getBoundingClientRect();
    return { x, y, width, height };
  });
  return { box, at };
}

/** Lets the press guard's 500 ms pass since the prompt showed. */
async function afterShownLongEnough(page: Page, shown: Shown): Promise<void> {
  const left = SHOWN_BEFORE_PRESS_MS - (Date.now() - shown.at);
  if (left > 0) await page.waitForTimeout(left);
}

// The button is in a closed shadow root: a person aims at the host's box (src/dom/prompt-view.ts):
// the action button is its larger left part, the × a 22 px button at its right end.
const actionAt = ({ box }: Shown) => ({ x: box.x + 30, y: box.y + box.height / 2 });
const dismissAt = ({ box }: Shown) => ({ x: box.x + box.width - 13, y: box.y + box.height / 2 });

const promptCount = (page: Page) => page.locator('resim-prompt').count();

const changedFrom = (control: ControlRecord) =>
  control.type === 'radio'
    ? control.current === true && control.original !== true
    : control.current !== control.original;

/** Controls whose value changed, by id (or name). */
async function changedControls(page: Page): Promise<Record<string, string | number | boolean>> {
  const controls = (await snapshot(page)).flatMap((frame) => frame.controls).filter(changedFrom);
  return Object.fromEntries(controls.map((control) => [control.id || control.name, control.current]));
}

/** The page's submits and non-GET requests since it loaded: ReSIM never submits [P11]. */
async function submissions(opened: OpenedPage): Promise<string[]> {
  const submits = (await snapshot(opened.page)).flatMap((frame) => frame.submits);
  return [...submits, ...opened.requestsAfterLoad];
}

/** Opens the contact page and waits for its offer; asserts nothing was written by itself. */
async function openContact(): Promise<OpenedPage & { shown: Shown }> {
  const opened = await openEntry(session, CONTACT);
  const shown = await promptShown(opened.page);
  return { ...opened, shown };
}

const fr = packOf('fr').message;

/** The contact form as a press must leave it [P6, P11]. */
async function expectContactFilled(opened: OpenedPage): Promise<void> {
  const { page } = opened;
  await page.waitForFunction(
    () => (document.querySelector('#edit-courriel') as HTMLInputElement).value !== '',
  );
  await settle(session, page);
  const changed = await changedControls(page);
  expect(changed).toMatchObject({
    'edit-nom': PROFILE.familyName,
    'edit-prenom': PROFILE.givenName,
    'edit-courriel': PROFILE.email,
  });
  const message = String(changed['edit-message']);
  expect(message).toContain(fr.hello);
  expect(message).toContain(fr.ask);
  // The person chose this form: the message names the order; the activation code goes nowhere but its own box.
  expect(message).toContain(PROFILE.orderNumber);
  expect(message).not.toContain(PROFILE.activationCode.split('$')[2]);
  // The terms box stays as it was, nothing is submitted, the offer is gone, the badge counts the fields.
  expect(await page.isChecked('#edit-cgu')).toBe(false);
  expect(changed).not.toHaveProperty('edit-cgu');
  expect(changed).not.toHaveProperty('edit-keys');
  expect(changed).not.toHaveProperty('newsletter-email');
  expect(await submissions(opened)).toEqual([]);
  expect(await promptCount(page)).toBe(0);
  expect(await badgeOf(session, page)).toBe(String(Object.keys(changed).length));
}

// ---- the tests ---------------------------------------------------------------------------------

describe("P6: the carrier's general contact form gets the offer, never a fill by itself", () => {
  test('P6/P7: nothing written by itself; one offer, right after the first box; badge "+"', async () => {
    const opened = await openContact();
    const { page } = opened;
    try {
      await settle(session, page);
      expect(await changedControls(page)).toEqual({});
      expect(await promptCount(page)).toBe(1);
      const where = await page.evaluate(() => {
        const host = document.querySelector('resim-prompt')!;
        return { after: host.previousElementSibling?.id, form: host.closest('form')?.id };
      });
      // The search box and the newsletter form get nothing [P7].
      expect(where).toEqual({ after: 'edit-nom', form: 'webform-submission-contact-node-1204-add-form' });
      expect(await page.evaluate(() => document.querySelector('resim-prompt')!.shadowRoot)).toBeNull();
      expect(await badgeOf(session, page)).toBe('+');
    } finally {
      await page.close();
    }
  });

  test("P6: a page script's click() or dispatched click does nothing; a person's click fills the form", async () => {
    const opened = await openContact();
    const { page, shown } = opened;
    try {
      await page.waitForTimeout(Math.max(0, 1000 - (Date.now() - shown.at)));
      await page.evaluate(({ x, y }) => {
        const host = document.querySelector('resim-prompt') as HTMLElement;
        host.click();
        host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        host.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
        );
        document
          .elementFromPoint(x, y)
          ?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }, actionAt(shown));
      await settle(session, page, { minMs: 500, quietMs: 500 });
      expect(await changedControls(page)).toEqual({});
      expect(await promptCount(page)).toBe(1);
      expect(await badgeOf(session, page)).toBe('+');

      await afterShownLongEnough(page, shown);
      const { x, y } = actionAt(shown);
      await page.mouse.click(x, y);
      await expectContactFilled(opened);
    } finally {
      await page.close();
    }
  });

  test('P6: Tab from the first box reaches the offer, and Enter fills the form', async () => {
    const opened = await openContact();
    const { page, shown } = opened;
    try {
      await page.focus('#edit-nom');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('resim-prompt');
      await afterShownLongEnough(page, shown);
      await page.keyboard.press('Enter');
      await expectContactFilled(opened);
    } finally {
      await page.close();
    }
  });

  test('P6: Escape dismisses the offer; nothing is written, and it does not come back', async () => {
    const opened = await openContact();
    const { page } = opened;
    try {
      await page.focus('#edit-nom');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      expect(await promptCount(page)).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-nom');
      // The page changes (the engine's watcher runs a pass): the dismissed offer stays away.
      await page.evaluate(() => document.querySelector('main')!.append(document.createElement('p')));
      await settle(session, page, { minMs: 1000, quietMs: 700 });
      expect(await changedControls(page)).toEqual({});
      expect(await promptCount(page)).toBe(0);
      expect(await submissions(opened)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('P6: the × button dismisses the offer; nothing is written', async () => {
    const opened = await openContact();
    const { page, shown } = opened;
    try {
      await afterShownLongEnough(page, shown);
      const { x, y } = dismissAt(shown);
      await page.mouse.click(x, y);
      expect(await promptCount(page)).toBe(0);
      await settle(session, page, { minMs: 1000, quietMs: 700 });
      expect(await changedControls(page)).toEqual({});
      expect(await promptCount(page)).toBe(0);
      expect(await submissions(opened)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("P4: the carrier's switch off", () => {
  test('P4/P6: the eSIM replacement page is only offered, nothing written; a press fills it', async () => {
    const replacement = SUPPORT_PAGES.find((page) => page.url.startsWith('https://www.opt.nc/'))!;
    const entry: CorpusPage = { ...replacement, profile: PROFILE, autofill: { 'opt-nc': false } };
    const opened = await openEntry(session, entry);
    const { page } = opened;
    try {
      const shown = await promptShown(page);
      await settle(session, page);
      expect(await changedControls(page)).toEqual({});
      expect(await promptCount(page)).toBe(1);
      expect(await badgeOf(session, page)).toBe('+');

      await afterShownLongEnough(page, shown);
      const { x, y } = actionAt(shown);
      await page.mouse.click(x, y);
      const result = await checkPage(session, opened, entry);
      expect(result.problems, entry.url).toEqual([]);
      expect(result.right).toBe(result.expected);
      expect(await promptCount(page)).toBe(0);
    } finally {
      await page.close();
    }
  });
});
