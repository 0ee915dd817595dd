// Issue #4: support-platform forms (Zendesk, Salesforce Web-to-Case, Freshdesk, HubSpot) served at
// carrier URLs with their widget scripts, filled by the built extension for a saved profile of THAT
// carrier. What counts is what the form would post: `new FormData(form)` in the page (HubSpot's
// React-style state included), compared with the same page opened where the extension does not run.
// Chat-only pages (Intercom, WhatsApp) are reported as such instead of filled.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import {
  clearStorage,
  type ExtensionSession,
  launchExtension,
  serve,
  writeStorage,
} from '../support/harness';
import {
  byName,
  type Entries,
  otherFormsEntries,
  platformRoutes,
  posted,
  settleLikeAPerson,
} from '../support/posted-form';

// Evaluated in the extension's service worker, where `chrome` is the extension API.
declare const chrome: typeof WxtBrowser;

// Not a carrier domain: the content script never runs there, so the page shows what it posts untouched.
const BASELINE_ORIGIN = 'https://platform-fixtures.example.org';

const PERSON = {
  givenName: 'Léa',
  familyName: 'Wamytan',
  email: 'lea.wamytan@example.nc',
  phone: '+687 77 12 34',
  carrierOtherName: '',
  deviceModel: 'iPhone 15 Pro',
  orderNumber: '',
  activationCode: '',
  imei: '354178036859789',
  eid: '89049032123451234512345678901235',
  iccid: '8968700012345678906',
  notes: '',
};
type Reason = 'lost' | 'damaged' | 'newDevice' | 'deleted' | 'other';
const profile = (carrierId: string, reason: Reason, extra: Partial<typeof PERSON> = {}) => ({
  ...PERSON,
  carrierId,
  reason,
  ...extra,
});

/** Exact posted value, or text that a composed subject/description must contain. */
type Want = string | { includes: string[] };

interface Case {
  name: string;
  /** Page URL → fixture (relative to tests/fixtures/platforms). */
  url: string;
  file: string;
  widgets?: string[];
  /** The form lives in this frame (same carrier): host page URL and file. */
  host?: { url: string; file: string };
  form: string;
  /** A posted name that is empty before the fill and set after it: the fill has happened. */
  ready: string;
  platform: string;
  profile: ReturnType<typeof profile>;
  /** Posted values that must change; every other entry must stay exactly as the page had it. */
  expected: Record<string, Want>;
  /** Text the visible widget must show (selector → text). */
  shown?: Record<string, string>;
}

