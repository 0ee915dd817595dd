// Several profiles in real Chromium (issue 9): an OPT-NC line and an Airalo travel eSIM. Each carrier's
// page fills by itself with that carrier's profile, whichever profile the popup has selected, and
// never with the other's identifiers [P2]; a profile added in the popup is the one that fills its
// carrier's page; "Fill this page" on a page of neither carrier asks which profile first [P12].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CorpusPage, PROFILES, SUPPORT_PAGES, type TestProfile } from '../fixtures/sites/corpus';
import {
  checkPage,
  openEntry,
  printAccuracy,
  readStorageKey,
  setProfile,
  snapshot,
  startSession,
} from '../support/fixtures';
import {
  clearStorage,
  type ExtensionSession,
  openPopup,
  openToolbarPopup,
  ROOT,
  serve,
  writeStorage,
} from '../support/harness';

const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const text = (key: string, ...substitutions: string[]) => {
  let found = messages[key]?.message;
  if (found === undefined) throw new Error(`no message ${key}`);
  for (const value of substitutions) found = found.replace(/\$[A-Z_]+\$/, value);
  return found;
};

const byUrl = (suffix: string): CorpusPage => {
  const entry = SUPPORT_PAGES.find((page) => page.url.endsWith(suffix));
  if (!entry) throw new Error(`no corpus page ending ${suffix}`);
  return entry;
};
/** OPT-NC's eSIM replacement form (Drupal webform, French) and Airalo's reissue form (English). */
const OPT_PAGE = byUrl('/esim/remplacement-esim');
const AIRALO_PAGE = byUrl('/help/esim-reissue');

const OPT = PROFILES.optNc;
const AIRALO = PROFILES.airaloEn;
const digits = (value: string) => value.replace(/\D/g, '');
/** What must never reach the other carrier's page: identifiers, order number, email. */
const secretsOf = (profile: TestProfile) =>
  [profile.email, profile.orderNumber, digits(profile.eid), digits(profile.imei), profile.iccid].filter(
    (value) => value !== '',
  );

/** The two profiles as storage keeps them (local:profile, version 3), the Airalo one selected. */
async function storeBoth(selectedId: 'main' | 'p-travel' = 'p-travel'): Promise<void> {
  await clearStorage(session);
  await writeStorage(session, {
    profile: {
      entries: [
        { id: 'main', label: '', ...OPT },
        { id: 'p-travel', label: 'Travel eSIM', ...AIRALO },
      ],
      selectedId,
    },
    profile$: { v: 3 },
  });
}

/** Every value the page's boxes hold, all frames together. */
async function pageValues(page: Page): Promise<string> {
  return (await snapshot(page)).flatMap((frame) => frame.controls.map((control) => control.value)).join('\n');
}

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  printAccuracy('several profiles');
  await session?.close();
});

