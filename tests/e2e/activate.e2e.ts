import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  clearStorage,
  type ExtensionSession,
  launchExtension,
  openPopup,
  readStorage,
  writeStorage,
} from '../support/harness';
import { qrPng } from '../support/qr-image';

// The journey views of the popup in real Chromium with the built extension: activating the new eSIM
// from a pasted code and from its QR image, keeping it as the profile's code, and writing to support.

const OLD = 'LPA:1$smdp.example.nc$OLD-CODE-1111';
const NEW = 'LPA:1$SMDP.Example.COM$K2-1ABC2D-3EF4GH$1.3.6.1.4.1.31746';
const NEW_CANONICAL = 'LPA:1$smdp.example.com$K2-1ABC2D-3EF4GH$1.3.6.1.4.1.31746';
const ORDER = 'NC-2024-0815';

const PROFILE = {
  givenName: 'Marie',
  familyName: 'Wamytan',
  email: 'marie.wamytan@example.nc',
  phone: '+687751234',
  carrierId: 'opt-nc',
  carrierOtherName: '',
  deviceModel: 'iPhone 15 Pro',
  orderNumber: ORDER,
  activationCode: OLD,
  imei: '',
  eid: '89049032123451234512345678901235',
  iccid: '8968710012345678904',
  reason: 'lost',
  notes: '',
};

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());
beforeEach(async () => {
  await clearStorage(session);
  // A saved profile as an earlier version stored it: the extension migrates it on first read.
  await writeStorage(session, { profile: PROFILE, profile$: { v: 2 } });
});

/** The stored profile the popup edits, whichever shape storage has (one profile, or several). */
async function storedProfile(): Promise<{ id: string; profile: Record<string, string> }> {
  const raw = (await readStorage(session, 'profile')).profile as Record<string, unknown>;
  if (!Array.isArray(raw.entries)) return { id: 'main', profile: raw as Record<string, string> };
  const entries = raw.entries as Array<Record<string, string>>;
  const selected = entries.find((entry) => entry.id === raw.selectedId) ?? entries[0]!;
  return { id: selected.id!, profile: selected };
}

async function open(view: string): Promise<Page> {
  const page = await openPopup(session);
  // It opens on what matters now (with the details complete, the checks before asking).
  await page.locator('nav [aria-current="page"]').waitFor();
  await page.getByRole('navigation').getByRole('button', { name: view, exact: true }).click();
  // Views outside the popup's first paint load their code on first use (entrypoints/popup/lazy.tsx).
  await page.locator('main .view-title').waitFor();
  return page;
}

const shownValues = async (page: Page) => ({
  smdp: await page.getByTestId('act-smdp').textContent(),
  code: await page.getByTestId('act-code').textContent(),
});

describe('Activate your new eSIM', () => {
  test('a pasted LPA string and its QR image show the same SM-DP+ address and code', async () => {
    const page = await open('Activate');
    await page.getByLabel('New activation code (LPA:1$…)').fill(NEW);
    await page.getByTestId('act-result').waitFor();
    const pasted = await shownValues(page);
    expect(pasted).toEqual({ smdp: 'smdp.example.com', code: 'K2-1ABC2D-3EF4GH' });
    expect(await page.getByText('A code works once').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'On an iPhone' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'On Android' }).count()).toBe(1);

    // The same code picked as the QR image the carrier sent: read in the popup, nothing sent.
    await page.getByLabel('New activation code (LPA:1$…)').fill('');
    await expect.poll(() => page.getByTestId('act-result').count()).toBe(0);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('chrome-extension:')) requests.push(request.url());
    });
    await page.getByLabel('Choose QR image').setInputFiles({
      name: 'esim-qr.png',
      mimeType: 'image/png',
      buffer: await qrPng(NEW),
    });
    await page.getByText('Read from esim-qr.png.').waitFor();
    expect(await shownValues(page)).toEqual(pasted);
    expect(await page.getByLabel('New activation code (LPA:1$…)').inputValue()).toBe(NEW);
    expect(requests).toEqual([]);

    // Copy puts the value itself on the clipboard.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy SM-DP+ address' }).click();
    await page.getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('smdp.example.com');
    await page.close();
  });

  test('an image without a QR code, and text that is no activation code, say so', async () => {
    const page = await open('Activate');
    await page.getByLabel('Choose QR image').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not an image'),
    });
    await page.getByText('This file could not be opened as an image.').waitFor();
    await page.getByLabel('New activation code (LPA:1$…)').fill('LPA:1$$K2-1ABC2D');
    await page.getByText('The SM-DP+ address is missing').waitFor();
    expect(await page.getByTestId('act-result').count()).toBe(0);
    await page.close();
  });

  test('"Keep as my activation code" saves it in the profile and the old code goes to history', async () => {
    const page = await open('Activate');
    await page.getByLabel('Choose QR image').setInputFiles({
      name: 'esim-qr.png',
      mimeType: 'image/png',
      buffer: await qrPng(NEW),
    });
    await page.getByTestId('act-result').waitFor();
    await page.getByRole('button', { name: 'Keep as my activation code' }).click();
    await expect.poll(() => page.getByTestId('act-keep-state').textContent()).toContain('Kept');

    const { id, profile } = await storedProfile();
    expect(profile.activationCode).toBe(NEW_CANONICAL);
    expect(profile.orderNumber).toBe(ORDER);
    const history = (await readStorage(session, 'codeHistory')).codeHistory as Record<string, unknown[]>;
    expect(history[id]).toEqual([{ code: OLD, replacedAt: expect.any(Number) }]);
    // Shown masked: the last four characters only.
    const listed = await page.getByTestId('act-history').textContent();
    expect(listed).toContain('••••1111');
    expect(listed).not.toContain('OLD-CODE');

    // The details form shows the new code, so saving it later cannot bring the old one back.
    await page.getByRole('navigation').getByRole('button', { name: 'Your details', exact: true }).click();
    await page.getByRole('button', { name: 'Show Activation code' }).click();
    expect(await page.getByLabel('Activation code', { exact: true }).inputValue()).toBe(NEW_CANONICAL);
    await page.close();
  });
});

