// Issue 9 in real Chromium, as a person goes through it: the OPT-NC eSIM replacement page
// (tests/fixtures/sites/opt-nc/remplacement-esim.html served at its real URL) fills by itself; the
// person presses "Envoyer ma demande" (the POST answers with a thank-you page); ReSIM logs the
// request. Back on the same form: nothing is filled, a notice beside it (role status, in French) says
// when the request was sent; "Remplir quand même", pressed with the mouse, fills it. The popup's
// Requests view lists the request with the date an answer is due, 3 working days later.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import { addWorkingDays } from '../../src/journey/working-days';
import { base, PROFILES } from '../fixtures/sites/corpus';
import { badgeOf, openActionPopup, setProfile, settle, startSession } from '../support/fixtures';
import { type ExtensionSession, openPopup, readStorage, serve } from '../support/harness';

declare const chrome: typeof WxtBrowser;

const URL_REPLACEMENT = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';
const PROFILE = base({ ...PROFILES.optNc, orderNumber: 'OPT-2024-118734' });
const THANKS =
  '<!doctype html><html lang="fr"><title>Merci</title><h1>Merci, votre demande est envoyée.</h1></html>';

/** The press guard wants the prompt shown 500 ms before a press counts. */
const SHOWN_BEFORE_PRESS_MS = 700;

let session: ExtensionSession;
let posts: string[] = [];

beforeAll(async () => {
  session = await startSession();
  await setProfile(session, PROFILE);
  await serve(session.context, { [URL_REPLACEMENT]: { file: 'sites/opt-nc/remplacement-esim.html' } });
  // Registered last, so asked first: the form's POST gets a thank-you page, its GET the form.
  await session.context.route(
    (url) => url.href.split('?')[0] === URL_REPLACEMENT,
    (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      posts.push(route.request().postData() ?? '');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: THANKS });
    },
  );
});
afterAll(async () => {
  await session?.close();
});

const value = (page: Page, selector: string) => page.locator(selector).inputValue();

interface AxNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/**
 * What assistive technology gets from the page: the browser's own accessibility tree (closed shadow
 * roots included), read over CDP. Each live `status` region with its name, its text and its buttons.
 */
async function statusRegions(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const below = (node: AxNode): AxNode[] =>
      (node.childIds ?? []).flatMap((id) => {
        const child = byId.get(id);
        return child ? [child, ...below(child)] : [];
      });
    return nodes
      .filter((node) => node.role?.value === 'status' && !node.ignored)
      .map((node) => {
        const inside = below(node);
        return {
          name: node.name?.value ?? '',
          text: inside
            .filter((child) => child.role?.value === 'StaticText')
            .map((child) => child.name?.value ?? '')
            .join(' '),
          buttons: inside
            .filter((child) => child.role?.value === 'button')
            .map((child) => ({ name: child.name?.value ?? '', backendNodeId: child.backendDOMNodeId })),
        };
      });
  } finally {
    await cdp.detach();
  }
}

/** The middle of an element the page cannot reach (in a closed shadow root), from the browser's layout. */
async function centreOf(page: Page, backendNodeId: number): Promise<{ x: number; y: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } finally {
    await cdp.detach();
  }
}

/** Waits until the prompt is open in the top layer and painted; returns when that was seen. */
async function promptShown(page: Page): Promise<number> {
  await page.waitForFunction(
    () => {
      const host = document.querySelector('resim-prompt');
      return !!host && host.matches(':popover-open') && getComputedStyle(host).visibility === 'visible';
    },
    undefined,
    { polling: 'raf', timeout: 15_000 },
  );
  return Date.now();
}

type Requests = Array<{ id: string; sentAt: number; expectBy: number; [key: string]: unknown }>;
const storedRequests = async () => ((await readStorage(session, 'requests')).requests ?? []) as Requests;

/** "Dec 8, 2026" as the popup writes a day (the browser's language; the same machine's time zone). */
const popupDay = (at: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);

