// Backup and erase in real Chromium, one story in order, as a person does it in the popup: a saved
// profile holding every identifier, a request logged by sending a form ReSIM filled, an added site;
// Export saves a file; Delete all my data (after its confirmation) leaves storage empty and gives the
// site's access back; Import shows what it will replace, and Replace brings storage back exactly as
// exported. The restored site has no access in this browser yet: the Sites list says so, and its Grant
// button asks the browser for that one origin during the click.
//
// Headless Chromium cannot show the permission prompt: the person's "allow" is given the browser's own
// way (chrome://extensions → Site access, `allowSiteInSettings`), the extension then asks for it itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import {
  allowSiteInSettings,
  type ExtensionSession,
  launchExtension,
  openPopup,
  ROOT,
  readStorage,
  serve,
  writeStorage,
} from '../support/harness';

// Evaluated in the extension's service worker, where `chrome` is the extension API.
declare const chrome: typeof WxtBrowser;

const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const text = (key: string, ...subs: string[]) => {
  const found = messages[key]?.message;
  if (found === undefined) throw new Error(`no message ${key}`);
  return found.replace(/\$[A-Z_]+\$/g, () => subs.shift() ?? '');
};

const EID = '89049032123451234512345678901235';
const IMEI = '490154203237518';
const ICCID = '8968710012345678904';
const LPA = 'LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746';
const OPT = 'OPT-NC (Mobilis / Helia)';
const OPT_REPLACEMENT = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';

const ORIGIN = 'https://help.wanderbyte-esim.com';
const HOST = 'help.wanderbyte-esim.com';
const PATTERN = `${ORIGIN}/*`;
const SCRIPT_ID = `resim-site:${ORIGIN}`;

let session: ExtensionSession;
let popup: Page;

beforeAll(async () => {
  session = await launchExtension();
  await serve(session.context, { [OPT_REPLACEMENT]: { file: 'sites/opt-nc/remplacement-esim.html' } });
});
afterAll(async () => session?.close());

// ---- what the browser and the extension hold ------------------------------------------------------

const local = () => readStorage(session);
const sessionArea = () => session.worker.evaluate(() => chrome.storage.session.get(null));
const granted = () => session.worker.evaluate((p) => chrome.permissions.contains({ origins: [p] }), PATTERN);
const siteScripts = () =>
  session.worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts())
      .map((script) => script.id)
      .filter((id) => id.startsWith('resim-site:')),
  );

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 100 && !ok(value); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  if (!ok(value)) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
  return value;
}

// ---- the popup, as a person uses it ---------------------------------------------------------------

const field = (label: string) => popup.getByLabel(label, { exact: true });
const press = (name: string) => popup.getByRole('button', { name, exact: true }).click();

async function openTheView(name: string): Promise<void> {
  await popup.getByRole('navigation').getByRole('button', { name, exact: true }).click();
}

/** The popup reloads itself after Replace or Delete: wait for it to read storage again. */
async function popupReady(): Promise<void> {
  await popup.waitForLoadState('load');
  // It opens on what matters now (here, with a request open, the Requests): the details are one press away.
  await popup.locator('nav [aria-current="page"]').waitFor();
  const details = popup
    .getByRole('navigation')
    .getByRole('button', { name: text('nav_details'), exact: true });
  if ((await details.getAttribute('aria-current')) !== 'page') await details.click();
  await popup.locator('form#profile-form fieldset:not([disabled])').first().waitFor();
}