describe('Contact support', () => {
  /** Subject and body a mail program reads out of the Write link. */
  async function mailto(page: Page): Promise<{ subject: string; body: string }> {
    const href = (await page.getByTestId('support-mailto').getAttribute('href')) ?? '';
    expect(href.startsWith('mailto:')).toBe(true);
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
    return { subject: query.get('subject') ?? '', body: query.get('body') ?? '' };
  }

  test('"Write to support" for OPT-NC is in French, with the order number, without the code unless ticked', async () => {
    const page = await open('Support');
    const { subject, body } = await mailto(page);
    expect(subject).toBe(`Remplacement d'eSIM – commande ${ORDER}`);
    expect(body).toContain('Bonjour,');
    expect(body).toContain(`Numéro de commande : ${ORDER}`);
    expect(body).toContain(`EID : ${PROFILE.eid}`);
    expect(body).toContain('Nom : Marie Wamytan');
    expect(body).not.toContain('OLD-CODE-1111');
    expect(body).not.toContain('LPA:');
    // The preview masks the identifiers.
    const preview = await page.getByTestId('support-preview').inputValue();
    expect(preview).toContain('••••1235');
    expect(preview).not.toContain(PROFILE.eid);

    await page.getByLabel('Include my activation code').check();
    const ticked = await mailto(page);
    expect(ticked.body).toContain(`Code d'activation : ${OLD}`);
    await page.close();
  });

  test('channels: OPT-NC confirmed; Orange’s number from the brief unconfirmed; one the person adds is theirs', async () => {
    const page = await open('Support');
    const channels = page.getByTestId('channels');
    expect(await channels.getByText('Confirmed').count()).toBe(1);
    await page.getByLabel('Kind').selectOption({ label: 'Email' });
    await page.getByLabel('Address, number or link').fill('assistance@example.nc');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await channels.getByText('assistance@example.nc').waitFor();
    expect(await channels.getByText('Added by you').count()).toBe(1);
    const stored = (await readStorage(session, 'contacts')).contacts as Record<string, unknown[]>;
    expect(stored['opt-nc']).toEqual([
      { kind: 'email', value: 'assistance@example.nc', addedAt: expect.any(Number) },
    ]);
    // The Write link now goes to that address.
    expect(await page.getByTestId('support-mailto').getAttribute('href')).toMatch(
      /^mailto:assistance@example\.nc\?/,
    );
    await page.close();

    await writeStorage(session, { profile: { ...PROFILE, carrierId: 'orange' }, profile$: { v: 2 } });
    const orange = await open('Support');
    const listed = orange.getByTestId('channels');
    await listed.getByText('+687 20 20 20').waitFor();
    expect(await listed.getByText('Unconfirmed', { exact: true }).count()).toBe(1);
    expect(await listed.getByText('Confirmed', { exact: true }).count()).toBe(0);
    // Never a link, and never the Write address.
    expect(await listed.locator('a[href^="tel:"]').count()).toBe(0);
    expect(await orange.getByTestId('support-mailto').getAttribute('href')).toMatch(/^mailto:\?/);
    await orange.close();
  });
});

describe('Before asking', () => {
  test('lists the quick checks and what OPT-NC wants, says what is still empty and opens the details there', async () => {
    const page = await open('Before asking');
    await page.getByText('Restart the iPhone.').waitFor();
    const details = page.getByTestId('check-details');
    expect(await details.locator('li.is-missing').allTextContents()).toEqual(['IMEIstill empty']);
    await page.getByRole('button', { name: 'Complete my details' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-imei');
    await page.close();
  });
});
