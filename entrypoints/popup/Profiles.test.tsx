import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordRequest } from '../../src/journey/request-log';
import type { PageFillRequest, PageFillResponse } from '../../src/messaging/protocol';
import {
  addProfile,
  loadDraft,
  loadProfile,
  loadProfiles,
  renameProfile,
  saveProfile,
} from '../../src/profile/storage';
import type { FillReport } from '../../src/report/types';
import { useLocale } from '../../tests/support/fake-i18n';
import { App } from './App';

// Several profiles in the popup (the picker; the form edits the selected one; Fill this page asks
// which), and the view the popup opens on.

const EID = '89049032123451234512345678901235';
const CHECK_EDIT = 'Complete my details';
const AIRALO_EID = '89001012012341234012345678901224';

let root: HTMLElement;
let sent: { type: string; [key: string]: unknown }[] = [];
let answers: {
  reports: FillReport[];
  fill: (request: PageFillRequest) => PageFillResponse | undefined;
  pending: unknown;
};

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
  sent = [];
  answers = { reports: [], fill: () => undefined, pending: null };
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as { type: string; [key: string]: unknown };
    sent.push(request);
    if (request.type === 'tab:reports') return Promise.resolve(answers.reports);
    if (request.type === 'page:pending') return Promise.resolve(answers.pending);
    if (request.type === 'page:fill') return Promise.resolve(answers.fill(request as never));
    return undefined;
  });
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

async function openOver(url = 'chrome://newtab/'): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
  await act(() => render(<App />, root));
  await vi.waitFor(() => expect(currentView()).not.toBeNull());
  return tab.id!;
}

const currentView = () => root.querySelector('nav [aria-current="page"]')?.textContent ?? null;
const buttons = () => [...root.querySelectorAll('button')];
const button = (name: string) => {
  const found = buttons().find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent) === name,
  );
  if (!found)
    throw new Error(
      `no button "${name}" among ${buttons()
        .map((b) => b.textContent)
        .join(' | ')}`,
    );
  return found;
};
const byLabel = <T extends HTMLElement = HTMLInputElement>(text: string): T => {
  const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent === text);
  if (!label) throw new Error(`no label "${text}"`);
  return document.getElementById(label.htmlFor) as T;
};
const click = (element: HTMLElement) => act(() => element.click());
const picker = () => byLabel<HTMLSelectElement>('Profile you are editing');
const optionNames = () => [...picker().options].map((option) => option.textContent);