describe('the request log: fill, send, come back', () => {
  test('a sent request is logged; the same form stays empty with a notice; "Fill anyway" fills it', async () => {
    posts = [];
    const page = await session.context.newPage();
    try {
      // 1. The replacement form fills by itself.
      await page.goto(URL_REPLACEMENT, { waitUntil: 'load' });
      await page.waitForFunction(
        () => (document.querySelector('#edit-courriel') as HTMLInputElement).value !== '',
      );
      await settle(session, page);
      expect(await value(page, '#edit-prenom')).toBe(PROFILE.givenName);
      expect(await value(page, '#edit-courriel')).toBe(PROFILE.email);
      expect(await storedRequests()).toEqual([]);

      // 2. The person sends it with a real click; the carrier answers with a thank-you page.
      const before = Date.now();
      await Promise.all([
        page.waitForURL(URL_REPLACEMENT, { waitUntil: 'load' }),
        page.click('#edit-submit'),
      ]);
      await page.getByRole('heading', { name: /Merci/ }).waitFor();
      expect(posts).toHaveLength(1);
      expect(posts[0]).toContain('courriel=mh.wamytan');
      await expect.poll(async () => (await storedRequests()).length, { timeout: 10_000 }).toBe(1);
      const [request] = await storedRequests();
      expect(request).toMatchObject({
        carrierId: 'opt-nc',
        orderNumber: 'OPT-2024-118734',
        page: URL_REPLACEMENT,
        status: 'open',
      });
      expect(request!.sentAt).toBeGreaterThanOrEqual(before - 1000);
      expect(request!.fields).toEqual(expect.arrayContaining(['givenName', 'familyName', 'email', 'eid']));
      // Fields, never values.
      expect(JSON.stringify(request)).not.toContain(PROFILE.email);
      expect(JSON.stringify(request)).not.toContain('8904');
      expect(new Date(request!.expectBy).toDateString()).toBe(
        addWorkingDays(new Date(request!.sentAt), 3).toDateString(),
      );

      // 3. Back on the same form: nothing is filled by itself; the notice is announced in French.
      await page.goto(URL_REPLACEMENT, { waitUntil: 'load' });
      const shownAt = await promptShown(page);
      await settle(session, page, { minMs: 1500 });
      for (const box of ['#edit-prenom', '#edit-nom', '#edit-courriel', '#edit-eid', '#edit-precisions'])
        expect(await value(page, box), box).toBe('');
      const regions = await statusRegions(page);
      const notice = regions.find((region) => region.name === 'ReSIM : demande déjà envoyée');
      expect(notice, JSON.stringify(regions)).toBeDefined();
      const day = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'short', year: 'numeric' }).format(
        request!.sentAt,
      );
      expect(notice!.text).toContain(
        `Vous avez envoyé cette demande le ${day} — une deuxième ralentit son traitement.`,
      );
      expect(notice!.buttons.map((button) => button.name)).toEqual(['Remplir quand même', 'Pas maintenant']);
      // Playwright finds it by its role too (the host carries it).
      expect(await page.getByRole('status', { name: 'ReSIM : demande déjà envoyée' }).count()).toBe(1);
      expect(await badgeOf(session, page)).toBe('+');

      // The popup over that tab says the same.
      const popup = await openActionPopup(session, page);
      try {
        await expect
          .poll(() => popup.evaluate<string>('document.body.innerText'), { timeout: 10_000 })
          .toContain('You already sent this request on');
      } finally {
        await popup.close();
      }

      // 4. "Remplir quand même", pressed with the mouse once the notice was seen long enough, fills the form.
      await page.bringToFront();
      await page.waitForTimeout(Math.max(0, SHOWN_BEFORE_PRESS_MS - (Date.now() - shownAt)));
      const press = notice!.buttons[0]!;
      const { x, y } = await centreOf(page, press.backendNodeId!);
      await page.mouse.click(x, y);
      await page.waitForFunction(
        () => (document.querySelector('#edit-courriel') as HTMLInputElement).value !== '',
      );
      await settle(session, page);
      expect(await value(page, '#edit-prenom')).toBe(PROFILE.givenName);
      expect(await value(page, '#edit-courriel')).toBe(PROFILE.email);
      expect(await page.locator('resim-prompt').count()).toBe(0);
      // Nothing was sent by ReSIM: still the one POST the person made.
      expect(posts).toHaveLength(1);
      expect(await storedRequests()).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  test("the popup's Requests view lists it, with the answer expected 3 working days later", async () => {
    const [request] = await storedRequests();
    expect(request).toBeDefined();
    const popup = await openPopup(session);
    try {
      await popup.getByRole('navigation').getByRole('button', { name: 'Requests', exact: true }).click();
      const list = popup.getByRole('list', { name: 'Your requests' });
      await list.waitFor();
      const locale = await popup.evaluate(() => document.documentElement.lang || navigator.language);
      const row = list.getByRole('listitem');
      expect(await row.count()).toBe(1);
      const text = (await row.textContent()) ?? '';
      expect(text).toContain('OPT-NC (Mobilis / Helia)');
      expect(text).toContain('www.opt.nc/particuliers/mobile/esim/remplacement-esim');
      expect(text).toContain(`Sent on ${popupDay(request!.sentAt, locale)}`);
      const due = addWorkingDays(new Date(request!.sentAt), 3).getTime();
      expect(text).toContain(`Expect an answer by ${popupDay(due, locale)}`);
      expect(await row.getByRole('switch', { name: 'Remind me' }).isChecked()).toBe(false);

      // Remind me: an alarm at the due date, in the browser itself.
      await row.getByRole('switch', { name: 'Remind me' }).click();
      await expect
        .poll(
          () =>
            session.worker.evaluate(
              async (name) => (await chrome.alarms.get(name))?.scheduledTime ?? null,
              `resim-followup:${request!.id}`,
            ),
          { timeout: 10_000 },
        )
        .toBe(request!.expectBy);

      // Answered: the request folds below, its alarm goes.
      await row.getByRole('button', { name: 'Answered' }).click();
      await popup.getByText('Answered or closed (1)').waitFor();
      expect(await list.count()).toBe(0);
      await expect
        .poll(() => session.worker.evaluate(async () => (await chrome.alarms.getAll()).length), {
          timeout: 10_000,
        })
        .toBe(0);
    } finally {
      await popup.close();
    }
  });
});
