// P5–P7 on real-site forms, with the real extension: the 200 Formasaurus pages vendored in
// tests/fixtures/real-web/formasaurus (login, registration, newsletter, search, contact/comment,
// order… from many sites and languages) served at https://www.opt.nc/formasaurus/<page>, where the
// content script runs and the frame verdict is "automatic" for an OPT-NC profile holding every
// identifier. None of these forms is a SIM / eSIM request: on ≥ 99 % of pages nothing may be written
// by itself, no page may ever receive an identifier or the composed message, and contact forms get
// the offer [P6]. The carrier's own replacement page, in the same browser, still fills by itself [P5].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import { ENGINE_GLOBAL } from '../../src/fill/controller';
import { LANGUAGES, packOf } from '../../src/lang';
import { toFillData } from '../../src/profile/fill-data';
import { profileSchema } from '../../src/profile/schema';
import { base, type CorpusPage, PROFILES, SUPPORT_PAGES } from '../fixtures/sites/corpus';
import { checkPage, openEntry, servePage, setProfile, startSession } from '../support/fixtures';
import { type ExtensionSession, FIXTURES_DIR } from '../support/harness';

// Evaluated in the extension's service worker, where `chrome` is the extension API.
declare const chrome: typeof WxtBrowser;

const CORPUS = join(FIXTURES_DIR, 'real-web/formasaurus');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const sample = readJson<string[]>(join(CORPUS, 'sample.json'));
/** Each page's `<form>` elements in document order, as Formasaurus' annotators judged them. */
const formKinds = readJson<Record<string, string[]>>(join(CORPUS, 'forms.json'));

const ORIGIN = 'https://www.opt.nc';
const urlOf = (page: string) => `${ORIGIN}/formasaurus/${page}`;

/** At least this share of pages gets no automatic write (the requirement). */
const NO_AUTOMATIC_FLOOR = 0.99;
/**
 * Share of the sample's contact/comment forms (forms.json) that must get the offer [P6]. Measured
 * 40 of 47 (0.85) when this was set; the floor sits a little under. Raise it as detection improves,
 * never lower it to make a change pass. (tests/fixtures/real-web/floors.json belongs to the
 * detector's own regression test, not to this one.)
 */
const CONTACT_OFFER_FLOOR = 0.8;

/**
 * Offers on forms the annotators judged login, registration, search, mailing list, password recovery
 * or order (P7's "nothing" kinds): measured 4 when this was set — two sign-up forms without a
 * password (148.html, 208.html) and two one-click order forms (695.html, 748.html). Lower it as
 * detection improves, never raise it to make a change pass.
 */
const NOTHING_KIND_OFFERS_CEILING = 4;
/** Formasaurus kinds that P7 says get nothing. */
const NOTHING_KINDS = new Set([
  'login',
  'registration',
  'search',
  'join mailing list',
  'password/login recovery',
  'order/add to cart',
]);
/** Pages whose last `<form>` Formasaurus' parser did not see (a theme-my-login widget): [page, forms, listed]. */
const FORMS_JSON_SHORT: [string, number, number][] = [
  ['181.html', 3, 2],
  ['182.html', 3, 2],
];

/** An OPT-NC customer with every identifier, an order number and an activation code. */
const PROFILE = base({
  ...PROFILES.optNc,
  orderNumber: 'OPT-2024-118734',
  activationCode: 'LPA:1$smdp.opt.nc$K7-4QZP2M-W9DN5C',
});

/** What may never reach these pages: each identifier (as typed and as normalised) and the message. */
const data = toFillData(profileSchema.parse(PROFILE));
const compact = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
const IDENTIFIERS = (['imei', 'eid', 'iccid', 'orderNumber', 'activationCode'] as const).flatMap((key) => {
  const values = [PROFILE[key], data.values[key] ?? ''];
  if (key === 'activationCode') values.push(PROFILE.activationCode.split('$')[2]!);
  return [...new Set(values.map(compact).filter((value) => value.length >= 6))].map((value) => ({
    key,
    value,
  }));
});
/** The composed message's fixed sentences, in every language pack. */
const MESSAGE_MARKERS = [
  ...new Set(
    LANGUAGES.flatMap((lang) => {
      const { message } = packOf(lang);
      return [message.hello, message.ask, message.request, message.subject];
    }),
  ),
];

