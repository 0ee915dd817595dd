import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  clearStorage,
  EXTENSION_DIR,
  type ExtensionSession,
  launchExtension,
  openPopup,
  ROOT,
  readStorage,
  writeStorage,
} from '../support/harness';

// A person using the toolbar popup, in real Chromium with the built extension.

const EID = '89049032123451234512345678901235';
const WRONG_EID = '89049032123451234512345678901236'; // last digit changed: mod-97 check fails
const IMEI = '490154203237518';
const WRONG_IMEI = '490154203237519'; // Luhn fails
const ICCID = '8968710012345678904';
const LPA = 'LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746';
const OPT = 'OPT-NC (Mobilis / Helia)';

const FULL = {
  'First name': 'Marie',
  'Last name': 'Wamytan',
  Email: 'marie.wamytan@example.nc',
  Phone: '75.12.34',
  'Device model': 'iPhone 15 Pro',
  'Order number': 'NC-2024-0815',
  'Activation code': LPA,
  IMEI,
  EID,
  ICCID,
  Notes: 'Phone stolen in Nouméa on 3 May.',
};

/** The one extension API the tests call inside the page (no @types/chrome in this project). */
type ChromeGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());
beforeEach(async () => clearStorage(session));

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const saveState = (page: Page) => page.getByTestId('save-state');

async function open(): Promise<Page> {
  const page = await openPopup(session);
  // It opens on what matters now (the checks before asking, once the details are complete): the
  // details are one press away.
  await page.locator('nav [aria-current="page"]').waitFor();
  const details = page.getByRole('navigation').getByRole('button', { name: 'Your details', exact: true });
  if ((await details.getAttribute('aria-current')) !== 'page') await details.click();
  await page.locator('form#profile-form fieldset:not([disabled])').first().waitFor();
  return page;
}

async function typeInto(page: Page, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await field(page, label).fill(value);
}

/** The selected profile as stored ({ entries: [{ id, label, ...fields }], selectedId }), or {}. */
async function storedProfile(): Promise<Record<string, string>> {
  const stored = (await readStorage(session, 'profile')).profile as
    | { entries: Array<Record<string, string>>; selectedId: string }
    | undefined;
  const entry = stored?.entries.find((candidate) => candidate.id === stored.selectedId);
  if (!entry) return {};
  const { id: _id, label: _label, ...fields } = entry;
  return fields;
}

/** The drafts kept, one item per profile. */
async function storedDrafts(): Promise<Record<string, unknown>> {
  const all = await readStorage(session);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('profileDraft')));
}

async function waitForState(page: Page, text: string): Promise<void> {
  await expect.poll(() => saveState(page).textContent()).toContain(text);
}

