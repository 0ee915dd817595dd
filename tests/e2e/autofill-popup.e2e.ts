// Issue #3 §4 and the remaining §1/§3 rules that need the person in the loop: the popup's list of
// filled (masked) and skipped (with reason) fields, Undo, "a fill never happens twice on the same
// form unless asked", the per-carrier switch, and a profile typed into the popup reaching a page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type CorpusPage, DYNAMIC_PAGES, PROFILES, SUPPORT_PAGES } from '../fixtures/sites/corpus';
import {
  type ActionPopup,
  assess,
  badgeOf,
  badgeOfTab,
  checkPage,
  formattedValues,
  openActionPopup,
  openEntry,
  printAccuracy,
  readStorageKey,
  sendToTab,
  settle,
  snapshot,
  startSession,
  tabIdOf,
} from '../support/fixtures';
import { clearStorage, type ExtensionSession, openPopup, ROOT } from '../support/harness';

const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const text = (key: string) => messages[key]?.message ?? `(missing message ${key})`;

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  printAccuracy('popup, undo, fill-once and switch');
  await session?.close();
});

const byUrl = (pages: CorpusPage[], suffix: string) => {
  const entry = pages.find((page) => page.url.endsWith(suffix));
  if (!entry) throw new Error(`no corpus page ending ${suffix}`);
  return entry;
};
const honeypots = byUrl(SUPPORT_PAGES, '/assistance/esim/contact');
const replacement = byUrl(SUPPORT_PAGES, '/esim/remplacement-esim');
const legacy = byUrl(SUPPORT_PAGES, '/demande_esim.php');
const vue = byUrl(DYNAMIC_PAGES, '/remplacer-ma-esim');

interface Entry {
  label: string;
  value: string;
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 40 && !ok(value); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    value = await read();
  }
  if (!ok(value)) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
  return value;
}

const listOf = (popup: ActionPopup, list: 'filled' | 'skipped') =>
  popup.evaluate<Entry[]>(`[...document.querySelectorAll('ul.entries.${list} li')].map((li) => ({
    label: (li.querySelector('.entry-label')?.textContent ?? '').trim(),
    value: (li.querySelector('${list === 'filled' ? '.entry-value' : '.entry-reason'}')?.textContent ?? '').trim(),
  }))`);

/** The popup's "Your details" view (the carrier switch sits under the carrier choice there). */
async function openDetails(popup: ActionPopup): Promise<void> {
  await waitFor(
    () =>
      popup.evaluate<boolean>(`(() => {
        const tab = document.querySelector('nav button[data-view="details"]');
        if (!tab) return false;
        tab.click();
        return !!document.querySelector('form#profile-form');
      })()`),
    (shown) => shown,
    'the details view',
  );
}

const clickButton = (popup: ActionPopup, label: string) =>
  popup.evaluate<boolean>(`(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)});
    if (!button || button.disabled) return false;
    button.click();
    return true;
  })()`);

/** Every control back to its original value, and framework state in step with the DOM. */
async function expectUntouched(entry: CorpusPage, opened: { page: import('playwright-core').Page }) {
  const result = assess({ ...entry, nothingBecause: 'undone' }, await snapshot(opened.page));
  expect(result.problems).toEqual([]);
  expect(result.changed).toBe(0);
}

test('the popup lists each filled field (sensitive ones masked) and each skipped one with its reason; Undo restores the page', async () => {
  const opened = await openEntry(session, honeypots);
  try {
    const result = await checkPage(session, opened, honeypots);
    expect(result.problems).toEqual([]);
    const tabId = await tabIdOf(session, opened.page);

    const popup = await openActionPopup(session, opened.page);
    try {
      const filled = await waitFor(
        () => listOf(popup, 'filled'),
        (list) => list.length > 0,
        'the filled list',
      );
      const skipped = await listOf(popup, 'skipped');
      const everything = await popup.evaluate<string>('document.body.innerText');
      expect(filled.length).toBe(result.changed);

      const values = formattedValues(PROFILES.optNc);
      const imei = filled.find((entry) => /IMEI/i.test(entry.label));
      expect(imei, 'the IMEI appears in the filled list').toBeDefined();
      expect(imei!.value).not.toBe('');
      for (const secret of [values.imei!, values.eid!, values.iccid!])
        expect(everything).not.toContain(secret);
      expect(filled.find((entry) => /Prénom/.test(entry.label))?.value).toBe(values.givenName);
      expect(filled.find((entry) => /Modèle/.test(entry.label))?.value).toBe(values.deviceModel);

      const reasonOf = (label: RegExp) => skipped.find((entry) => label.test(entry.label))?.value;
      expect(reasonOf(/Courriel/), 'pre-filled e-mail').toBe(text('skip_not_empty'));
      expect(reasonOf(/mobile/i), 'disabled phone').toBe(text('skip_disabled'));
      expect(reasonOf(/EID/), 'read-only EID').toBe(text('skip_read_only'));
      expect(reasonOf(/ICCID/), 'ICCID wiped by the page').toBe(text('skip_reverted_by_page'));

      expect(await clickButton(popup, text('page_undo'))).toBe(true);
      // Read while the popup is open: focusing the page would close it.
      await waitFor(
        () => listOf(popup, 'filled'),
        (list) => list.length === 0,
        'an empty filled list after Undo',
      );
      await waitFor(
        () => badgeOfTab(session, tabId),
        (badge) => badge === '',
        'an empty badge after Undo',
      );
    } finally {
      await popup.close();
    }
    await settle(session, opened.page);
    await expectUntouched(honeypots, opened);
  } finally {
    await opened.page.close();
  }
});