const ORDER = 'BZ-20240518-4411';
const CASES: Case[] = [
  {
    name: 'Zendesk classic (en): nesty taggers, nested device list',
    url: 'https://support.breezesim.com/hc/en-us/requests/new',
    file: 'zendesk-en.html',
    widgets: ['zendesk-nesty.js'],
    form: '#new_request',
    ready: 'request[anonymous_requester_email]',
    platform: 'zendesk',
    profile: profile('breezesim', 'lost', { orderNumber: ORDER }),
    expected: {
      'request[anonymous_requester_email]': PERSON.email,
      'request[subject]': { includes: [ORDER] },
      'request[description]': { includes: [ORDER, 'iPhone 15 Pro'] },
      'request[custom_fields][360011000001]': ORDER,
      'request[custom_fields][360011000002]': PERSON.iccid,
      'request[custom_fields][360011000003]': 'reissue_lost_stolen',
      'request[custom_fields][360011000004]': 'device_iphone_15_pro',
    },
    shown: {
      '#request_custom_fields_360011000003 + a.nesty-input': 'My phone was lost or stolen',
      '#request_custom_fields_360011000004 + a.nesty-input': 'Apple > iPhone 15 Pro',
    },
  },
  {
    name: 'Zendesk newer React theme (fr): Garden comboboxes with data-tagger',
    url: 'https://support.breezesim.com/hc/fr/requests/new',
    file: 'zendesk-fr.html',
    widgets: ['zendesk-combobox.js'],
    form: 'form[data-new-request]',
    ready: 'request[anonymous_requester_email]',
    platform: 'zendesk',
    profile: profile('breezesim', 'lost', { orderNumber: ORDER }),
    expected: {
      'request[anonymous_requester_email]': PERSON.email,
      'request[subject]': { includes: [ORDER] },
      'request[description]': { includes: [ORDER, 'iPhone 15 Pro', 'Téléphone perdu ou volé'] },
      'request[custom_fields][360011000001]': ORDER,
      'request[custom_fields][360011000009]': PERSON.imei,
      'request[custom_fields][360011000010]': PERSON.eid,
      'request[custom_fields][360011000003]': 'reissue_lost_stolen',
      'request[custom_fields][360011000004]': 'device_iphone_15_pro',
    },
    shown: {
      '[aria-controls=":r8:--listbox"] [data-garden-id="dropdowns.combobox.value"]':
        'Téléphone perdu ou volé',
      '[aria-controls=":r9:--listbox"] [data-garden-id="dropdowns.combobox.value"]': 'Apple > iPhone 15 Pro',
    },
  },
  {
    name: 'Zendesk React theme (zh): comboboxes without data-tagger, CKEditor description',
    url: 'https://help.esim-go.com/hc/zh-cn/requests/new',
    file: 'zendesk-zh.html',
    widgets: ['zendesk-combobox.js'],
    form: 'form[data-new-request]',
    ready: 'request[anonymous_requester_email]',
    platform: 'zendesk',
    profile: profile('esim-go', 'lost', {
      givenName: '小明',
      familyName: '王',
      email: 'xiaoming.wang@example.cn',
      phone: '+86 138 0013 8000',
      orderNumber: 'EG-88230417',
    }),
    expected: {
      'request[anonymous_requester_email]': 'xiaoming.wang@example.cn',
      'request[subject]': { includes: ['EG-88230417'] },
      'request[description]': { includes: ['EG-88230417', '手机丢失/被盗', 'iPhone 15 Pro'] },
      'request[custom_fields][4401000000011]': 'EG-88230417',
      'request[custom_fields][4401000000012]': PERSON.iccid,
      'request[custom_fields][4401000000013]': '+8613800138000',
      'request[custom_fields][4401000000014]': 'zh_reason_lost',
      'request[custom_fields][4401000000015]': 'zh_iphone_15_pro',
    },
    shown: {
      '[aria-controls=":rg:--listbox"] [data-garden-id="dropdowns.combobox.value"]': '手机丢失/被盗',
      '[aria-controls=":rh:--listbox"] [data-garden-id="dropdowns.combobox.value"]': '苹果 > iPhone 15 Pro',
    },
  },
  {
    name: 'Salesforce Web-to-Case (en): 00N fields labelled by loose text',
    url: 'https://www.esim-link.com/support/replacement',
    file: 'salesforce-en.html',
    form: '#case-form',
    ready: 'email',
    platform: 'salesforce',
    profile: profile('esim-link', 'newDevice', {
      orderNumber: 'EL-552190',
      deviceModel: 'Samsung Galaxy S24',
    }),
    expected: {
      name: 'Léa Wamytan',
      email: PERSON.email,
      phone: '+687771234',
      '00N5g00000Qa1Bc': 'EL-552190',
      '00N5g00000Qa1Bd': PERSON.iccid,
      '00N5g00000Qa1Be': PERSON.eid,
      '00N5g00000Qa1Bf': 'Samsung Galaxy S24',
      '00N5g00000Qa1Bh': 'Switched to a new phone',
      subject: { includes: ['EL-552190'] },
      description: { includes: ['EL-552190', 'Samsung Galaxy S24'] },
    },
  },
  {
    name: 'Salesforce Web-to-Case (fr): old table layout, --Aucun-- picklists',
    url: 'https://www.opt.nc/particuliers/mobile/esim/remplacement',
    file: 'salesforce-fr.html',
    form: 'form[name=formulaire_esim]',
    ready: 'email',
    platform: 'salesforce',
    profile: profile('opt-nc', 'lost'),
    expected: {
      name: 'Léa Wamytan',
      email: PERSON.email,
      phone: '+687771234',
      '00N0X00000MoDeL': 'iPhone 15 Pro',
      '00N0X00000ImEiX': PERSON.imei,
      '00N0X00000EiDxx': PERSON.eid,
      reason: 'Perte ou vol',
      subject: { includes: ['eSIM'] },
      description: { includes: ['Téléphone perdu ou volé', 'iPhone 15 Pro'] },
    },
  },
  {
    name: 'Freshdesk portal (en): Redactor editor over the posted textarea',
    url: 'https://help.ubigi.com/support/tickets/new',
    file: 'freshdesk-en.html',
    widgets: ['freshdesk-redactor.js'],
    form: '#new_helpdesk_ticket',
    ready: 'helpdesk_ticket[email]',
    platform: 'freshdesk',
    profile: profile('ubigi', 'damaged', { orderNumber: 'UB-7781-2290' }),
    expected: {
      'helpdesk_ticket[email]': PERSON.email,
      'helpdesk_ticket[subject]': { includes: ['UB-7781-2290'] },
      'helpdesk_ticket[custom_field][cf_order_number_922577]': 'UB-7781-2290',
      'helpdesk_ticket[custom_field][cf_iccid_922577]': PERSON.iccid,
      'helpdesk_ticket[custom_field][cf_device_922577]': 'iPhone 15 Pro',
      'helpdesk_ticket[custom_field][cf_reason_for_replacement_922577]': 'Broken device',
      'helpdesk_ticket[ticket_body_attributes][description_html]': {
        includes: ['UB-7781-2290', 'iPhone 15 Pro'],
      },
    },
  },
  {
    name: 'Freshdesk portal (fr): Froala editor, custom fields without cf_',
    url: 'https://help.ubigi.com/fr/support/tickets/new',
    file: 'freshdesk-fr.html',
    widgets: ['freshdesk-froala.js'],
    form: '#new_helpdesk_ticket',
    ready: 'helpdesk_ticket[email]',
    platform: 'freshdesk',
    profile: profile('ubigi', 'newDevice', { orderNumber: 'UB-7781-2290' }),
    expected: {
      'helpdesk_ticket[email]': PERSON.email,
      'helpdesk_ticket[subject]': { includes: ['UB-7781-2290'] },
      'helpdesk_ticket[custom_field][numero_de_commande_48213]': 'UB-7781-2290',
      'helpdesk_ticket[custom_field][numero_iccid_48213]': PERSON.iccid,
      'helpdesk_ticket[custom_field][telephone_48213]': '+687771234',
      'helpdesk_ticket[custom_field][modele_du_terminal_48213]': 'iPhone 15 Pro',
      'helpdesk_ticket[custom_field][motif_48213]': 'Changement de téléphone',
      'helpdesk_ticket[ticket_body_attributes][description_html]': {
        includes: ['UB-7781-2290', 'Changement de téléphone'],
      },
    },
  },
  {
    name: 'Freshdesk feedback widget (en) in a same-carrier frame: helpdesk_ticket[requester]',
    url: 'https://help.ubigi.com/widgets/feedback_widget/new',
    file: 'freshdesk-widget-en.html',
    host: { url: 'https://www.ubigi.com/contact', file: 'freshdesk-widget-host-en.html' },
    form: '#fd-feedback-form',
    ready: 'helpdesk_ticket[requester]',
    platform: 'freshdesk',
    profile: profile('ubigi', 'deleted', { orderNumber: 'UB-7781-2290' }),
    expected: {
      'helpdesk_ticket[requester]': PERSON.email,
      'helpdesk_ticket[subject]': { includes: ['UB-7781-2290'] },
      'helpdesk_ticket[custom_field][cf_order_number_922577]': 'UB-7781-2290',
      'helpdesk_ticket[custom_field][cf_eid_922577]': PERSON.eid,
      'helpdesk_ticket[ticket_body_attributes][description_html]': { includes: ['UB-7781-2290'] },
    },
  },
  {
    name: 'HubSpot v3 (en): React-style state, TICKET.* properties, consent left alone',
    url: 'https://www.holafly.com/contact/',
    file: 'hubspot-en.html',
    widgets: ['hubspot-forms.js'],
    form: '#hsForm_7c1e9d2a-3b44-4f5e-9a61-2d8e0b7f4c11',
    ready: 'email',
    platform: 'hubspot',
    profile: profile('holafly', 'deleted', { orderNumber: '#HF-20931' }),
    expected: {
      firstname: 'Léa',
      lastname: 'Wamytan',
      email: PERSON.email,
      phone: '+687771234',
      'TICKET.order_id': '#HF-20931',
      'TICKET.esim_replacement_reason': 'deleted',
      'TICKET.device_model': 'iPhone 15 Pro',
      'TICKET.subject': { includes: ['HF-20931'] },
      'TICKET.content': { includes: ['HF-20931', 'iPhone 15 Pro'] },
    },
  },
  {
    name: 'HubSpot v4 names (fr): 0-1/…, 0-5/…',
    url: 'https://www.holafly.com/fr/contact/',
    file: 'hubspot-fr.html',
    widgets: ['hubspot-forms.js'],
    form: 'form.hs-form',
    ready: '0-1/email',
    platform: 'hubspot',
    profile: profile('holafly', 'lost', { orderNumber: '#HF-20931' }),
    expected: {
      '0-1/firstname': 'Léa',
      '0-1/lastname': 'Wamytan',
      '0-1/email': PERSON.email,
      '0-1/mobilephone': '+687771234',
      '0-5/numero_de_commande': '#HF-20931',
      '0-5/iccid': PERSON.iccid,
      '0-5/motif_remplacement': 'perte_vol',
      '0-5/subject': { includes: ['HF-20931'] },
      '0-5/content': { includes: ['HF-20931', 'Téléphone perdu ou volé'] },
    },
  },
];

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