async function type(label: string, value: string): Promise<void> {
  const control = byLabel(label);
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function save(): Promise<void> {
  await act(() => root.querySelector<HTMLFormElement>('form#profile-form')!.requestSubmit());
  await vi.waitFor(() =>
    expect(root.querySelector('[data-testid="save-state"]')?.textContent).toContain('Saved'),
  );
}

describe('the profile picker', () => {
  test('adds a profile and edits it; each profile keeps its own details and its own draft', async () => {
    await saveProfile({ givenName: 'Marie', carrierId: 'opt-nc' });
    await openOver();
    expect(optionNames()).toEqual(['OPT-NC (Mobilis / Helia) · Marie']);
    expect(byLabel('First name').value).toBe('Marie');

    await click(button('Add a profile'));
    await vi.waitFor(() => expect(optionNames()).toEqual(['OPT-NC (Mobilis / Helia) · Marie', 'Profile 2']));
    expect(root.textContent).toContain('New profile added.');
    expect(byLabel('First name').value).toBe('');
    const travel = picker().value;
    expect(travel).toMatch(/^p-/);

    await type('First name', 'Marie');
    await choose(byLabel<HTMLSelectElement>('Carrier'), 'airalo');
    await save();
    expect((await loadProfile(travel)).profile).toMatchObject({ givenName: 'Marie', carrierId: 'airalo' });
    expect((await loadProfile('main')).profile.carrierId).toBe('opt-nc');
    await vi.waitFor(() => expect(optionNames()).toContain('Airalo · Marie'));

    // Typed but not saved in the travel profile: kept as its draft when switching.
    await type('Last name', 'Wamytan');
    await vi.waitFor(async () => expect(await loadDraft(travel)).toEqual({ familyName: 'Wamytan' }));
    await choose(picker(), 'main');
    await vi.waitFor(() => expect(byLabel<HTMLSelectElement>('Carrier').value).toBe('opt-nc'));
    expect(byLabel('Last name').value).toBe('');
    expect((await loadProfiles()).selectedId).toBe('main');
    await choose(picker(), travel);
    await vi.waitFor(() => expect(byLabel('Last name').value).toBe('Wamytan'));
    expect(root.querySelector('[data-testid="save-state"]')?.textContent).toContain('Unsaved changes');
  });

  test('renames a profile; an empty name gives it back its carrier and person', async () => {
    await saveProfile({ givenName: 'Marie', carrierId: 'airalo' });
    await openOver();
    await click(button('Rename'));
    const name = byLabel('Name of this profile');
    expect(document.activeElement).toBe(name);
    await type('Name of this profile', 'Travel eSIM');
    await act(() => root.querySelector<HTMLFormElement>('form.profile-rename')!.requestSubmit());
    await vi.waitFor(() => expect(optionNames()).toEqual(['Travel eSIM']));
    expect((await loadProfiles()).entries[0]?.label).toBe('Travel eSIM');
    await click(button('Rename'));
    expect(byLabel('Name of this profile').value).toBe('Travel eSIM');
    await type('Name of this profile', '');
    await act(() => root.querySelector<HTMLFormElement>('form.profile-rename')!.requestSubmit());
    await vi.waitFor(() => expect(optionNames()).toEqual(['Airalo · Marie']));
  });

  test('asks before removing; "Keep it" keeps it, "Remove it" removes it and edits the one left', async () => {
    await saveProfile({ givenName: 'Marie', carrierId: 'opt-nc', eid: EID });
    const travel = await addProfile();
    await renameProfile(travel, 'Travel eSIM');
    await saveProfile({ givenName: 'Marie', carrierId: 'airalo', eid: AIRALO_EID }, { id: travel });
    await openOver();
    await choose(picker(), travel);
    await vi.waitFor(() => expect(byLabel<HTMLSelectElement>('Carrier').value).toBe('airalo'));

    await click(button('Remove'));
    const question = root.querySelector('#profile-remove-question');
    expect(question?.textContent).toBe('Remove “Travel eSIM” and all its details? This cannot be undone.');
    expect(document.activeElement).toBe(question);
    await click(button('Keep it'));
    expect((await loadProfiles()).entries).toHaveLength(2);
    expect(root.querySelector('#profile-remove-question')).toBeNull();

    await click(button('Remove'));
    await click(button('Remove it'));
    await vi.waitFor(() => expect(root.textContent).toContain('“Travel eSIM” was removed.'));
    expect(optionNames()).toEqual(['OPT-NC (Mobilis / Helia) · Marie']);
    expect(byLabel<HTMLSelectElement>('Carrier').value).toBe('opt-nc');
    expect((await loadProfiles()).entries.map((entry) => entry.id)).toEqual(['main']);
  });

  test('removing the only profile empties it', async () => {
    await saveProfile({ givenName: 'Marie', carrierId: 'opt-nc' });
    await openOver();
    await click(button('Remove'));
    await click(button('Remove it'));
    await vi.waitFor(() => expect(root.textContent).toContain('ReSIM always keeps one profile.'));
    expect(byLabel('First name').value).toBe('');
    expect(optionNames()).toEqual(['Profile 1']);
  });
});

describe('the details form says what the carrier needs', () => {
  const need = (label: string) => {
    const control = byLabel(label);
    return document.getElementById(`${control.id}-need`)?.textContent;
  };

  test("OPT-NC's own list, and the usual one before a carrier is chosen", async () => {
    await openOver();
    const note = () => root.querySelector('#field-needs-note')?.textContent;
    expect(note()).toBe('Marked “needed”: what carriers usually ask for. The rest is optional.');
    expect(need('First name')).toBe('needed');
    expect(need('Order number')).toBe('needed');
    expect(need('IMEI')).toBe('optional');
    expect(byLabel('IMEI').getAttribute('aria-describedby')).toContain('field-imei-need');
    await choose(byLabel<HTMLSelectElement>('Carrier'), 'opt-nc');
    expect(note()).toBe('Marked “needed”: what OPT-NC (Mobilis / Helia) asks for. The rest is optional.');
    expect(need('IMEI')).toBe('needed');
    expect(need('Phone')).toBe('needed');
    expect(need('Order number')).toBe('optional');
    expect(need('Reason')).toBe('optional');
  });

  test('keeps the phone number as the person wrote it', async () => {
    await openOver();
    await type('Phone', '75.12.34');
    await save();
    expect((await loadProfile()).profile.phone).toBe('75.12.34');
    expect(byLabel('Phone').value).toBe('75.12.34');
  });
});

describe('the popup opens on what matters now', () => {
  const report: FillReport = {
    url: 'https://www.airalo.com/help',
    formCount: 1,
    filled: [{ field: 'eid', label: 'EID', shown: '••••1224' }],
    skipped: [],
    platform: null,
    at: 1,
  };

  test("on a page ReSIM filled: that page's report, with the switch of the profile that filled it", async () => {
    await saveProfile({ givenName: 'Marie', carrierId: 'opt-nc' });
    const travel = await addProfile();
    await saveProfile({ givenName: 'Marie', carrierId: 'airalo' }, { id: travel });
    answers.reports = [report];
    await openOver('https://www.airalo.com/help');
    expect(currentView()).toBe('This page');
    expect(root.querySelector('.page-panel')?.textContent).toContain('••••1224');
    const toggle = root.querySelector<HTMLInputElement>('[role="switch"]')!;
    expect(root.querySelector(`label[for="${toggle.id}"]`)?.textContent).toBe(
      'Fill automatically on Airalo pages',
    );
    // The details are one press away.
    await click(button('Your details'));
    expect(currentView()).toBe('Your details');
    expect(root.querySelector('form#profile-form')).not.toBeNull();
  });

  test('with a request open: the requests, with its expected answer date', async () => {
    await saveProfile({ givenName: 'Marie', carrierId: 'opt-nc' });
    await recordRequest({
      carrierId: 'opt-nc',
      carrierName: 'OPT-NC (Mobilis / Helia)',
      orderNumber: '',
      page: 'https://www.opt.nc/esim',
      fields: ['eid'],
    });
    await openOver();
    expect(currentView()).toBe('Requests');
    await vi.waitFor(() => expect(root.querySelector('.request-list')?.textContent).toContain('OPT-NC'));
  });

  test('with every detail the carrier needs: the checks before asking; one of them opens the details', async () => {
    await saveProfile({
      givenName: 'Marie',
      familyName: 'Wamytan',
      email: 'marie@example.nc',
      phone: '75.12.34',
      carrierId: 'opt-nc',
      deviceModel: 'iPhone 15',
      eid: EID,
      imei: '354178036859789',
    });
    await openOver();
    expect(currentView()).toBe('Before asking');
  });

  test("the checklist's way to the details opens them at the first detail still missing", async () => {
    await saveProfile({ givenName: 'Marie', familyName: 'Wamytan', carrierId: 'opt-nc' });
    await openOver();
    await click(button('Before asking'));
    await click(button(CHECK_EDIT));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('field-phone'));
    expect(currentView()).toBe('Your details');
  });

  test('with details still missing, or none: the details', async () => {
    await openOver();
    expect(currentView()).toBe('Your details');
    render(null, root);
    await saveProfile({ givenName: 'Marie', carrierId: 'opt-nc' });
    await openOver();
    expect(currentView()).toBe('Your details');
  });

  test('every view is one press apart, in a keyboard-reachable navigation with arrow keys', async () => {
    answers.reports = [report];
    await saveProfile({ givenName: 'Marie', carrierId: 'airalo' });
    await openOver('https://www.airalo.com/help');
    const nav = root.querySelector('nav')!;
    const names = [...nav.querySelectorAll('button')].map((b) => b.textContent);
    expect(names).toEqual([
      'This page',
      'Your details',
      'Sites',
      'Requests',
      'Before asking',
      'Support',
      'Activate',
      'Backup',
    ]);
    const tabs = [...nav.querySelectorAll('button')];
    tabs[0]!.focus();
    await act(() => {
      tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(document.activeElement).toBe(tabs[1]);
    await act(() => {
      tabs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(document.activeElement).toBe(tabs.at(-1));
    await act(() => {
      tabs.at(-1)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(document.activeElement).toBe(tabs[0]);
    for (const name of names.slice(1)) {
      await click(button(name!));
      expect(currentView()).toBe(name);
    }
  });
});

describe('Fill this page with two profiles', () => {
  test('asks which profile, then fills with the one chosen (its identifiers after a yes)', async () => {
    await saveProfile({ givenName: 'Marie', carrierId: 'opt-nc' });
    const travel = await addProfile('Travel eSIM');
    await saveProfile({ givenName: 'Marie', carrierId: 'airalo' }, { id: travel });
    const tabId = await openOver('https://help.example.com/form');
    answers.fill = (request) =>
      !request.profileId
        ? {
            status: 'choose-profile',
            profiles: [
              { id: 'main', label: 'OPT-NC (Mobilis / Helia) · Marie' },
              { id: travel, label: 'Travel eSIM' },
              { id: 'p-empty', label: '' },
            ],
          }
        : request.identifiers === 'ask'
          ? { status: 'confirm', boxes: [{ label: 'EID', fields: ['eid'] }], profileId: request.profileId }
          : { status: 'filled', filled: 4, skipped: 0 };
    await click(button('Fill this page'));
    await vi.waitFor(() => expect(root.textContent).toContain('Which profile should fill this page?'));
    expect(document.activeElement?.id).toBe('fill-choose-title');
    expect([...root.querySelectorAll('.profile-choices button')].map((b) => b.textContent)).toEqual([
      'OPT-NC (Mobilis / Helia) · Marie',
      'Travel eSIM',
      'Profile 3',
    ]);
    await click(button('Travel eSIM'));
    await vi.waitFor(() => expect(button('Fill them too')).toBeTruthy());
    await click(button('Fill them too'));
    await vi.waitFor(() => expect(root.textContent).toContain('Filled 4 fields.'));
    expect(sent.filter((message) => message.type === 'page:fill')).toEqual([
      { type: 'page:fill', tabId, identifiers: 'ask' },
      { type: 'page:fill', tabId, identifiers: 'ask', profileId: travel },
      { type: 'page:fill', tabId, identifiers: 'include', profileId: travel },
    ]);
  });

  test('a choice the keyboard shortcut left waiting is asked when the popup opens; Cancel leaves the page', async () => {
    answers.pending = {
      status: 'choose-profile',
      profiles: [
        { id: 'main', label: 'Phone' },
        { id: 'p-2', label: 'Travel eSIM' },
      ],
    };
    await saveProfile({ givenName: 'Marie' });
    await openOver('https://help.example.com/form');
    await vi.waitFor(() => expect(root.textContent).toContain('Which profile should fill this page?'));
    await click(button('Cancel'));
    expect(root.textContent).not.toContain('Which profile should fill this page?');
    expect(sent.filter((message) => message.type === 'page:fill')).toEqual([]);
    expect(button('Fill this page')).toBeTruthy();
  });
});