// ---- reading a page ----------------------------------------------------------------------------

/**
 * Each control's state when the DOM was parsed, before the content script (document_idle) asked
 * anything: what "changed" is measured against. The pages carry no scripts of their own.
 */
const RECORD_ORIGINALS = `document.addEventListener('DOMContentLoaded', () => {
  const state = (el) => el.type === 'checkbox' || el.type === 'radio' ? String(el.checked)
    : el.localName === 'select' ? el.selectedIndex + ':' + el.value : el.value;
  const originals = new Map();
  for (const el of document.querySelectorAll('input, select, textarea')) originals.set(el, state(el));
  window.__resimOriginals = originals;
  window.__resimState = state;
});`;

interface PageRecord {
  forms: number;
  /** Controls whose state differs from the parsed page's. */
  changed: { form: number; name: string; type: string; value: string }[];
  /** Every text value on the page (leaks are looked for in all of them). */
  values: string[];
  /** `<resim-prompt>` hosts: the index of the `<form>` each sits in (-1: outside a form), and shown or not. */
  prompts: { form: number; shown: boolean }[];
}

// A string, so it runs as written in the page's main world.
const COLLECT = `(() => {
  const forms = [...document.querySelectorAll('form')];
  const formOf = (el) => forms.indexOf(el.closest('form'));
  const originals = window.__resimOriginals || new Map();
  const state = window.__resimState || ((el) => el.value);
  const changed = [];
  const values = [];
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (['submit', 'button', 'reset', 'image'].includes(el.type)) continue;
    const now = state(el);
    if (el.localName !== 'select' && el.type !== 'checkbox' && el.type !== 'radio') values.push(el.value);
    if (originals.get(el) !== now)
      changed.push({ form: formOf(el), name: el.name || el.id || '', type: el.type, value: String(el.value).slice(0, 200) });
  }
  const prompts = [...document.querySelectorAll('resim-prompt')].map((host) => {
    let shown = false;
    try { shown = host.matches(':popover-open'); } catch {}
    return { form: formOf(host), shown };
  });
  return { forms: forms.length, changed, values, prompts };
})()`;

const collect = (page: Page) => page.evaluate(COLLECT) as Promise<PageRecord>;

interface Probe {
  /** The background injected the engine into the tab's top frame. */
  engine: boolean;
  /** The page's controls and prompts, to tell when they stop changing. */
  print: string;
}

/**
 * Looks at the tab's top frame from the extension's isolated world, where the background injects the
 * engine: one round trip answers both whether it is there and what the page holds.
 */
async function probe(session: ExtensionSession, tabId: number): Promise<Probe> {
  return session.worker.evaluate(
    async ([id, key]) => {
      try {
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: id as number },
          func: (name: string) => ({
            engine: name in globalThis,
            print: JSON.stringify([
              [...document.querySelectorAll('input, select, textarea')].map((el) =>
                el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
                  ? el.checked
                  : (el as HTMLInputElement).value,
              ),
              [...document.querySelectorAll('resim-prompt')].map((host) => host.matches(':popover-open')),
            ]),
          }),
          args: [key as string],
        });
        return (result?.result as Probe | undefined) ?? { engine: false, print: '' };
      } catch {
        return { engine: false, print: '' };
      }
    },
    [tabId, ENGINE_GLOBAL] as const,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until ReSIM is done with the page: its engine is in the top frame (the background starts it
 * with its next call into the frame, which our next probe follows), then nothing on the page changes
 * for `QUIET_MS`. Nothing is asserted on time.
 */
async function settle(session: ExtensionSession, tabId: number): Promise<{ engine: boolean }> {
  const QUIET_MS = 300;
  const start = Date.now();
  let seen = false;
  let last = '';
  let since = Date.now();
  while (Date.now() - start < 15_000) {
    const { engine, print } = await probe(session, tabId);
    if (engine && !seen) {
      seen = true;
    } else if (seen && print !== last) {
      last = print;
      since = Date.now();
    } else if (seen && Date.now() - since >= QUIET_MS) {
      return { engine: true };
    }
    await sleep(50);
  }
  return { engine: seen };
}

// ---- the run -----------------------------------------------------------------------------------

type Outcome = 'automatic' | 'offer' | 'nothing';

