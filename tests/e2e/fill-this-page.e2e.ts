// "Fill this page" [P12–P14] in real Chromium: on a support page ReSIM has never seen (no content
// script, no host permission) only the person's press reaches it, through activeTab. The identifiers
// wait for a second yes there; on the carrier's own page they do not. The popup is opened the way a
// person opens it (the toolbar button, here through its keyboard shortcut), so the tab gets activeTab;
// `chrome.action.openPopup` would open it without that grant. The keyboard shortcut is pressed through
// the browser's input (CDP rawKeyDown reaches its commands); the context-menu item cannot be chosen
// in headless Chromium (no native menu to pick from), so it is not tested here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROFILES, type TestProfile } from '../fixtures/sites/corpus';
import { badgeOfTab, setProfile, startSession, tabIdOf } from '../support/fixtures';
import {
  type ExtensionSession,
  openToolbarPopup,
  pressBrowserShortcut,
  ROOT,
  serve,
  type ToolbarPopup,
  waitForToolbarPopup,
} from '../support/harness';

const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const text = (key: string) => {
  const found = messages[key]?.message;
  if (found === undefined) throw new Error(`no message ${key}`);
  return found;
};

/** A travel-eSIM seller's help centre (WordPress, Contact Form 7) that no carrier file lists. */
const UNKNOWN = 'https://help.wanderbyte-esim.com/esim-replacement-request/';
/** A call-back widget of another company, framed in that page. */
const WIDGET = 'https://widgets.callnest.io/embed/callback-form';
/** The same form served over http. */
const UNKNOWN_HTTP = 'http://help.wanderbyte-esim.com/esim-replacement-request/';
/** The carrier's own replacement form (a verified OPT-NC domain). */
const CARRIER_PAGE = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';

/** OPT-NC's customer, with every identifier typed in (and the order number of the travel eSIM). */
const PROFILE: TestProfile = { ...PROFILES.optNc, orderNumber: 'WB-884213' };
const EID = PROFILE.eid.replace(/\s/g, '');
const IMEI = PROFILE.imei.replace(/\D/g, '');
const ICCID = PROFILE.iccid;
/** Each identifier, and the stand-ins of the preview (same shape: digits → 0, letters → X). */
const SECRETS = [PROFILE.orderNumber, EID, IMEI, ICCID];
const STAND_INS = ['XX-000000', '0'.repeat(32), '0'.repeat(15), '0'.repeat(19)];

/** Records, in every frame's own world, each value the page's boxes took (no stand-in may ever be one). */
const INPUT_RECORDER = `addEventListener('input', (event) => {
  const el = event.target;
  if (el && 'value' in el) (window.__inputs ||= []).push((el.id || el.name) + '=' + el.value);
}, true);`;

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
  await session.context.addInitScript({ content: INPUT_RECORDER });
  await serve(session.context, {
    [UNKNOWN]: { file: 'request/wanderbyte-esim-replacement.en.html' },
    [WIDGET]: { file: 'request/callnest-callback-frame.en.html' },
    [UNKNOWN_HTTP]: { file: 'request/wanderbyte-esim-replacement.en.html' },
    [CARRIER_PAGE]: { file: 'sites/opt-nc/remplacement-esim.html' },
  });
});
afterAll(async () => {
  await session?.close();
});

// ---- the page -----------------------------------------------------------------------------------

interface Form {
  name: string;
  email: string;
  phone: string;
  order: string;
  eid: string;
  message: string;
  consent: boolean;
}

const readForm = (page: Page): Promise<Form> =>
  page.evaluate(() => {
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    return {
      name: value('your-name'),
      email: value('your-email'),
      phone: value('your-phone'),
      order: value('order-number'),
      eid: value('device-eid'),
      message: value('your-message'),
      consent: (document.getElementById('consent') as HTMLInputElement).checked,
    };
  });

const EMPTY: Form = { name: '', email: '', phone: '', order: '', eid: '', message: '', consent: false };

/** The call-back widget's boxes (another origin's frame). */
async function widgetValues(page: Page): Promise<string[]> {
  const frame = page.frames().find((candidate) => candidate.url() === WIDGET);
  if (!frame) throw new Error('the call-back widget did not load');
  return frame.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
      (el) => el.value,
    ),
  );
}