describe('profile form', () => {
  test('a full profile typed by its labels is saved, masked after reopening and revealed on request', async () => {
    const page = await open();
    await waitForState(page, 'Nothing saved yet');
    await typeInto(page, FULL);
    await field(page, 'Carrier').selectOption({ label: OPT });
    await field(page, 'Reason').selectOption({ label: 'Lost or stolen' });
    await waitForState(page, 'Unsaved changes');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitForState(page, 'Saved');

    const stored = await storedProfile();
    expect(stored).toMatchObject({
      givenName: 'Marie',
      familyName: 'Wamytan',
      email: 'marie.wamytan@example.nc',
      carrierId: 'opt-nc',
      deviceModel: 'iPhone 15 Pro',
      orderNumber: 'NC-2024-0815',
      imei: IMEI,
      eid: EID,
      iccid: ICCID,
      reason: 'lost',
    });
    // The phone as the person wrote it (pages get it as +687751234).
    expect(stored.phone).toBe('75.12.34');
    expect(stored.activationCode?.toLowerCase()).toContain('smdp.gsma.com');
    expect(await storedDrafts()).toEqual({});

    // Screenshot for the README: the filled popup as a person sees it.
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    // Scrolled to "Your eSIM": the saved identifiers are masked, the bar says Saved.
    await page.locator('main').evaluate((main: HTMLElement) => {
      const esim = main.querySelectorAll('fieldset')[1] as HTMLElement;
      main.scrollTo(0, esim.offsetTop - main.offsetTop - 8);
    });
    // Taken on every run (so the screenshot path stays exercised); kept only when asked, so a test
    // run leaves the work tree clean: UPDATE_SCREENSHOTS=1 npm run test:e2e.
    const shot = await page.screenshot();
    if (process.env.UPDATE_SCREENSHOTS === '1') writeFileSync(join(ROOT, 'docs/popup.png'), shot);
    expect(shot.byteLength).toBeGreaterThan(5_000);
    await page.close();

    const again = await open();
    await waitForState(again, 'Saved');
    expect(await field(again, 'First name').inputValue()).toBe('Marie');
    expect(await field(again, 'Order number').inputValue()).toBe('NC-2024-0815');
    expect(await field(again, 'Carrier').inputValue()).toBe('opt-nc');
    expect(await field(again, 'Reason').inputValue()).toBe('lost');
    expect(await field(again, 'Notes').inputValue()).toBe(FULL.Notes);
    for (const [label, value] of [
      ['EID', EID],
      ['IMEI', IMEI],
      ['ICCID', ICCID],
    ] as const) {
      expect(await field(again, label).inputValue()).toBe(`••••${value.slice(-4)}`);
    }
    expect(await field(again, 'Activation code').inputValue()).toMatch(/^••••\S{4}$/);

    const show = again.getByRole('button', { name: 'Show EID', exact: true });
    expect(await show.getAttribute('aria-pressed')).toBe('false');
    await show.click();
    expect(await show.getAttribute('aria-pressed')).toBe('true');
    expect(await field(again, 'EID').inputValue()).toBe(EID);
    expect(await field(again, 'IMEI').inputValue()).toBe(`••••${IMEI.slice(-4)}`);

    // Typing into a masked field shows what is typed (select-all + type replaces the hidden value).
    await field(again, 'IMEI').fill('354178036859789');
    expect(await field(again, 'IMEI').inputValue()).toBe('354178036859789');
    await waitForState(again, 'Unsaved changes');
    await again.close();
  });

  test('half a profile typed and left unsaved is there again when the popup reopens', async () => {
    const page = await open();
    await typeInto(page, { 'First name': 'Jean', Email: 'jean@exa', EID: '8904903212' });
    await field(page, 'Reason').selectOption({ label: 'Damaged' });
    await page.close();

    const again = await open();
    expect(await field(again, 'First name').inputValue()).toBe('Jean');
    expect(await field(again, 'Email').inputValue()).toBe('jean@exa');
    expect(await field(again, 'EID').inputValue()).toBe('8904903212');
    expect(await field(again, 'Reason').inputValue()).toBe('damaged');
    expect(await field(again, 'Last name').inputValue()).toBe('');
    await waitForState(again, 'Unsaved changes');
    expect(await storedProfile()).toEqual({});
    await again.close();
  });

  for (const [label, key, wrong, error] of [
    ['EID', 'eid', WRONG_EID, 'EID check digits do not match'],
    ['IMEI', 'imei', WRONG_IMEI, 'check digit'],
  ] as const) {
    test(`a wrong ${label} shows its error and is not saved, while the valid fields are`, async () => {
      const page = await open();
      await typeInto(page, { 'First name': 'Marie', 'Order number': 'NC-77', [label]: wrong });
      const input = field(page, label);
      await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
      const message = page.locator(`[id="${describedBy.split(' ')[0]}"]`);
      expect(await message.textContent()).toContain(error);

      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await waitForState(page, `Saved, except ${label}: not valid`);
      const stored = await storedProfile();
      expect(stored.givenName).toBe('Marie');
      expect(stored.orderNumber).toBe('NC-77');
      expect(stored[key]).toBe('');
      // The refused value stays in view, still marked invalid, and survives a reopen as a draft.
      expect(await input.inputValue()).toBe(wrong);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      await page.close();

      const again = await open();
      expect(await field(again, label).inputValue()).toBe(wrong);
      await expect.poll(() => field(again, label).getAttribute('aria-invalid')).toBe('true');
      await again.close();
    });
  }
});