describe('two profiles: an OPT-NC line and an Airalo travel eSIM [P2]', () => {
  test.each([
    ['the Airalo profile', 'p-travel'],
    ['the OPT-NC profile', 'main'],
  ] as const)(
    "with %s selected, opt.nc's eSIM page fills with the OPT-NC profile and airalo.com's with Airalo's",
    async (_name, selected) => {
      await storeBoth(selected);
      for (const [entry, other] of [
        [OPT_PAGE, AIRALO],
        [AIRALO_PAGE, OPT],
      ] as const) {
        const opened = await openEntry(session, entry, { keepStorage: true });
        try {
          const result = await checkPage(session, opened, entry, { label: `${entry.name} (two profiles)` });
          expect(result.problems, entry.name).toEqual([]);
          expect(result.right, entry.name).toBe(result.expected);
          expect(result.changed, entry.name).toBeGreaterThan(0);
          const values = await pageValues(opened.page);
          for (const secret of secretsOf(other)) expect(values, entry.name).not.toContain(secret);
        } finally {
          await opened.page.close();
        }
      }
    },
  );

  test('a profile added in the popup is the one that fills its carrier’s page; the one from before keeps its own', async () => {
    // One profile, as version 2 stored it: it becomes the first of the collection.
    await setProfile(session, OPT);
    const popup = await openPopup(session);
    try {
      await popup.locator('nav [aria-current="page"]').waitFor();
      const details = popup
        .getByRole('navigation')
        .getByRole('button', { name: 'Your details', exact: true });
      if ((await details.getAttribute('aria-current')) !== 'page') await details.click();
      await popup.locator('form#profile-form fieldset:not([disabled])').first().waitFor();
      await popup.getByRole('button', { name: text('profile_add'), exact: true }).click();
      await popup.getByText(text('profile_added')).waitFor();
      expect(await popup.locator('#field-givenName').inputValue()).toBe('');

      await popup.locator('#field-carrierId').selectOption('airalo');
      for (const key of [
        'givenName',
        'familyName',
        'email',
        'phone',
        'deviceModel',
        'orderNumber',
        'activationCode',
        'imei',
        'eid',
        'iccid',
      ] as const) {
        await popup.locator(`#field-${key}`).fill(AIRALO[key]);
      }
      await popup.locator('#field-reason').selectOption(AIRALO.reason);
      // The form says what Airalo needs, and what is optional for it.
      expect(await popup.locator('#field-needs-note').textContent()).toBe(text('field_needs_note', 'Airalo'));
      expect(await popup.locator('#field-orderNumber-need').textContent()).toBe(text('field_needed'));
      expect(await popup.locator('#field-phone-need').textContent()).toBe(text('optional'));
      await popup.locator('footer.savebar button[type=submit]').click();
      await popup.locator('[data-testid=save-state].is-saved').waitFor({ timeout: 5_000 });

      await popup.getByRole('button', { name: text('profile_rename'), exact: true }).click();
      await popup.getByLabel(text('profile_name_label'), { exact: true }).fill('Travel eSIM');
      await popup.getByRole('button', { name: text('profile_name_save'), exact: true }).click();
      await expect
        .poll(() => popup.locator('#profile-select option').allTextContents())
        .toEqual(['OPT-NC (Mobilis / Helia) · Marie-Hélène Wamytan', 'Travel eSIM']);
    } finally {
      await popup.close();
    }
    const stored = (await readStorageKey(session, 'profile')) as {
      entries: Array<{ id: string; label: string; carrierId: string; phone: string }>;
      selectedId: string;
    };
    expect(stored.entries.map((entry) => [entry.id === 'main', entry.label, entry.carrierId])).toEqual([
      [true, '', 'opt-nc'],
      [false, 'Travel eSIM', 'airalo'],
    ]);
    // Phone numbers are kept as the person wrote them.
    expect(stored.entries.map((entry) => entry.phone)).toEqual([OPT.phone, AIRALO.phone]);

    for (const [entry, other] of [
      [AIRALO_PAGE, OPT],
      [OPT_PAGE, AIRALO],
    ] as const) {
      const opened = await openEntry(session, entry, { keepStorage: true });
      try {
        const result = await checkPage(session, opened, entry, {
          label: `${entry.name} (added in the popup)`,
        });
        expect(result.problems, entry.name).toEqual([]);
        expect(result.right, entry.name).toBe(result.expected);
        const values = await pageValues(opened.page);
        for (const secret of secretsOf(other)) expect(values, entry.name).not.toContain(secret);
      } finally {
        await opened.page.close();
      }
    }
  });
});

describe('Fill this page with two profiles [P12, P14]', () => {
  /** A travel-eSIM seller's help centre that no carrier file lists: neither profile's carrier. */
  const UNKNOWN = 'https://help.wanderbyte-esim.com/esim-replacement-request/';
  const WIDGET = 'https://widgets.callnest.io/embed/callback-form';

  const button = (label: string) =>
    `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)})`;

  test('on a page of neither carrier the popup asks which profile, and fills with the one chosen', async () => {
    await storeBoth('main');
    await serve(session.context, {
      [UNKNOWN]: { file: 'request/wanderbyte-esim-replacement.en.html' },
      [WIDGET]: { file: 'request/callnest-callback-frame.en.html' },
    });
    const page = await session.context.newPage();
    await page.goto(UNKNOWN, { waitUntil: 'load' });
    try {
      const popup = await openToolbarPopup(session, page);
      try {
        await popup.waitFor(button(text('fill_page')), 'the Fill this page button');
        await popup.click(button(text('fill_page')));
        const choices = await popup.waitFor<string[]>(
          `(() => { const list = document.querySelector('.choose-profile .profile-choices');
            return list && [...list.querySelectorAll('button')].map((b) => b.textContent.trim()); })()`,
          'the choice of profile',
        );
        expect(choices).toEqual(['OPT-NC (Mobilis / Helia) · Marie-Hélène Wamytan', 'Travel eSIM']);
        expect(await popup.evaluate<string>(`document.querySelector('.choose-profile p').textContent`)).toBe(
          text('fill_page_choose'),
        );
        // Nothing is written before the person chooses.
        expect(await page.inputValue('#your-name')).toBe('');

        await popup.click(button('Travel eSIM'));
        await popup.waitFor(
          `document.querySelector('.fill-page .confirm ul.entries')`,
          'the identifier boxes',
        );
        await popup.click(button(text('fill_page_include')));
        await popup.waitFor(
          `/^Filled \\d+ fields?\\.$/.test(document.getElementById('fill-page-status')?.textContent.trim() ?? '')`,
          'the fill status',
        );
      } finally {
        await popup.close();
      }
      expect(await page.inputValue('#your-name')).toBe(`${AIRALO.givenName} ${AIRALO.familyName}`);
      expect(await page.inputValue('#your-email')).toBe(AIRALO.email);
      expect(await page.inputValue('#order-number')).toBe(AIRALO.orderNumber);
      expect(await page.inputValue('#device-eid')).toBe(AIRALO.eid);
      const values = await pageValues(page);
      for (const secret of secretsOf(OPT)) expect(values).not.toContain(secret);
    } finally {
      await page.close();
    }
  });
});