/** Stores the profile exactly where src/profile/storage.ts keeps it (WXT item `local:profile`, version 2). */
async function saveProfile(value: Case['profile']): Promise<void> {
  await clearStorage(session);
  await writeStorage(session, { profile: value, profile$: { v: 2 } });
}

async function formFrame(page: Page, entry: Case): Promise<Page | Frame> {
  if (!entry.host) return page;
  const frame = page.frames().find((f) => f.url().startsWith(entry.url));
  if (!frame) throw new Error(`no frame ${entry.url}`);
  await frame.waitForLoadState('load');
  return frame;
}

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The same page where the extension does not run: what the form posts untouched. */
async function baseline(entry: Case): Promise<Entries> {
  const path = new URL(entry.url);
  const url = `${BASELINE_ORIGIN}${path.pathname}`;
  await serve(session.context, platformRoutes('platforms', url, entry.file, entry.widgets));
  const page = await open(url);
  try {
    return await posted(page, entry.form);
  } finally {
    await page.close();
  }
}

function comparePosted(actual: Entries, original: Entries, expected: Record<string, Want>): string[] {
  const problems: string[] = [];
  const now = byName(actual);
  const before = byName(original);
  const names = [...new Set([...before.keys(), ...now.keys()])];
  for (const name of names) {
    const want = expected[name];
    const values = now.get(name) ?? [];
    const was = before.get(name) ?? [];
    if (want === undefined) {
      if (JSON.stringify(values) !== JSON.stringify(was)) {
        problems.push(`${name}: must stay ${JSON.stringify(was)}, posts ${JSON.stringify(values)}`);
      }
    } else if (values.length !== 1) {
      problems.push(`${name}: expected one value, posts ${JSON.stringify(values)}`);
    } else if (typeof want === 'string') {
      if (values[0] !== want)
        problems.push(`${name}: expected ${JSON.stringify(want)}, posts ${JSON.stringify(values[0])}`);
    } else {
      for (const part of want.includes) {
        if (!values[0]!.includes(part))
          problems.push(
            `${name}: should mention ${JSON.stringify(part)}, posts ${JSON.stringify(values[0])}`,
          );
      }
    }
  }
  for (const name of Object.keys(expected)) if (!now.has(name)) problems.push(`${name}: not posted at all`);
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

describe('support-platform forms post the right values, and only those', () => {
  for (const entry of CASES) {
    test(entry.name, async () => {
      const original = await baseline(entry);
      await saveProfile(entry.profile);
      const served = platformRoutes('platforms', entry.url, entry.file, entry.widgets);
      if (entry.host) Object.assign(served, platformRoutes('platforms', entry.host.url, entry.host.file));
      await serve(session.context, served);

      const page = await open(entry.host?.url ?? entry.url);
      const nonGet: string[] = [];
      page.on('request', (request) => {
        if (request.method() !== 'GET') nonGet.push(`${request.method()} ${request.url()}`);
      });
      try {
        const frame = await formFrame(page, entry);
        await settleLikeAPerson(page, frame, entry.form, entry.ready, 600);
        const actual = await posted(frame, entry.form);
        expect(comparePosted(actual, original, entry.expected)).toEqual([]);

        for (const [selector, text] of Object.entries(entry.shown ?? {})) {
          const shown = await frame.evaluate((sel) => {
            const el = document.querySelector(sel);
            return el?.tagName === 'SELECT' ? '' : (el?.textContent ?? '').trim();
          }, selector);
          expect(shown, selector).toBe(text);
        }
        // Every other form of the page is untouched (search, newsletter, Web-to-Lead).
        expect((await otherFormsEntries(frame, entry.form)).filter((e) => /=.*@/.test(e))).toEqual([]);

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

describe('chat-only support pages: reported, not filled', () => {
  const CHAT: Array<[name: string, url: string, file: string, carrierId: string]> = [
    ['Intercom contact page (en)', 'https://www.getnomad.app/contact', 'intercom-en.html', 'nomad'],
    [
      'WhatsApp / Messenger contact page (fr)',
      'https://www.simcardo.com/fr/contact',
      'whatsapp-fr.html',
      'simcardo',
    ],
  ];
  for (const [name, url, file, carrierId] of CHAT) {
    test(name, async () => {
      await saveProfile(profile(carrierId, 'lost', { orderNumber: 'CH-1001' }));
      await serve(session.context, platformRoutes('platforms', url, file));
      const page = await session.context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        await expect.poll(async () => (await reportFor(url))?.chatOnly, { timeout: 10_000 }).toBe(true);
        // The newsletter box beside the chat stays empty.
        const emails = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLInputElement>('input'))
            .map((input) => input.value)
            .filter((v) => v.includes('@')),
        );
        expect(emails).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