describe('unreadable saved data', () => {
  const damaged = { givenName: 'Marie', eid: 'not-an-eid', imei: { broken: true } };

  test('is announced, and Restore puts it back into the form', async () => {
    await writeStorage(session, { profile: damaged, profile$: { v: 2 } });
    const page = await open();
    const banner = page.getByRole('region', { name: 'Some saved details could not be read' });
    await banner.waitFor();
    expect(await field(page, 'EID').inputValue()).toBe('');
    await banner.getByRole('button', { name: 'Restore' }).click();
    await page.getByText('Restored into the form').waitFor();
    expect(await field(page, 'First name').inputValue()).toBe('Marie');
    expect(await field(page, 'EID').inputValue()).toBe('not-an-eid');
    expect(await field(page, 'Notes').inputValue()).toContain('"broken":true');
    expect(await readStorage(session, 'profileQuarantine')).toEqual({});
    await page.close();
  });

  test('Discard removes it for good', async () => {
    await writeStorage(session, { profile: damaged, profile$: { v: 2 } });
    const page = await open();
    const banner = page.getByRole('region', { name: 'Some saved details could not be read' });
    await banner.getByRole('button', { name: 'Discard' }).click();
    await page.getByText('The unreadable details were discarded.').waitFor();
    expect(await banner.count()).toBe(0);
    expect(await readStorage(session, 'profileQuarantine')).toEqual({});
    expect(await field(page, 'First name').inputValue()).toBe('Marie');
    expect(await field(page, 'EID').inputValue()).toBe('');
    await page.close();
    const again = await open();
    expect(await again.getByRole('region', { name: 'Some saved details could not be read' }).count()).toBe(0);
    await again.close();
  });
});

