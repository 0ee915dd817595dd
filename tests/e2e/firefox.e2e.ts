// The Firefox MV3 build in real Firefox (Debian's firefox-esr, headless, over WebDriver BiDi): the
// popup saves what a person types; the carrier's eSIM replacement page fills by itself; a general
// contact form gets the one-press offer and a key press fills it; a Zendesk form at a carrier's help
// centre fills with what the person saved. Values are checked as the page would post them.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { packOf } from '../../src/lang';
import { base, PROFILES, type TestProfile } from '../fixtures/sites/corpus';
import {
  badgeOf,
  type FirefoxSession,
  hasHostPermission,
  launchFirefox,
  readStorage,
  replaceStorage,
  type Tab,
  waitFor,
} from '../support/firefox';
import { platformRoutes } from '../support/posted-form';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

/** Stores a profile where the popup keeps it (as tests/support/fixtures.ts `setProfile` does). */
const saveProfile = (profile: TestProfile) => replaceStorage(session, { profile, profile$: { v: 2 } });

/** Opens `url` in a new tab, as a person following a link. */
async function visit(url: string): Promise<Tab> {
  const tab = await session.newTab();
  await tab.page.goto(url, { waitUntil: 'load' });
  return tab;
}

const valueIn = (page: Page, selector: string) =>
  page.$eval(selector, (element) => (element as HTMLInputElement).value);

const isChecked = (page: Page, selector: string) =>
  page.$eval(selector, (element) => (element as HTMLInputElement).checked);

/** What the form would post, as the browser serialises it on submit: name → value. */
const posted = (page: Page, form: string) =>
  page.$eval(form, (element) =>
    Object.fromEntries(
      [...new FormData(element as HTMLFormElement)].map(([name, value]) => [name, String(value)]),
    ),
  );

describe('the popup in Firefox', () => {
  test('details typed in the popup and saved are stored, and shown again when it reopens', async () => {
    await replaceStorage(session, {});
    const popup = await session.openPopup();
    try {
      const details = await popup.waitForSelector('nav [aria-current="page"]');
      expect(details).not.toBeNull();
      // It opens on what matters now; the details are one press away.
      const current = await popup.$eval('nav [aria-current="page"]', (button) => button.textContent?.trim());
      if (current !== 'Your details') {
        const [button] = await popup.$$('xpath/.//nav//button[normalize-space()="Your details"]');
        await button!.click();
      }
      await popup.waitForSelector('form#profile-form fieldset:not([disabled])');
      const typed = {
        givenName: 'Marie',
        familyName: 'Wamytan',
        email: 'marie.wamytan@example.nc',
        deviceModel: 'iPhone 15 Pro',
      };
      for (const [key, value] of Object.entries(typed)) await popup.type(`#field-${key}`, value);
      await popup.select('#field-carrierId', 'opt-nc');
      await popup.select('#field-reason', 'lost');
      const [save] = await popup.$$('xpath/.//footer//button[normalize-space()="Save"]');
      await save!.click();
      await waitFor(
        () => popup.$eval('[data-testid="save-state"]', (state) => state.textContent ?? ''),
        (text) => text.includes('Saved'),
        'the save bar to say Saved',
      );

      const stored = (await readStorage(session, 'profile')) as {
        entries: Array<Record<string, string>>;
        selectedId: string;
      };
      const entry = stored.entries.find((candidate) => candidate.id === stored.selectedId);
      expect(entry).toMatchObject({ ...typed, carrierId: 'opt-nc', reason: 'lost' });
    } finally {
      await popup.close();
    }

    const again = await session.openPopup();
    try {
      const [button] = await again.$$('xpath/.//nav//button[normalize-space()="Your details"]');
      await button!.click();
      await again.waitForSelector('form#profile-form fieldset:not([disabled])');
      await waitFor(
        () => valueIn(again, '#field-givenName'),
        (value) => value === 'Marie',
        'the saved first name',
      );
      expect(await valueIn(again, '#field-email')).toBe('marie.wamytan@example.nc');
      expect(await valueIn(again, '#field-carrierId')).toBe('opt-nc');
      expect(await valueIn(again, '#field-reason')).toBe('lost');
    } finally {
      await again.close();
    }
  });
});