test('Undo sent to the tab restores a Vue form, and the reactive state follows', async () => {
  const opened = await openEntry(session, vue);
  try {
    const result = await checkPage(session, opened, vue, { label: `${vue.name} (before undo)` });
    expect(result.problems).toEqual([]);
    await sendToTab(session, opened.page, { type: 'page:undo' });
    await settle(session, opened.page);
    await expectUntouched(vue, opened);
    expect(await badgeOf(session, opened.page)).toBe('');
  } finally {
    await opened.page.close();
  }
});

test('a form is filled once: a value the person clears stays cleared until they ask to fill again', async () => {
  const opened = await openEntry(session, replacement);
  try {
    const first = await checkPage(session, opened, replacement, { label: `${replacement.name} (fill once)` });
    expect(first.problems).toEqual([]);

    await opened.page.fill('#edit-prenom', '');
    await opened.page.fill('#edit-modele', 'Pixel');
    // The page changes afterwards (a validation message appears): the watcher must not refill.
    await opened.page.evaluate(() => {
      const note = document.createElement('div');
      note.className = 'form-item--error-message';
      note.textContent = 'Le champ Prénom est obligatoire.';
      document.getElementById('edit-prenom')?.after(note);
    });
    await settle(session, opened.page);
    expect(await opened.page.inputValue('#edit-prenom')).toBe('');
    expect(await opened.page.inputValue('#edit-modele')).toBe('Pixel');

    await sendToTab(session, opened.page, { type: 'page:again' });
    await settle(session, opened.page);
    expect(await opened.page.inputValue('#edit-prenom')).toBe(PROFILES.optNc.givenName);
    // Never overwritten, even when asked: the person's own edit stays.
    expect(await opened.page.inputValue('#edit-modele')).toBe('Pixel');
  } finally {
    await opened.page.close();
  }
});

test('the popup switch turns automatic fill off for the carrier, and back on', async () => {
  const first = await openEntry(session, replacement);
  const popup = await openActionPopup(session, first.page);
  try {
    await waitFor(
      () =>
        popup.evaluate<boolean | null>(
          `(() => { const s = document.getElementById('autofill-switch'); return s && !s.disabled ? s.checked : null; })()`,
        ),
      (checked) => checked === true,
      'the switch, on by default',
    );
    await popup.evaluate(`document.getElementById('autofill-switch').click()`);
    await waitFor(
      () => readStorageKey(session, 'autofill'),
      (value) => JSON.stringify(value) === '{"opt-nc":false}',
      'the switch stored off',
    );
  } finally {
    await popup.close();
    await first.page.close();
  }

  const off = await openEntry(session, replacement, { keepStorage: true });
  try {
    const result = await checkPage(
      session,
      off,
      { ...replacement, nothingBecause: 'switch-off' },
      { label: 'switched off in the popup' },
    );
    expect(result.problems).toEqual([]);
    expect(result.changed).toBe(0);
    const popupOff = await openActionPopup(session, off.page);
    try {
      // Nothing happened on the page: the popup opens on what matters then; the switch is one press away.
      await openDetails(popupOff);
      await waitFor(
        () =>
          popupOff.evaluate<boolean | null>(
            `(() => { const s = document.getElementById('autofill-switch'); return s && !s.disabled ? s.checked : null; })()`,
          ),
        (checked) => checked === false,
        'the switch shown off',
      );
      await popupOff.evaluate(`document.getElementById('autofill-switch').click()`);
      await waitFor(
        () => readStorageKey(session, 'autofill'),
        (value) => JSON.stringify(value) === '{"opt-nc":true}',
        'the switch stored on',
      );
    } finally {
      await popupOff.close();
    }
    await off.reload();
    const on = await checkPage(session, off, replacement, { label: 'switched back on in the popup' });
    expect(on.problems).toEqual([]);
    expect(on.right).toBe(on.expected);
  } finally {
    await off.page.close();
  }
});

test('a profile typed into the popup is what fills the page', async () => {
  await clearStorage(session);
  const popup = await openPopup(session);
  try {
    const typed = {
      givenName: 'Marie-Hélène',
      familyName: 'Wamytan',
      email: 'mh.wamytan@lagoon.nc',
      phone: '75.12.34',
      deviceModel: 'iPhone 15 Pro',
      imei: '35-417803-685978-9',
      eid: '8904 9032 1234 5123 4512 3456 7890 1235',
    };
    await popup.locator('#field-carrierId').selectOption('opt-nc');
    for (const [key, value] of Object.entries(typed)) await popup.locator(`#field-${key}`).fill(value);
    await popup.locator('#field-reason').selectOption('lost');
    await popup.locator('footer.savebar button[type=submit]').click();
    await popup.locator('[data-testid=save-state].is-saved').waitFor({ timeout: 5_000 });
  } finally {
    await popup.close();
  }
  const entry: CorpusPage = {
    ...legacy,
    profile: { ...PROFILES.optNc, iccid: '', notes: '', phone: '75.12.34' },
  };
  const opened = await openEntry(session, entry, { keepStorage: true });
  try {
    const result = await checkPage(session, opened, entry, {
      label: `${legacy.name} (profile typed in the popup)`,
    });
    expect(result.problems).toEqual([]);
    expect(result.right).toBe(result.expected);
  } finally {
    await opened.page.close();
  }
});