describe('backup and erase', () => {
  let exported: Record<string, unknown>;
  let download: Download;
  let file: Record<string, unknown> & { profiles: { value: { entries: Record<string, string>[] } } };

  test('a profile, a sent request and an added site are kept', async () => {
    popup = await openPopup(session);
    await popupReady();
    for (const [label, value] of Object.entries({
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
    })) {
      await field(label).fill(value);
    }
    await field('Carrier').selectOption({ label: OPT });
    await field('Reason').selectOption({ label: 'Lost or stolen' });
    await press('Save');
    await expect.poll(() => popup.getByTestId('save-state').textContent()).toContain('Saved');

    // The person sends OPT-NC's replacement form, which ReSIM filled by itself: the request is logged.
    const page = await session.context.newPage();
    await page.goto(OPT_REPLACEMENT);
    await expect.poll(() => page.locator('#edit-prenom').inputValue(), { timeout: 10_000 }).toBe('Marie');
    await page.locator('#edit-piece-identite').setInputFiles({
      name: 'piece-identite.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('not really a photo'),
    });
    await page.locator('#edit-submit').click();
    const requests = await eventually(
      async () => ((await local()).requests ?? []) as Record<string, unknown>[],
      (list) => list.length === 1,
      'the sent request in the log',
    );
    expect(requests[0]).toMatchObject({ carrierId: 'opt-nc', orderNumber: 'NC-2024-0815', status: 'open' });
    await page.close();

    // A site the person added earlier (its access is given in this browser at the end of the story).
    await writeStorage(session, {
      sites: [
        {
          origin: ORIGIN,
          carrierId: 'other',
          carrierName: 'Wanderbyte',
          autoFill: true,
          addedAt: 1_780_000_000_000,
        },
      ],
      sites$: { v: 1 },
    });
    exported = await local();
    expect(Object.keys(exported)).toEqual(expect.arrayContaining(['profile', 'sites', 'requests']));
  });

  test('Export saves resim-backup-<date>.json, after saying it holds identifiers', async () => {
    await openTheView(text('nav_backup'));
    await popup.getByText(text('backup_export_warning')).waitFor();
    const saving = popup.waitForEvent('download');
    await press(text('backup_export_button'));
    download = await saving;
    expect(download.suggestedFilename()).toMatch(/^resim-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await popup.getByText(text('backup_exported', download.suggestedFilename())).waitFor();
    file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ app: 'resim', kind: 'backup', version: 1 });
    const [profile] = file.profiles.value.entries;
    expect(profile).toMatchObject({ givenName: 'Marie', eid: EID, imei: IMEI, iccid: ICCID });
    expect(file).toMatchObject({ sites: [{ origin: ORIGIN }], requests: [{ orderNumber: 'NC-2024-0815' }] });
  });

  test('Delete all my data names what goes, asks, and then leaves nothing', async () => {
    await press(text('erase_button'));
    const confirm = popup.getByRole('region', { name: text('erase_confirm_title') });
    await confirm.waitFor();
    const rows = await confirm.locator('dl.summary > div').allTextContents();
    expect(rows).toEqual([
      `${text('backup_item_profiles')}1 — ${OPT} · Marie Wamytan`,
      `${text('backup_item_sites')}1 — ${HOST}`,
      `${text('backup_item_requests')}1`,
      `${text('backup_item_codes')}${text('backup_none')}`,
      `${text('backup_item_contacts')}${text('backup_none')}`,
    ]);
    expect(await confirm.textContent()).not.toContain(EID);

    const reloaded = popup.waitForEvent('load');
    await confirm.getByRole('button', { name: text('erase_confirm'), exact: true }).click();
    await reloaded;
    await popupReady();
    expect(await local()).toEqual({});
    expect(await sessionArea()).toEqual({});
    expect(await siteScripts()).toEqual([]);
    // The popup is back on an empty profile.
    expect(await field('First name').inputValue()).toBe('');
    expect(await field('EID').inputValue()).toBe('');
  });

  test('Import shows what it replaces; Replace restores storage exactly as exported', async () => {
    await openTheView(text('nav_backup'));
    await popup
      .getByLabel(text('backup_import_file'), { exact: true })
      .setInputFiles((await download.path())!);
    const confirm = popup.getByRole('region', { name: text('backup_replace_title') });
    await confirm.waitFor();
    const rows = await confirm
      .locator('table.summary tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows).toEqual([
      [text('backup_item_profiles'), text('backup_none'), `1 — ${OPT} · Marie Wamytan`],
      [text('backup_item_sites'), text('backup_none'), `1 — ${HOST}`],
      [text('backup_item_requests'), text('backup_none'), '1'],
      [text('backup_item_codes'), text('backup_none'), text('backup_none')],
      [text('backup_item_contacts'), text('backup_none'), text('backup_none')],
    ]);
    expect(await confirm.textContent()).not.toContain(EID);
    // Nothing is written before Replace.
    expect(await local()).toEqual({});

    const reloaded = popup.waitForEvent('load');
    await confirm.getByRole('button', { name: text('backup_replace'), exact: true }).click();
    await reloaded;
    await popupReady();
    const restored = await local();
    for (const key of ['profile', 'sites', 'requests']) expect(restored[key], key).toEqual(exported[key]);
    // Every other item too, but the draft's version mark: unsaved typing is in no backup.
    const saved = (items: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(items).filter(([key]) => !key.startsWith('profileDraft')));
    expect(saved(restored)).toEqual(saved(exported));
    expect(await field('First name').inputValue()).toBe('Marie');
  });

  test('the restored site needs this browser’s permission, and Grant asks for that one origin', async () => {
    expect(await granted()).toBe(false);
    await openTheView(text('nav_sites'));
    const row = popup.locator('.added-sites li', { hasText: HOST });
    await row.getByText(text('site_needs_permission')).waitFor();

    await allowSiteInSettings(session, PATTERN);
    await row.getByRole('button', { name: text('site_grant_named', HOST), exact: true }).click();
    await eventually(granted, (yes) => yes, 'the site granted');
    await eventually(siteScripts, (ids) => ids.includes(SCRIPT_ID), 'the site script registered');
    await row.getByText(text('site_needs_permission')).waitFor({ state: 'detached' });
  });

  test('Delete all my data also gives a granted site’s access back and unregisters its script', async () => {
    await openTheView(text('nav_backup'));
    await press(text('erase_button'));
    const confirm = popup.getByRole('region', { name: text('erase_confirm_title') });
    const reloaded = popup.waitForEvent('load');
    await confirm.getByRole('button', { name: text('erase_confirm'), exact: true }).click();
    await reloaded;
    await popupReady();
    expect(await local()).toEqual({});
    await eventually(granted, (yes) => !yes, 'the site access given back');
    await eventually(siteScripts, (ids) => ids.length === 0, 'no site script left');
  });
});