describe('automatic fill in Firefox', () => {
  test("the built-in carriers' domains are granted at install, as Firefox's install prompt lists them", async () => {
    // Firefox (from 127) grants an MV3 add-on's host_permissions at install; without them the content
    // script would not run on carrier pages and nothing could fill by itself.
    expect(await hasHostPermission(session, 'https://*.opt.nc/*')).toBe(true);
    expect(await hasHostPermission(session, 'https://*.breezesim.com/*')).toBe(true);
    // The optional any-site permission stays asked-for, one site at a time.
    expect(await hasHostPermission(session, 'https://example.com/*')).toBe(false);
  });

  test("OPT-NC's eSIM replacement page fills by itself with the saved profile, and is not submitted", async () => {
    const url = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';
    session.serve({ [url]: { file: 'sites/opt-nc/remplacement-esim.html' } });
    await saveProfile(PROFILES.optNc);
    const { page, posts } = await visit(url);
    try {
      await page.waitForFunction(() => (document.querySelector('#edit-courriel') as HTMLInputElement).value);
      const fr = packOf('fr').message;
      await waitFor(
        () => valueIn(page, '#edit-precisions'),
        (text) => text.includes(fr.ask),
        'the request text',
      );
      expect(await valueIn(page, '#edit-prenom')).toBe('Marie-Hélène');
      expect(await valueIn(page, '#edit-nom')).toBe('Wamytan');
      expect(await valueIn(page, '#edit-mobile-indicatif')).toBe('+687');
      expect(await valueIn(page, '#edit-mobile-numero')).toBe('751234');
      expect(await valueIn(page, '#edit-courriel')).toBe('mh.wamytan@lagoon.nc');
      expect(await valueIn(page, '#edit-courriel-confirmation')).toBe('mh.wamytan@lagoon.nc');
      expect(await valueIn(page, '#edit-modele')).toBe('iPhone 15 Pro');
      expect(await valueIn(page, '#edit-eid')).toBe('89049032123451234512345678901235');
      expect(await valueIn(page, '#edit-imei')).toBe('354178036859789');
      expect(await isChecked(page, '#edit-motif-perte')).toBe(true);
      // The consent box and the captcha are the person's to answer.
      expect(await isChecked(page, '#edit-rgpd')).toBe(false);
      expect(await valueIn(page, '#edit-captcha-response')).toBe('');
      // The badge counts the fields written: the eleven above.
      expect(
        await waitFor(
          () => badgeOf(session, url),
          (badge) => badge !== '',
          'the badge',
        ),
      ).toBe('11');
      // The search box and the newsletter are not the form.
      expect(await valueIn(page, '#edit-keys')).toBe('');
      expect(await valueIn(page, '#mce-EMAIL')).toBe('');
      expect(posts).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the one-press offer in Firefox', () => {
  test("OPT-NC's general contact form is only offered; Tab to the offer and Enter fill it", async () => {
    const url = 'https://www.opt.nc/contact';
    session.serve({ [url]: { file: 'offer/opt-nc-contact.html' } });
    const profile = base({ ...PROFILES.optNc, orderNumber: 'OPT-2024-118734' });
    await saveProfile(profile);
    const { page, posts } = await visit(url);
    try {
      await page.waitForFunction(
        () => {
          const host = document.querySelector('resim-prompt');
          return !!host && host.matches(':popover-open') && getComputedStyle(host).visibility === 'visible';
        },
        { polling: 'raf', timeout: 15_000 },
      );
      expect(await valueIn(page, '#edit-courriel')).toBe('');
      // The toolbar badge says a form waits for a press.
      await waitFor(
        () => badgeOf(session, url),
        (badge) => badge === '+',
        'the badge "+"',
      );
      // The prompt lives in a closed shadow root: a person reaches it with Tab from the first box.
      await page.focus('#edit-nom');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('resim-prompt');
      // A press counts once the prompt has been shown 500 ms (src/dom/press-guard.ts).
      await new Promise((resolve) => setTimeout(resolve, 700));
      await page.keyboard.press('Enter');

      await waitFor(
        () => valueIn(page, '#edit-message'),
        (value) => value !== '',
        'the offer to fill the form',
      );
      expect(await valueIn(page, '#edit-nom')).toBe(profile.familyName);
      expect(await valueIn(page, '#edit-prenom')).toBe(profile.givenName);
      expect(await valueIn(page, '#edit-courriel')).toBe(profile.email);
      const message = await valueIn(page, '#edit-message');
      const fr = packOf('fr').message;
      expect(message).toContain(fr.hello);
      expect(message).toContain(profile.orderNumber);
      expect(await isChecked(page, '#edit-cgu')).toBe(false);
      expect(await page.$('resim-prompt')).toBeNull();
      expect(posts).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('a support platform in Firefox', () => {
  test("a Zendesk request form at Breeze's help centre fills its fields and custom dropdowns", async () => {
    const url = 'https://support.breezesim.com/hc/en-us/requests/new';
    session.serve(platformRoutes('platforms', url, 'zendesk-en.html', ['zendesk-nesty.js']));
    const order = 'BZ-20240518-4411';
    await saveProfile(
      base({
        givenName: 'Léa',
        familyName: 'Wamytan',
        email: 'lea.wamytan@example.nc',
        phone: '+687 77 12 34',
        carrierId: 'breezesim',
        deviceModel: 'iPhone 15 Pro',
        orderNumber: order,
        imei: '354178036859789',
        eid: '89049032123451234512345678901235',
        iccid: '8968700012345678906',
        reason: 'lost',
      }),
    );
    const { page, posts } = await visit(url);
    try {
      const expected = {
        'request[anonymous_requester_email]': 'lea.wamytan@example.nc',
        'request[custom_fields][360011000001]': order,
        'request[custom_fields][360011000002]': '8968700012345678906',
        'request[custom_fields][360011000003]': 'reissue_lost_stolen',
        'request[custom_fields][360011000004]': 'device_iphone_15_pro',
      };
      const values = await waitFor(
        () => posted(page, '#new_request'),
        (entries) =>
          Object.keys(expected).every((name) => entries[name]) && !!entries['request[description]'],
        'the Zendesk form to fill',
      );
      expect(values).toMatchObject(expected);
      expect(values['request[subject]']).toContain(order);
      expect(values['request[description]']).toContain(order);
      expect(values['request[description]']).toContain('iPhone 15 Pro');
      // The nesty widget shows the chosen options, as a person sees them.
      expect(
        await page.$eval('#request_custom_fields_360011000003 + a.nesty-input', (a) => a.textContent?.trim()),
      ).toBe('My phone was lost or stolen');
      expect(posts).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
