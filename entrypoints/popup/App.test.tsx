import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isAutofillEnabled, loadDraft, loadProfile, saveProfile } from '../../src/profile/storage';
import type { FillReport } from '../../src/report/types';
import { useLocale } from '../../tests/support/fake-i18n';
import { App } from './App';

// The popup rendered in happy-dom over WXT's fake browser: real storage module, real validation.

const EID = '89049032123451234512345678901235';
const WRONG_EID = '89049032123451234512345678901236';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const byLabel = <T extends HTMLElement = HTMLInputElement>(text: string): T => {
  const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent === text);
  if (!label) throw new Error(`no label "${text}"`);
  return document.getElementById(label.htmlFor) as T;
};
const button = (name: string) =>
  [...root.querySelectorAll('button')].find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent) === name,
  ) as HTMLButtonElement;
const stateText = () => root.querySelector('[data-testid="save-state"]')?.textContent ?? '';

async function mount(): Promise<void> {
  await act(() => render(<App />, root));
  // The popup shows a view once the profile, the tab and the requests are read.
  await vi.waitFor(() => expect(root.querySelector('nav [aria-current="page"]')).not.toBeNull());
  await vi.waitFor(() => expect(root.querySelector('fieldset[disabled]')).toBeNull());
}

async function type(text: string, value: string): Promise<void> {
  const control = byLabel<HTMLInputElement | HTMLTextAreaElement>(text);
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new FocusEvent('blur'));
  });
}

async function save(): Promise<void> {
  await act(() => root.ownerDocument.querySelector<HTMLFormElement>('form')!.requestSubmit());
  await vi.waitFor(() => expect(stateText()).not.toContain('Saving'));
}