describe('this page panel', () => {
  /** A report as the content script sends it, recorded by the background for the popup's own tab. */
  async function report(page: Page, extra: Record<string, unknown>): Promise<void> {
    const sent = {
      url: 'https://www.opt.nc/assistance/esim',
      formCount: 1,
      filled: [],
      skipped: [],
      platform: null,
      at: Date.now(),
      ...extra,
    };
    // Sent from the popup's own page: the background records it for that tab, as for a content script.
    await page.evaluate(
      (message) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(message),
      {
        type: 'fill:report',
        report: sent,
      },
    );
  }

  async function savedOptProfile(): Promise<Page> {
    const page = await open();
    await typeInto(page, {
      'First name': 'Marie',
      'Last name': 'Wamytan',
      'Order number': 'NC-2024-0815',
      EID,
    });
    await field(page, 'Carrier').selectOption({ label: OPT });
    await field(page, 'Reason').selectOption({ label: 'Lost or stolen' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitForState(page, 'Saved');
    return page;
  }

  test('lists what was filled and skipped, with Undo, Fill again and the carrier switch', async () => {
    const page = await savedOptProfile();
    await report(page, {
      filled: [
        { field: 'orderNumber', label: 'Numéro de commande', shown: 'NC-2024-0815' },
        { field: 'eid', label: 'EID', shown: '••••1235' },
      ],
      skipped: [{ field: null, label: 'Mot de passe', reason: 'never-touch' }],
    });
    // The open popup follows what the background records for its tab.
    // The navigation gains "This page": its report is one press away.
    await page.getByRole('navigation').getByRole('button', { name: 'This page', exact: true }).click();
    const panel = page.getByRole('region', { name: 'This page' });
    await panel.waitFor();
    const filled = panel.getByRole('list', { name: 'Filled' });
    expect(await filled.getByRole('listitem').allTextContents()).toEqual([
      'Numéro de commandeNC-2024-0815',
      'EID••••1235',
    ]);
    expect(await panel.getByRole('list', { name: 'Left alone' }).textContent()).toBe(
      'Mot de passeReSIM never fills this kind of field',
    );

    const toggle = panel.getByRole('switch', { name: `Fill automatically on ${OPT} pages` });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect
      .poll(async () => (await readStorage(session, 'autofill')).autofill)
      .toEqual({ 'opt-nc': false });
    // The switch lives in the panel while it is shown, not twice.
    expect(await page.getByRole('switch').count()).toBe(1);

    // The popup's own tab has no content script: the person is told, nothing breaks.
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByText('Could not reach the page').waitFor();
    expect(await panel.getByRole('button', { name: 'Fill again' }).isEnabled()).toBe(true);
    await page.close();
  });

  test('on a chat-only page offers the prepared message to copy, identifiers in full', async () => {
    // Playwright refuses an origin for chrome-extension:// pages; granted context-wide instead.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await savedOptProfile();
    await report(page, { chatOnly: true, formCount: 0, platform: 'intercom' });
    // The open popup follows what the background records for its tab.
    await page.getByRole('navigation').getByRole('button', { name: 'This page', exact: true }).click();
    const panel = page.getByRole('region', { name: 'This page' });
    const shown = await panel.getByRole('textbox', { name: 'This page uses chat' }).inputValue();
    expect(shown).toContain('NC-2024-0815');
    expect(shown).toContain('Marie Wamytan');
    expect(shown).toContain('Lost or stolen');
    expect(shown).toContain('••••1235');
    expect(shown).not.toContain(EID);

    await panel.getByRole('button', { name: 'Copy message' }).click();
    await panel.getByText('Copied', { exact: true }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`EID: ${EID}`);
    expect(copied).toContain('NC-2024-0815');
    await page.close();
  });

  test('stays hidden when the tab has no report', async () => {
    const page = await open();
    await waitForState(page, 'Nothing saved yet');
    expect(await page.getByRole('region', { name: 'This page' }).count()).toBe(0);
    await page.close();
  });
});

describe("the popup in the browser's language", () => {
  // The harness launches an English browser; Chromium's --lang switch picks the extension's locale.
  async function launchIn(lang: string): Promise<{ context: BrowserContext; popup: Page }> {
    const context = await chromium.launchPersistentContext('', {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        `--lang=${lang}`,
        '--headless=new',
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
      ],
    });
    await context.route(
      (url) => url.protocol !== 'chrome-extension:',
      (route) => route.abort('blockedbyclient'),
    );
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await popup.locator('form#profile-form fieldset:not([disabled])').first().waitFor();
    return { context, popup };
  }

  test('French: labels, lang, a specific error and the saved state', async () => {
    const { context, popup } = await launchIn('fr');
    try {
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr\b/);
      expect(await popup.locator('legend').allTextContents()).toEqual(['Vous', 'Votre eSIM', 'Pourquoi']);
      await field(popup, 'Prénom').fill('Marie');
      await field(popup, 'Nom').fill('Wamytan');
      await field(popup, 'EID').fill(WRONG_EID);
      await field(popup, 'Motif de la demande').selectOption({ label: 'Perte ou vol' });
      await expect.poll(() => field(popup, 'EID').getAttribute('aria-invalid')).toBe('true');
      await popup.getByText("Les chiffres de contrôle de l'EID ne correspondent pas").waitFor();
      await popup.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect.poll(() => saveState(popup).textContent()).toContain('Enregistré, sauf EID');
    } finally {
      await context.close();
    }
  });

  test('Simplified Chinese: labels and lang', async () => {
    const { context, popup } = await launchIn('zh-CN');
    try {
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await field(popup, '名字').fill('伟');
      await field(popup, '姓氏').fill('张');
      expect(await field(popup, '运营商').locator('option').last().textContent()).toBe('其他');
      await popup.getByRole('button', { name: '保存', exact: true }).click();
      await expect.poll(() => saveState(popup).textContent()).toContain('已保存');
    } finally {
      await context.close();
    }
  });
});
