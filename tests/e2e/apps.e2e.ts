// Spec: forms that are not in the page's first HTML — rendered by React 19 or Vue 3, upgraded late
// inside an open shadow root, inserted after load, revealed step by step, or kept in a closed
// <dialog> — are filled once they are there, exactly as annotated, and the app's own state
// (window.__state, what the app would send) agrees with what the boxes show.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DYNAMIC_PAGES, PROFILES, type TestProfile } from '../fixtures/sites/corpus';
import {
  HOLDOUT_SUPPORT,
  HOLDOUT_SUPPORT_2,
  HOLDOUT_SUPPORT_3,
  HOLDOUT_SUPPORT_4,
  HOLDOUT_SUPPORT_5,
} from '../fixtures/sites/holdout/corpus';
import {
  assess,
  checkPage,
  formattedValues,
  printAccuracy,
  settle,
  snapshot,
  startSession,
} from '../support/fixtures';
import type { ExtensionSession } from '../support/harness';
import { openPage, type PageRow, rendersAfterLoad, rows } from '../support/page-table';

type AppState = Record<string, unknown>;
type Values = ReturnType<typeof formattedValues>;

interface AppRow extends PageRow {
  /** The behaviour, as a sentence (default: the page's name). */
  says?: string;
  /** Each step is checked on its own: step 1's boxes unmount when the person presses `next`. */
  steps?: { next: string; shown: string; firstStepRight: number };
  /** The form sits in a closed dialog: nothing is written until the person presses this. */
  opensWith?: string;
  /** At least this many boxes must be expected (the fixture really offers a form). */
  atLeast?: number;
  /** What the app's state must hold afterwards, beyond the data-state-key boxes. */
  state?: {
    profile: TestProfile;
    holds: (values: Values) => AppState;
    also?: (state: AppState, values: Values) => void;
  };
}

const dynamic = (suffix: string) => {
  const page = DYNAMIC_PAGES.find((candidate) => candidate.url.endsWith(suffix));
  if (!page) throw new Error(`no dynamic page ending ${suffix}`);
  return page;
};

const DEVELOPED_ON: AppRow[] = [
  {
    origin: 'developed-on',
    page: dynamic('/help/esim-replacement'),
    says: 'React: the late-rendered step 1 is filled and React state holds the values; step 2 is filled when the person clicks Next',
    steps: { next: '#wizard-next', shown: '#step-2', firstStepRight: 4 },
    atLeast: 4,
    state: {
      profile: PROFILES.nomad,
      // Step 1's values live on in React state after its inputs unmounted.
      holds: (values) => ({
        step: 2,
        firstName: values.givenName,
        lastName: values.familyName,
        email: values.email,
        orderId: values.orderNumber,
        device: 'Samsung Galaxy S24',
        iccid: values.iccid,
        reason: 'new_phone',
        terms: false,
        sent: false,
      }),
    },
  },
  {
    origin: 'developed-on',
    page: dynamic('/remplacer-ma-esim'),
    says: 'Vue: v-model and v-model.lazy controls are filled and the reactive state agrees',
    state: {
      profile: PROFILES.orange,
      holds: (values) => ({
        nom: values.familyName,
        prenom: values.givenName,
        email: values.email,
        modele: 'pixel-8',
        eid: values.eid,
        imei: values.imei,
        motif: 'casse',
        consentement: false,
      }),
      also: (state, values) => {
        expect(String(state.ligne).replace(/[\s.\-()]/g, '')).toBe(values.phone);
        expect(String(state.message)).toContain('Google Pixel 8');
      },
    },
  },
  {
    origin: 'developed-on',
    page: dynamic('/esim/remplacer'),
    says: 'open shadow DOM: a form inside a custom element that upgrades after load is filled',
    atLeast: 8,
  },
  {
    origin: 'developed-on',
    page: dynamic('/assistance/esim'),
    says: 'a form in a closed <dialog> is left alone, and filled when the person opens the dialog',
    opensWith: '#open-request',
    atLeast: 8,
  },
];

const HELD_OUT: AppRow[] = rows('held-out', [
  ...HOLDOUT_SUPPORT,
  ...HOLDOUT_SUPPORT_2,
  ...HOLDOUT_SUPPORT_3,
  ...HOLDOUT_SUPPORT_4,
  ...HOLDOUT_SUPPORT_5,
]).filter(({ page }) => rendersAfterLoad(page));

const APPS: AppRow[] = [...DEVELOPED_ON, ...HELD_OUT];

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  printAccuracy('apps and late forms');
  await session?.close();
});

describe('forms that apps render after load are filled once they are there, and the app state agrees', () => {
  for (const row of APPS) {
    const { page, origin } = row;
    test(`${row.says ?? page.name} [${origin}]`, async () => {
      // Held-out wizards name their "next" button (clickThen): openPage presses it, one check covers both steps.
      const opened = await openPage(session, page);
      try {
        if (row.opensWith) {
          await settle(session, opened.page);
          const closed = assess({ ...page, nothingBecause: 'not-shown-yet' }, await snapshot(opened.page));
          expect(closed.problems, 'while the dialog is closed').toEqual([]);
          expect(closed.changed).toBe(0);
          await opened.page.click(row.opensWith);
        }
        let filledEarlier = 0;
        if (row.steps) {
          const first = await checkPage(session, opened, page, { label: `${page.name}, step 1`, origin });
          expect(first.problems, 'step 1').toEqual([]);
          expect(first.right).toBe(row.steps.firstStepRight);
          await opened.page.click(row.steps.next);
          await opened.page.locator(row.steps.shown).waitFor();
          filledEarlier = first.changed;
        }
        const result = await checkPage(session, opened, page, {
          origin,
          badgeOffset: filledEarlier,
          ...(row.steps ? { label: `${page.name}, step 2` } : {}),
        });
        expect(result.problems, page.url).toEqual([]);
        expect(result.expected).toBeGreaterThanOrEqual(row.atLeast ?? 1);
        expect(result.right).toBe(result.expected);

        if (row.state) {
          const state = await opened.page.evaluate(
            () => (window as unknown as { __state: AppState }).__state,
          );
          const values = formattedValues(row.state.profile);
          expect(state).toMatchObject(row.state.holds(values));
          row.state.also?.(state, values);
        }
      } finally {
        await opened.page.close();
      }
    });
  }
});