describe('structure', () => {
  test('every control has a real label, in a logical keyboard order, grouped with legends', async () => {
    await mount();
    const controls = [...root.querySelectorAll('input, select, textarea')];
    const labels = controls.map((control) => root.querySelector(`label[for="${control.id}"]`)?.textContent);
    expect(labels).toEqual([
      'Profile you are editing',
      'First name',
      'Last name',
      'Email',
      'Phone',
      'Carrier',
      'Device model',
      'Order number',
      'Activation code',
      'IMEI',
      'EID',
      'ICCID',
      'Reason',
      'Notes',
    ]);
    expect(root.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])')).toHaveLength(0);
    expect([...root.querySelectorAll('fieldset > legend')].map((legend) => legend.textContent)).toEqual([
      'You',
      'Your eSIM',
      'Why',
    ]);
    for (const id of ['imei', 'eid', 'iccid', 'activationCode', 'orderNumber']) {
      const hint = document.getElementById(`field-${id}-hint`);
      expect(hint?.textContent, id).toBeTruthy();
      expect(document.getElementById(`field-${id}`)?.getAttribute('aria-describedby')).toContain(
        `field-${id}-hint`,
      );
    }
    expect(byLabel('IMEI').getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById('field-imei-hint')?.textContent).toContain('*#06#');
  });

  test('"Other" carrier reveals a free-text carrier name', async () => {
    await mount();
    expect(() => byLabel('Carrier name')).toThrow();
    const carrier = byLabel<HTMLSelectElement>('Carrier');
    expect([...carrier.options].at(-1)?.textContent).toBe('Other');
    expect([...carrier.options].some((option) => option.value === 'opt-nc')).toBe(true);
    await act(() => {
      carrier.value = 'other';
      carrier.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(byLabel('Carrier name')).toBeTruthy();
  });
});

describe('typing and saving', () => {
  test('every keystroke is kept as a draft', async () => {
    await mount();
    await type('First name', 'Jea');
    await vi.waitFor(async () => expect(await loadDraft()).toEqual({ givenName: 'Jea' }));
    await type('First name', '');
    await vi.waitFor(async () => expect(await loadDraft()).toBeNull());
  });

  test('a wrong EID is flagged, not stored, and named in the save bar', async () => {
    await mount();
    await type('First name', 'Marie');
    await type('EID', WRONG_EID);
    const eid = byLabel('EID');
    expect(eid.getAttribute('aria-invalid')).toBe('true');
    const messageId = eid.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(document.getElementById(messageId)?.textContent).toContain('EID check digits do not match');
    await save();
    expect(stateText()).toContain('Saved, except EID: not valid');
    const { profile } = await loadProfile();
    expect(profile.givenName).toBe('Marie');
    expect(profile.eid).toBe('');
    expect(eid.value).toBe(WRONG_EID);
  });

  test('saved secrets are masked, revealed on request, and typing replaces them', async () => {
    await mount();
    await type('EID', EID);
    await save();
    expect(stateText()).toContain('Saved');
    const eid = byLabel('EID');
    expect(eid.value).toBe('••••1235');
    const show = button('Show EID');
    expect(show.getAttribute('aria-pressed')).toBe('false');
    await act(() => show.click());
    expect(show.getAttribute('aria-pressed')).toBe('true');
    expect(eid.value).toBe(EID);
    await act(() => show.click());
    expect(eid.value).toBe('••••1235');

    // Select-all + type over the mask: the new value replaces the hidden one, in clear.
    eid.setSelectionRange(0, eid.value.length);
    const edit = new InputEvent('beforeinput', {
      inputType: 'insertText',
      data: '8',
      cancelable: true,
      bubbles: true,
    });
    await act(() => {
      eid.dispatchEvent(edit);
    });
    expect(edit.defaultPrevented).toBe(true);
    expect(eid.value).toBe('8');
    expect(stateText()).toContain('Unsaved changes');
    expect((await loadProfile()).profile.eid).toBe(EID);
  });
});

describe('quarantine', () => {
  test('a banner offers Restore, which brings the set-aside data into the form', async () => {
    await fakeBrowser.storage.local.set({ profile: { givenName: 'Marie', eid: 'oops' }, profile$: { v: 2 } });
    await mount();
    expect(root.textContent).toContain('Some saved details could not be read');
    expect(byLabel('EID').value).toBe('');
    await act(() => button('Restore').click());
    await vi.waitFor(() => expect(byLabel('EID').value).toBe('oops'));
    expect(root.textContent).not.toContain('Some saved details could not be read');
    expect(root.textContent).toContain('Restored into the form');
  });
});

describe('this page panel', () => {
  const report: FillReport = {
    url: 'https://www.opt.nc/esim',
    formCount: 1,
    filled: [{ field: 'eid', label: 'EID', shown: '••••1235' }],
    skipped: [{ field: 'phone', label: 'Téléphone', reason: 'not-empty' }],
    platform: null,
    at: 1,
  };

  async function onCarrierPage(reports: FillReport[]): Promise<number> {
    await saveProfile({ givenName: 'Marie', carrierId: 'opt-nc', eid: EID });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.opt.nc/esim' });
    // The fake browser cannot make a created tab active: answer the popup's one query for it.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const request = message as { type: string; tabId: number };
      if (request.type === 'tab:reports') return Promise.resolve(request.tabId === tab.id ? reports : []);
      if (request.type === 'page:undo' || request.type === 'page:again') {
        actions.push(request);
        return Promise.resolve({ ok: true });
      }
      return undefined;
    });
    return tab.id!;
  }
  let actions: { type: string; tabId: number }[] = [];
  beforeEach(() => {
    actions = [];
  });

  test('shows what was filled and skipped, and Undo / Fill again reach the engine of that tab through the background', async () => {
    const tabId = await onCarrierPage([report]);
    await mount();
    await vi.waitFor(() => expect(root.querySelector('.page-panel')).not.toBeNull());
    const panel = root.querySelector('.page-panel')!;
    expect(panel.textContent).toContain('••••1235');
    expect(panel.textContent).toContain('Téléphone');
    expect(panel.textContent).toContain('already had a value');

    await act(() => button('Undo').click());
    await vi.waitFor(() => expect(panel.textContent).toContain('The filled values were removed.'));
    await act(() => button('Fill again').click());
    await vi.waitFor(() => expect(panel.textContent).toContain('The form was filled again.'));
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(actions).toEqual([
      { type: 'page:undo', tabId },
      { type: 'page:again', tabId },
    ]);
  });

  test("the carrier switch turns automatic fill off for the profile's carrier only", async () => {
    await onCarrierPage([report]);
    await mount();
    await vi.waitFor(() => expect(root.querySelector('[role="switch"]')).not.toBeNull());
    const toggle = root.querySelector<HTMLInputElement>('[role="switch"]')!;
    expect(root.querySelector(`label[for="${toggle.id}"]`)?.textContent).toBe(
      'Fill automatically on OPT-NC (Mobilis / Helia) pages',
    );
    await vi.waitFor(() => expect(toggle.checked).toBe(true));
    await act(() => toggle.click());
    await vi.waitFor(async () => expect(await isAutofillEnabled('opt-nc')).toBe(false));
    expect(await isAutofillEnabled('airalo')).toBe(true);
  });

  test('stays hidden on a tab without reports', async () => {
    await onCarrierPage([]);
    await mount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.querySelector('.page-panel')).toBeNull();
    // The switch is then found under the carrier choice.
    expect(root.querySelector('[role="switch"]')).not.toBeNull();
  });
});