/** Everything the page's own scripts saw, in every frame: values, prompts, submissions, input events. */
async function pageTrace(page: Page) {
  const traces = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(() => {
          const w = window as unknown as { __inputs?: string[]; __resimSubmits?: string[] };
          return {
            inputs: w.__inputs ?? [],
            submits: w.__resimSubmits ?? [],
            prompts: document.querySelectorAll('resim-prompt').length,
          };
        })
        .catch(() => ({ inputs: [], submits: [], prompts: 0 })),
    ),
  );
  return {
    inputs: traces.flatMap((trace) => trace.inputs),
    submits: traces.flatMap((trace) => trace.submits),
    prompts: traces.reduce((sum, trace) => sum + trace.prompts, 0),
  };
}

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (url.includes('wanderbyte')) await page.frameLocator('#callback-frame').locator('#cb-name').waitFor();
  return page;
}

/** Time for anything the extension would do by itself (it has no content script here: nothing). */
const idle = (page: Page) => page.waitForTimeout(1500);

// ---- the popup ----------------------------------------------------------------------------------

const button = (label: string) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)})`;

interface Box {
  label: string;
  fields: string;
}

/** What the message box would carry, as the popup lists it (English list format). */
const MESSAGE_CARRIES = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format([
  text('label_imei'),
  text('label_iccid'),
  text('label_order_number'),
]);

/** The confirmation's list of boxes, once it shows. */
const confirmList = (popup: ToolbarPopup) =>
  popup.waitFor<Box[]>(
    `(() => {
      const list = document.querySelector('.fill-page .confirm ul.entries');
      return list && [...list.querySelectorAll('li')].map((li) => ({
        label: li.querySelector('.entry-label').textContent.trim(),
        fields: li.querySelector('.entry-value').textContent.trim(),
      }));
    })()`,
    'the list of boxes that would receive identifiers',
  );

/** The status line once the page was filled ("Filled 6 fields."). */
const filledStatus = (popup: ToolbarPopup) =>
  popup.waitFor<string>(
    `(() => { const s = document.getElementById('fill-page-status')?.textContent.trim() ?? '';
      return /^Filled|^Nothing was filled|could not/.test(s) ? s : ''; })()`,
    'the fill status',
  );

const filledCount = (status: string) => Number(/^Filled (\d+) fields?\.$/.exec(status)?.[1] ?? 0);

async function waitForBadge(tabId: number, wanted: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if ((await badgeOfTab(session, tabId)) === wanted) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await badgeOfTab(session, tabId)).toBe(wanted);
}

// ---- the tests ----------------------------------------------------------------------------------

describe('a support page ReSIM has never seen', () => {
  test('nothing happens by itself; Fill this page lists the boxes that would receive identifiers and writes nothing yet; Leave them out fills the rest, never the identifiers, never the widget of another origin [P12, P14, P3]', async () => {
    await setProfile(session, PROFILE);
    const page = await open(UNKNOWN);
    try {
      await idle(page);
      expect(await readForm(page)).toEqual(EMPTY);
      expect((await pageTrace(page)).prompts, 'no offer without a content script').toBe(0);
      const tabId = await tabIdOf(session, page);
      expect(await badgeOfTab(session, tabId)).toBe('');

      const popup = await openToolbarPopup(session, page);
      try {
        await popup.waitFor(button(text('fill_page')), 'the Fill this page button');
        await popup.click(button(text('fill_page')));
        const boxes = await confirmList(popup);
        expect(
          await popup.evaluate<string>(`document.querySelector('.fill-page .confirm p').textContent`),
        ).toBe(text('fill_page_confirm'));
        // The order number, the EID, and the message: it would carry the order number, and the IMEI
        // and ICCID, which have no box of their own.
        expect(boxes.map((box) => box.fields)).toEqual([
          text('label_order_number'),
          text('label_eid'),
          MESSAGE_CARRIES,
        ]);
        expect(boxes[0]!.label).toMatch(/^Order number/);
        expect(boxes[1]!.label).toMatch(/^EID of the new phone/);
        expect(boxes[2]!.label).toBe('Tell us what happened');
        // Nothing written yet: no value, no stand-in, not even for a moment.
        expect(await readForm(page)).toEqual(EMPTY);
        expect((await pageTrace(page)).inputs).toEqual([]);

        await popup.click(button(text('fill_page_leave_out')));
        const status = await filledStatus(popup);
        expect(status).toMatch(/^Filled \d+ fields\.$/);

        const form = await readForm(page);
        expect(form.name).toBe(`${PROFILE.givenName} ${PROFILE.familyName}`);
        expect(form.email).toBe(PROFILE.email);
        expect(form.phone.replace(/\D/g, '')).toBe('687751234');
        expect(form.order, 'the order number is left out').toBe('');
        expect(form.eid, 'the EID is left out').toBe('');
        expect(form.message, 'a message is written').not.toBe('');
        expect(form.consent, 'consent is never ticked [P11]').toBe(false);
        for (const secret of SECRETS) expect(form.message).not.toContain(secret);
        expect(filledCount(status)).toBe(
          Object.values(form).filter((value) => value !== '' && value !== false).length,
        );
        await waitForBadge(tabId, String(filledCount(status)));

        expect(await widgetValues(page), 'the widget of another origin gets nothing [P12]').toEqual(
          Array(5).fill(''),
        );
        const trace = await pageTrace(page);
        expect(trace.submits).toEqual([]);
        for (const value of [...SECRETS, ...STAND_INS]) expect(trace.inputs.join('\n')).not.toContain(value);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });

  test('after a reload, Fill them too writes the identifiers as well, into the boxes listed; the widget of another origin still gets nothing [P12, P14, P3]', async () => {
    await setProfile(session, PROFILE);
    const page = await open(UNKNOWN);
    try {
      // The answer of a previous visit is not kept: a reloaded page is asked again.
      await page.reload({ waitUntil: 'load' });
      await idle(page);
      expect(await readForm(page)).toEqual(EMPTY);

      const popup = await openToolbarPopup(session, page);
      try {
        await popup.waitFor(button(text('fill_page')), 'the Fill this page button');
        await popup.click(button(text('fill_page')));
        expect((await confirmList(popup)).length).toBe(3);
        expect(await readForm(page)).toEqual(EMPTY);

        await popup.click(button(text('fill_page_include')));
        const status = await filledStatus(popup);
        expect(status).toMatch(/^Filled \d+ fields\.$/);

        const form = await readForm(page);
        expect(form.name).toBe(`${PROFILE.givenName} ${PROFILE.familyName}`);
        expect(form.email).toBe(PROFILE.email);
        expect(form.order).toBe(PROFILE.orderNumber);
        expect(form.eid).toBe(EID);
        expect(form.message).toContain(PROFILE.orderNumber);
        expect(form.consent).toBe(false);
        expect(await widgetValues(page)).toEqual(Array(5).fill(''));
        const trace = await pageTrace(page);
        expect(trace.submits).toEqual([]);
        for (const standIn of STAND_INS) expect(trace.inputs.join('\n')).not.toContain(standIn);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });

  // The composer writes the IMEI and ICCID into the message when the form has no box of their own:
  // the list must say so before the person says yes.
  test('the list names every identifier the message box would carry: here also the IMEI and ICCID, which have no box of their own [P14]', async () => {
    await setProfile(session, PROFILE);
    const page = await open(UNKNOWN);
    try {
      await idle(page);
      const popup = await openToolbarPopup(session, page);
      try {
        await popup.waitFor(button(text('fill_page')), 'the Fill this page button');
        await popup.click(button(text('fill_page')));
        const message = (await confirmList(popup)).find((box) => box.label === 'Tell us what happened');
        await popup.click(button(text('fill_page_include')));
        await filledStatus(popup);
        const written = (await readForm(page)).message;
        const carried = [
          [PROFILE.orderNumber, text('label_order_number')],
          [EID, text('label_eid')],
          [IMEI, text('label_imei')],
          [ICCID, text('label_iccid')],
        ].filter(([value]) => written.includes(value!));
        expect(carried.length).toBeGreaterThan(1);
        for (const [, name] of carried) expect(message?.fields).toContain(name);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });

  test('an http page is refused: the popup offers no Fill this page, and the shortcut writes nothing [P12]', async () => {
    await setProfile(session, PROFILE);
    const page = await open(UNKNOWN_HTTP);
    try {
      const popup = await openToolbarPopup(session, page);
      try {
        // The popup is up (its tabs are drawn) but has no Fill this page for an http page.
        await popup.waitFor(`document.querySelector('nav.views button')`, 'the popup');
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(await popup.evaluate<boolean>(`!!(${button(text('fill_page'))})`)).toBe(false);
      } finally {
        await popup.close();
      }
      await pressBrowserShortcut(page, 'Alt+Shift+F');
      await idle(page);
      expect(await readForm(page)).toEqual(EMPTY);
      expect(await badgeOfTab(session, await tabIdOf(session, page))).toBe('');
    } finally {
      await page.close();
    }
  });
});

describe("the carrier's own page", () => {
  test('Fill this page fills at once, identifiers included, with no question [P14, P12]', async () => {
    // The carrier's switch off: the page only offers by itself, so what gets filled is the request's.
    await setProfile(session, PROFILE, { 'opt-nc': false });
    const page = await open(CARRIER_PAGE);
    try {
      await idle(page);
      expect(await page.inputValue('#edit-eid')).toBe('');
      const popup = await openToolbarPopup(session, page);
      try {
        await popup.waitFor(button(text('fill_page')), 'the Fill this page button');
        await popup.click(button(text('fill_page')));
        const status = await filledStatus(popup);
        expect(status).toMatch(/^Filled \d+ fields\.$/);
        expect(await popup.evaluate<boolean>(`!!document.querySelector('.fill-page .confirm')`)).toBe(false);
      } finally {
        await popup.close();
      }
      expect(await page.inputValue('#edit-prenom')).toBe(PROFILE.givenName);
      expect(await page.inputValue('#edit-eid')).toBe(EID);
      expect(await page.inputValue('#edit-imei')).toBe(IMEI);
      expect(await page.isChecked('#edit-rgpd')).toBe(false);
      expect((await pageTrace(page)).submits).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the keyboard shortcut (Alt+Shift+F)', () => {
  test('on the unknown page it writes nothing while identifiers wait: badge "?", and the popup shows the list the shortcut could not [P12, P14]', async () => {
    await setProfile(session, PROFILE);
    const page = await open(UNKNOWN);
    try {
      await idle(page);
      const tabId = await tabIdOf(session, page);
      await pressBrowserShortcut(page, 'Alt+Shift+F');
      await waitForBadge(tabId, '?');
      expect(await readForm(page)).toEqual(EMPTY);
      // The shortcut cannot show the list: it opens the popup itself, which shows it.
      const popup = await waitForToolbarPopup(session);
      try {
        const boxes = await confirmList(popup);
        expect(boxes.map((box) => box.fields)).toEqual([
          text('label_order_number'),
          text('label_eid'),
          MESSAGE_CARRIES,
        ]);
        await popup.click(button(text('fill_page_leave_out')));
        await filledStatus(popup);
      } finally {
        await popup.close();
      }
      const form = await readForm(page);
      expect(form.email).toBe(PROFILE.email);
      expect(form.order).toBe('');
      expect(form.eid).toBe('');
      expect(await widgetValues(page)).toEqual(Array(5).fill(''));
    } finally {
      await page.close();
    }
  });

  test("on the carrier's own page it fills at once, identifiers included [P12, P14]", async () => {
    await setProfile(session, PROFILE, { 'opt-nc': false });
    const page = await open(CARRIER_PAGE);
    try {
      await idle(page);
      expect(await page.inputValue('#edit-eid')).toBe('');
      await pressBrowserShortcut(page, 'Alt+Shift+F');
      await page.waitForFunction(
        () => (document.getElementById('edit-eid') as HTMLInputElement).value !== '',
      );
      expect(await page.inputValue('#edit-eid')).toBe(EID);
      expect(await page.inputValue('#edit-courriel')).toBe(PROFILE.email);
      expect(await badgeOfTab(session, await tabIdOf(session, page))).not.toBe('?');
    } finally {
      await page.close();
    }
  });
});