interface Visit extends PageRecord {
  page: string;
  engine: boolean;
  badge: string;
  leaks: string[];
  outcome: Outcome;
}

function leaksIn(record: PageRecord): string[] {
  const leaks: string[] = [];
  for (const value of record.values) {
    const flat = compact(value);
    for (const id of IDENTIFIERS)
      if (flat.includes(id.value)) leaks.push(`${id.key} in "${value.slice(0, 80)}"`);
  }
  for (const control of record.changed) {
    for (const marker of MESSAGE_MARKERS)
      if (control.value.includes(marker)) leaks.push(`message ("${marker}") in ${control.name}`);
  }
  return leaks;
}

/** Visits `pages` (names, or the URL `at`) one after another in one tab, as a person following links would. */
async function visitIn(session: ExtensionSession, pages: string[], at = urlOf): Promise<Visit[]> {
  const tab = await session.context.newPage();
  const visits: Visit[] = [];
  let tabId = -1;
  try {
    for (const name of pages) {
      const url = at(name);
      await tab.goto(url, { waitUntil: 'load' });
      if (tabId < 0) {
        tabId = await session.worker.evaluate(
          async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1,
          url,
        );
        if (tabId < 0) throw new Error(`no tab for ${url}`);
      }
      const { engine } = await settle(session, tabId);
      const record = await collect(tab);
      const badge = await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      const outcome: Outcome = record.changed.length
        ? 'automatic'
        : record.prompts.length
          ? 'offer'
          : 'nothing';
      visits.push({ page: name, engine, badge, leaks: leaksIn(record), outcome, ...record });
    }
  } finally {
    await tab.close();
  }
  return visits;
}

let session: ExtensionSession;
let visits: Visit[] = [];
let seconds = 0;

beforeAll(async () => {
  session = await startSession();
  await session.context.addInitScript({ content: RECORD_ORIGINALS });
  await session.context.route(
    (url) => url.origin === ORIGIN && url.pathname.startsWith('/formasaurus/'),
    (route) => {
      const name = new URL(route.request().url()).pathname.slice('/formasaurus/'.length);
      if (!sample.includes(name)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(join(CORPUS, 'pages', name)),
      });
    },
  );
  await setProfile(session, PROFILE);
  const started = Date.now();
  // Three tabs, each visiting a third of the sample.
  const lanes = [0, 1, 2].map((lane) => sample.filter((_, i) => i % 3 === lane));
  const results = await Promise.all(lanes.map((pages) => visitIn(session, pages)));
  const byPage = new Map(results.flat().map((visit) => [visit.page, visit]));
  visits = sample.map((page) => byPage.get(page)!);
  seconds = (Date.now() - started) / 1000;
}, 300_000);

afterAll(async () => {
  await session?.close();
});

