// Issue #3 §3 on real framework builds: React 19 (controlled inputs, a form that renders late, a
// two-step wizard), Vue 3 (v-model, v-model.lazy) and an open shadow root upgraded late. The check
// covers the app's own state (window.__state), not only what the DOM shows. Plus a form in a <dialog>
// that stays hidden (so untouched) until the person opens it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DYNAMIC_PAGES, PROFILES } from '../fixtures/sites/corpus';
import {
  assess,
  checkPage,
  formattedValues,
  openEntry,
  printAccuracy,
  settle,
  snapshot,
  startSession,
} from '../support/fixtures';
import type { ExtensionSession } from '../support/harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  printAccuracy('framework pages');
  await session?.close();
});

const byUrl = (suffix: string) => {
  const entry = DYNAMIC_PAGES.find((page) => page.url.endsWith(suffix));
  if (!entry) throw new Error(`no dynamic page ending ${suffix}`);
  return entry;
};
const reactWizard = byUrl('/help/esim-replacement');
const vue = byUrl('/remplacer-ma-esim');
const shadow = byUrl('/esim/remplacer');
const dialog = byUrl('/assistance/esim');

test('React: the late-rendered step 1 is filled and React state holds the values; step 2 is filled when the person clicks Next', async () => {
  const opened = await openEntry(session, reactWizard);
  try {
    const step1 = await checkPage(session, opened, reactWizard, { label: `${reactWizard.name}, step 1` });
    expect(step1.problems, 'step 1').toEqual([]);
    expect(step1.right).toBe(4);

    await opened.page.click('#wizard-next');
    await opened.page.locator('#step-2').waitFor();
    const step2 = await checkPage(session, opened, reactWizard, {
      label: `${reactWizard.name}, step 2`,
      badgeOffset: step1.changed,
    });
    expect(step2.problems, 'step 2').toEqual([]);
    expect(step2.right).toBe(step2.expected);
    expect(step2.expected).toBeGreaterThanOrEqual(4);

    // Step 1's values live on in React state after its inputs unmounted.
    const state = await opened.page.evaluate(
      () => (window as unknown as { __state: Record<string, unknown> }).__state,
    );
    const values = formattedValues(PROFILES.nomad);
    expect(state).toMatchObject({
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
    });
  } finally {
    await opened.page.close();
  }
});

test('Vue: v-model and v-model.lazy controls are filled and the reactive state agrees', async () => {
  const opened = await openEntry(session, vue);
  try {
    const result = await checkPage(session, opened, vue);
    expect(result.problems).toEqual([]);
    expect(result.right).toBe(result.expected);
    const state = await opened.page.evaluate(
      () => (window as unknown as { __state: Record<string, unknown> }).__state,
    );
    const values = formattedValues(PROFILES.orange);
    expect(state).toMatchObject({
      nom: values.familyName,
      prenom: values.givenName,
      email: values.email,
      modele: 'pixel-8',
      eid: values.eid,
      imei: values.imei,
      motif: 'casse',
      consentement: false,
    });
    expect(String(state.ligne).replace(/[\s.\-()]/g, '')).toBe(values.phone);
    expect(String(state.message)).toContain('Google Pixel 8');
  } finally {
    await opened.page.close();
  }
});

test('open shadow DOM: a form inside a custom element that upgrades after load is filled', async () => {
  const opened = await openEntry(session, shadow);
  try {
    const result = await checkPage(session, opened, shadow);
    expect(result.problems).toEqual([]);
    expect(result.right).toBe(result.expected);
    expect(result.expected).toBeGreaterThanOrEqual(8);
  } finally {
    await opened.page.close();
  }
});

test('a form in a closed <dialog> is left alone, and filled when the person opens the dialog', async () => {
  const opened = await openEntry(session, dialog);
  try {
    await settle(session, opened.page);
    const closed = assess({ ...dialog, nothingBecause: 'not-shown-yet' }, await snapshot(opened.page));
    expect(closed.problems, 'while the dialog is closed').toEqual([]);
    expect(closed.changed).toBe(0);

    await opened.page.click('#open-request');
    const result = await checkPage(session, opened, dialog);
    expect(result.problems).toEqual([]);
    expect(result.right).toBe(result.expected);
    expect(result.expected).toBeGreaterThanOrEqual(8);
  } finally {
    await opened.page.close();
  }
});