describe('P5–P7: real-site forms served at www.opt.nc, an OPT-NC profile with every identifier', () => {
  test('every page of the sample was served, and the engine reached each one', () => {
    expect(visits).toHaveLength(200);
    const missing = visits.filter((visit) => !visit.engine).map((visit) => visit.page);
    expect(missing).toEqual([]);
    // forms.json lists the pages' forms in document order (as Formasaurus' parser saw them): the
    // browser sees the same forms, but for pages whose last form that parser missed.
    const mismatched = visits
      .filter((visit) => visit.forms !== formKinds[visit.page]!.length)
      .map((visit) => `${visit.page}: ${visit.forms} forms, forms.json ${formKinds[visit.page]!.length}`);
    expect(mismatched).toEqual(
      FORMS_JSON_SHORT.map(([page, seen, listed]) => `${page}: ${seen} forms, forms.json ${listed}`),
    );
  });

  test('P5/P7: at least 99 % of the pages get no automatic fill', () => {
    const count = (outcome: Outcome) => visits.filter((visit) => visit.outcome === outcome).length;
    console.log(
      `outcomes on ${visits.length} corpus pages served at www.opt.nc: automatic ${count('automatic')}, ` +
        `offer ${count('offer')}, nothing ${count('nothing')}`,
    );
    console.log(`(${visits.length} pages visited in 3 tabs in ${seconds.toFixed(1)} s)`);
    const automatic = visits
      .filter((visit) => visit.outcome === 'automatic')
      .map(
        (visit) => `${visit.page} [${formKinds[visit.page]!.join(', ')}]: ${JSON.stringify(visit.changed)}`,
      );
    expect(visits.length - automatic.length, automatic.join('\n')).toBeGreaterThanOrEqual(
      Math.ceil(NO_AUTOMATIC_FLOOR * visits.length),
    );
  });

  test('P7/P11: no page ever holds an identifier or the composed message', () => {
    const leaks = visits.flatMap((visit) => visit.leaks.map((leak) => `${visit.page}: ${leak}`));
    expect(leaks).toEqual([]);
  });

  test('P6: contact/comment forms get the offer, beside a box of their own form', () => {
    const contacts = visits.flatMap((visit) =>
      formKinds[visit.page]!.flatMap((kind, form) => (kind === 'contact/comment' ? [{ visit, form }] : [])),
    );
    const offered = contacts.filter(({ visit, form }) =>
      visit.prompts.some((prompt) => prompt.form === form),
    );
    const kinds = new Map<string, number>();
    for (const visit of visits)
      for (const prompt of visit.prompts) {
        const kind = formKinds[visit.page]![prompt.form] ?? 'outside a form';
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
    console.log(
      `contact/comment forms offered: ${offered.length}/${contacts.length}; offers by form kind: ${JSON.stringify(Object.fromEntries(kinds))}`,
    );
    const missed = contacts
      .filter((contact) => !offered.includes(contact))
      .map(({ visit, form }) => `${visit.page}#form${form}`);
    expect(offered.length / contacts.length, `not offered: ${missed.join(', ')}`).toBeGreaterThanOrEqual(
      CONTACT_OFFER_FLOOR,
    );
  });

  test('P7: few offers on login, sign-up, search, newsletter, password and order forms', () => {
    const offers = visits.flatMap((visit) =>
      visit.prompts
        .filter((prompt) => NOTHING_KINDS.has(formKinds[visit.page]![prompt.form] ?? ''))
        .map((prompt) => `${visit.page}#form${prompt.form} (${formKinds[visit.page]![prompt.form]})`),
    );
    console.log(`offers on forms of a "nothing" kind: ${offers.length} (${offers.join(', ')})`);
    expect(offers.length, offers.join('\n')).toBeLessThanOrEqual(NOTHING_KIND_OFFERS_CEILING);
  });

  test('P6: the badge says what happened — "+" while an offer waits, nothing when nothing was done', () => {
    const wrong = visits
      .filter((visit) => visit.outcome !== 'automatic')
      .filter((visit) => visit.badge !== (visit.prompts.length ? '+' : ''))
      .map((visit) => `${visit.page}: badge "${visit.badge}", ${visit.prompts.length} prompts`);
    expect(wrong).toEqual([]);
  });
});

describe("P5: the carrier's replacement page still fills by itself", () => {
  const replacement = SUPPORT_PAGES.find((page) => page.url.startsWith(`${ORIGIN}/`))!;
  const entry: CorpusPage = { ...replacement, profile: PROFILE };

  test('P5: the measure above sees a fill: the replacement page, visited the same way, counts as automatic', async () => {
    await servePage(session, entry);
    const [visit] = await visitIn(session, [entry.name], () => entry.url);
    expect(visit!.engine).toBe(true);
    expect(visit!.outcome).toBe('automatic');
    expect(visit!.changed.length).toBeGreaterThan(5);
    // Its own identifier boxes receive the EID and the IMEI: the leak check finds them.
    expect(visit!.leaks.join('\n')).toMatch(/eid in/);
    expect(visit!.leaks.join('\n')).toMatch(/imei in/);
    expect(visit!.prompts).toEqual([]);
    expect(visit!.badge).toBe(String(visit!.changed.length));
  });

  test('P5: OPT-NC eSIM replacement (Drupal webform), same profile, same browser, each box right', async () => {
    const opened = await openEntry(session, entry);
    try {
      const result = await checkPage(session, opened, entry);
      expect(result.problems, entry.url).toEqual([]);
      expect(result.changed).toBeGreaterThan(5);
      expect(result.right).toBe(result.expected);
      expect(await opened.page.locator('resim-prompt').count()).toBe(0);
    } finally {
      await opened.page.close();
    }
  });
});
