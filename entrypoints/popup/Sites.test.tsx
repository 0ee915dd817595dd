import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite, loadSites } from '../../src/carriers/sites';
import type {
  PageFillRequest,
  PageFillResponse,
  PendingFill,
  SensitiveBox,
} from '../../src/messaging/protocol';
import { loadPhoneChecks } from '../../src/profile/phone-check';
import { isAutofillEnabled, saveProfile } from '../../src/profile/storage';
import type { FillReport } from '../../src/report/types';
import { type LocaleName, useLocale } from '../../tests/support/fake-i18n';
import { App } from './App';

// The popup's Sites list, "Always offer on this site" and "Fill this page", rendered over WXT's fake
// browser with real storage. The background is played by an onMessage listener; the browser's
// permission prompt by a stub that answers as the person would.

const SUPPORT = 'https://support.example.com';

interface Rig {
  /** Every message the popup sent to the background. */
  sent: { type: string; [key: string]: unknown }[];
  request: ReturnType<typeof vi.fn>;
  remove: ReturnType<typeof vi.fn>;
  /** What the background answers to page:fill / page:pending / tab:reports. */
  answers: {
    fill: (request: PageFillRequest) => PageFillResponse | undefined;
    pending: PendingFill | null;
    reports: FillReport[];
  };
}

let root: HTMLElement;
let rig: Rig;

// The phone library loads on first need; loaded once here, so no test pays for it mid-way.
beforeAll(() => loadPhoneChecks());

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
  rig = {
    sent: [],
    request: vi.fn(async () => true),
    remove: vi.fn(async () => true),
    answers: { fill: () => undefined, pending: null, reports: [] },
  };
  Object.assign(fakeBrowser, { permissions: { request: rig.request, remove: rig.remove } });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as Rig['sent'][number];
    rig.sent.push(request);
    if (request.type === 'tab:reports') return Promise.resolve(rig.answers.reports);
    if (request.type === 'page:pending') return Promise.resolve(rig.answers.pending);
    if (request.type === 'page:fill')
      return Promise.resolve(rig.answers.fill(request as unknown as PageFillRequest));
    if (request.type === 'sites:changed') return Promise.resolve({ ok: true });
    return undefined;
  });
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

/** The popup opened over a tab at `url`, with a saved profile for `carrierId`. */
async function openOver(
  url: string,
  carrierId = 'opt-nc',
  extra: Record<string, string> = {},
): Promise<number> {
  await saveProfile({ givenName: 'Marie', carrierId, ...extra });
  const tab = await fakeBrowser.tabs.create({ url });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
  await act(() => render(<App />, root));
  // The popup shows a view once the profile, the tab and the requests are read.
  await vi.waitFor(() => expect(root.querySelector('nav [aria-current="page"]')).not.toBeNull());
  await vi.waitFor(() => expect(root.querySelector('fieldset[disabled]')).toBeNull());
  await new Promise((resolve) => setTimeout(resolve, 10));
  return tab.id!;
}

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
const hasButton = (name: string) => buttons().some((candidate) => candidate.textContent === name);
const byLabel = <T extends HTMLElement = HTMLInputElement>(text: string): T => {
  const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent === text);
  if (!label) throw new Error(`no label "${text}"`);
  return document.getElementById(label.htmlFor) as T;
};
const click = (element: HTMLElement) => act(() => element.click());
/** Opens the Sites view; its code loads on first use (entrypoints/popup/lazy.tsx). */
async function showSites(): Promise<void> {
  await click(button('Sites'));
  await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Where ReSIM fills'));
}
const sentOf = (type: string) => rig.sent.filter((message) => message.type === type);

describe('the Sites view', () => {
  test('is one press from the main view, a keyboard-reachable button that says which view is shown', async () => {
    await openOver('chrome://newtab/');
    const nav = root.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Sections');
    expect(
      [...nav.querySelectorAll('button')].map((b) => [b.textContent, b.getAttribute('aria-current')]),
    ).toEqual([
      ['Your details', 'page'],
      ['Sites', null],
      ['Requests', null],
      ['Before asking', null],
      ['Support', null],
      ['Activate', null],
      ['Backup', null],
    ]);
    expect(nav.querySelector('[tabindex]')).toBeNull();
    await showSites();
    expect(button('Sites').getAttribute('aria-current')).toBe('page');
    expect(root.querySelector('h2')?.textContent).toBe('Where ReSIM fills');
    // The details form and its save bar are on the other view.
    expect(root.querySelector('form#profile-form')).toBeNull();
    expect(root.querySelector('.savebar')).toBeNull();
    await click(button('Your details'));
    expect(root.querySelector('form#profile-form')).not.toBeNull();
  });

  test("lists the profile carrier's built-in domains with its automatic-fill switch", async () => {
    await openOver('chrome://newtab/');
    await showSites();
    expect(root.textContent).toContain('Built in for OPT-NC (Mobilis / Helia)');
    expect([...root.querySelectorAll('.domains li')].map((li) => li.textContent)).toEqual([
      'opt.nc',
      'mobilis.nc',
      'helia.nc',
    ]);
    const toggle = byLabel('Fill automatically on OPT-NC (Mobilis / Helia) pages');
    await vi.waitFor(() => expect(toggle.checked).toBe(true));
    await click(toggle);
    await vi.waitFor(async () => expect(await isAutofillEnabled('opt-nc')).toBe(false));
    expect(root.textContent).toContain('None yet.');
  });

  test('without a registry carrier there are no built-in sites to show', async () => {
    await openOver('chrome://newtab/', 'other', { carrierOtherName: 'Telco X' });
    await showSites();
    expect(root.textContent).toContain('Built-in sites');
    expect(root.textContent).toContain('Choose your carrier from the list');
    expect(root.querySelector('.domains')).toBeNull();
  });

  test('lists each added site with its carrier and its own "Fill by itself" switch', async () => {
    await addSite({ origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC (Mobilis / Helia)' });
    await addSite({
      origin: 'https://help.telco.test',
      carrierId: 'other',
      carrierName: 'Telco X',
      autoFill: true,
    });
    await openOver('chrome://newtab/');
    await showSites();
    await vi.waitFor(() => expect(root.querySelectorAll('.added-sites li')).toHaveLength(2));
    const rows = [...root.querySelectorAll('.added-sites li')];
    expect(rows.map((row) => row.querySelector('.site-head')?.textContent)).toEqual([
      'support.example.comFor OPT-NC (Mobilis / Helia)',
      'help.telco.testFor Telco X',
    ]);
    const switches = rows.map((row) => row.querySelector<HTMLInputElement>('[role="switch"]')!);
    expect(switches.map((s) => s.checked)).toEqual([false, true]);
    // Each switch is named by its label and described by its site.
    expect(root.querySelector(`label[for="${switches[0]!.id}"]`)?.textContent).toBe('Fill by itself');
    expect(document.getElementById(switches[0]!.getAttribute('aria-describedby')!)?.textContent).toBe(
      'support.example.com',
    );

    await click(switches[0]!);
    await vi.waitFor(async () => expect((await loadSites())[0]!.autoFill).toBe(true));
    await vi.waitFor(() => expect(sentOf('sites:changed')).toHaveLength(1));
    expect(switches[0]!.checked).toBe(true);
  });

  test('Remove gives the permission back, removes the site and tells the background', async () => {
    await addSite({ origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC (Mobilis / Helia)' });
    await addSite({ origin: 'https://help.telco.test', carrierId: 'other', carrierName: 'Telco X' });
    await openOver('chrome://newtab/');
    await showSites();
    await vi.waitFor(() => expect(root.querySelectorAll('.added-sites li')).toHaveLength(2));

    const remove = button('Remove support.example.com');
    expect(remove.textContent).toBe('Remove');
    await click(remove);
    await vi.waitFor(() => expect(root.textContent).toContain('support.example.com was removed'));
    expect(rig.remove).toHaveBeenCalledWith({ origins: ['https://support.example.com/*'] });
    expect((await loadSites()).map((site) => site.origin)).toEqual(['https://help.telco.test']);
    expect(sentOf('sites:changed')).toHaveLength(1);
    expect(root.querySelectorAll('.added-sites li')).toHaveLength(1);
    // Keyboard focus stays in the list rather than falling to the page.
    expect(document.activeElement?.id).toBe('sites-added-title');
  });

  test('the site still goes when the browser will not take the permission back', async () => {
    await addSite({ origin: SUPPORT, carrierId: 'other', carrierName: 'Telco X' });
    rig.remove.mockRejectedValue(new Error('cannot remove required permission'));
    await openOver('chrome://newtab/');
    await showSites();
    await vi.waitFor(() => expect(hasButton('Remove')).toBe(true));
    await click(button('Remove support.example.com'));
    await vi.waitFor(async () => expect(await loadSites()).toEqual([]));
  });
});

describe('Always offer on this site', () => {
  const addButton = () => button('Always offer on this site');

  test('is offered on an https page that is neither built in nor added', async () => {
    await openOver(`${SUPPORT}/contact`);
    expect(root.querySelector('.add-site h2')?.textContent).toBe('support.example.com');
    expect(addButton()).toBeTruthy();
  });

  test.each([
    ['a registry carrier page', 'https://www.opt.nc/esim'],
    ['an http page', 'http://support.example.com/contact'],
    ['a browser page', 'chrome://extensions/'],
  ])('is not offered on %s', async (_, url) => {
    await openOver(url);
    expect(hasButton('Always offer on this site')).toBe(false);
  });

  test('is not offered on a site already added', async () => {
    await addSite({ origin: SUPPORT, carrierId: 'other', carrierName: 'Telco X' });
    await openOver(`${SUPPORT}/contact`);
    expect(hasButton('Always offer on this site')).toBe(false);
  });

  test("asks the browser for that one origin during the click, then adds it for the profile's carrier", async () => {
    await openOver(`${SUPPORT}/contact`);
    expect(byLabel('OPT-NC (Mobilis / Helia)').checked).toBe(true);
    let granted!: (answer: boolean) => void;
    rig.request.mockImplementation(() => new Promise<boolean>((resolve) => (granted = resolve)));

    // No act(), no await: the request must already have been made when click() returns.
    addButton().click();
    expect(rig.request).toHaveBeenCalledWith({ origins: ['https://support.example.com/*'] });
    expect(await loadSites()).toEqual([]);

    await act(async () => granted(true));
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Added. ReSIM will offer to fill forms on support.example.com.'),
    );
    expect(await loadSites()).toMatchObject([
      { origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC (Mobilis / Helia)', autoFill: false },
    ]);
    expect(sentOf('sites:changed')).toHaveLength(1);
    // The form is gone; focus is on the line that says it worked.
    expect(hasButton('Always offer on this site')).toBe(false);
    expect(document.activeElement?.id).toBe('add-site-status');
  });

  test('"Another carrier" adds the site under the name typed', async () => {
    await openOver(`${SUPPORT}/contact`);
    await click(byLabel('Another carrier'));
    expect(addButton().getAttribute('aria-disabled')).toBe('true');
    addButton().click();
    expect(rig.request).not.toHaveBeenCalled();

    const name = byLabel('Name of that carrier');
    await act(() => {
      name.value = '  Telco X ';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(addButton().getAttribute('aria-disabled')).toBe('false');
    await click(addButton());
    await vi.waitFor(async () =>
      expect(await loadSites()).toMatchObject([
        { origin: SUPPORT, carrierId: 'other', carrierName: 'Telco X' },
      ]),
    );
  });

  test('a profile with a carrier of its own ("Other") offers that name first', async () => {
    await openOver(`${SUPPORT}/contact`, 'other', { carrierOtherName: 'Telco X' });
    expect(byLabel('Telco X').checked).toBe(true);
    await click(addButton());
    await vi.waitFor(async () =>
      expect(await loadSites()).toMatchObject([{ carrierId: 'other', carrierName: 'Telco X' }]),
    );
  });

  test('with no carrier in the profile, only the name box is asked', async () => {
    await openOver(`${SUPPORT}/contact`, '');
    expect(root.querySelector('.add-site input[type="radio"]')).toBeNull();
    expect(byLabel('Name of that carrier')).toBeTruthy();
  });

  test('when the person declines in the browser, nothing is added', async () => {
    rig.request.mockResolvedValue(false);
    await openOver(`${SUPPORT}/contact`);
    await click(addButton());
    await vi.waitFor(() =>
      expect(root.textContent).toContain('The browser did not give ReSIM access to this site'),
    );
    expect(await loadSites()).toEqual([]);
    expect(sentOf('sites:changed')).toEqual([]);
    expect(hasButton('Always offer on this site')).toBe(true);
  });
});

describe('Fill this page', () => {
  const BOXES: SensitiveBox[] = [
    { label: 'Numéro EID', fields: ['eid'] },
    { label: 'Votre message', fields: ['imei', 'orderNumber'] },
  ];
  const REPORT: FillReport = {
    url: `${SUPPORT}/contact`,
    formCount: 1,
    filled: [{ field: 'givenName', label: 'Prénom', shown: 'Marie' }],
    skipped: [],
    platform: null,
    at: 1,
  };

  test('is shown on any https page, and not elsewhere', async () => {
    await openOver('https://www.opt.nc/esim');
    expect(hasButton('Fill this page')).toBe(true);
    render(null, root);
    vi.restoreAllMocks();
    await openOver('http://support.example.com/');
    expect(hasButton('Fill this page')).toBe(false);
  });

  test('asks first, lists the boxes that would get an identifier, and fills them on "Fill them too"', async () => {
    const tabId = await openOver(`${SUPPORT}/contact`);
    rig.answers.fill = (request) =>
      request.identifiers === 'ask'
        ? { status: 'confirm', boxes: BOXES, profileId: 'main' }
        : { status: 'filled', filled: 3, skipped: 1 };
    await click(button('Fill this page'));
    await vi.waitFor(() =>
      expect(root.textContent).toContain(
        'These boxes would receive your activation code, EID, IMEI, ICCID or order number:',
      ),
    );
    const rows = [...root.querySelectorAll('.fill-page li')].map((li) => [
      li.querySelector('.entry-label')?.textContent,
      li.querySelector('.entry-value')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Numéro EID', 'EID'],
      ['Votre message', 'IMEI and Order number'],
    ]);
    expect(document.activeElement?.id).toBe('fill-confirm-title');

    rig.answers.reports = [REPORT];
    await click(button('Fill them too'));
    await vi.waitFor(() => expect(root.textContent).toContain('Filled 3 fields.'));
    expect(sentOf('page:fill').map((message) => message.identifiers)).toEqual(['ask', 'include']);
    expect(sentOf('page:fill').every((message) => message.tabId === tabId)).toBe(true);
    // The page reports are read again: the panel shows what was filled.
    await vi.waitFor(() => expect(root.querySelector('.page-panel')?.textContent).toContain('Prénom'));
    expect(document.activeElement?.textContent).toBe('Fill this page');
  });

  test('"Leave them out" fills without the identifiers', async () => {
    await openOver(`${SUPPORT}/contact`);
    rig.answers.fill = (request) =>
      request.identifiers === 'ask'
        ? { status: 'confirm', boxes: BOXES, profileId: 'main' }
        : { status: 'filled', filled: 1, skipped: 2 };
    await click(button('Fill this page'));
    await vi.waitFor(() => expect(hasButton('Leave them out')).toBe(true));
    await click(button('Leave them out'));
    await vi.waitFor(() => expect(root.textContent).toContain('Filled 1 field.'));
    expect(sentOf('page:fill').map((message) => message.identifiers)).toEqual(['ask', 'leave-out']);
  });

  test('a refusal says why; no answer from the background says so too', async () => {
    await openOver(`${SUPPORT}/contact`);
    rig.answers.fill = () => ({ status: 'refused', reason: 'no support form on this page' });
    await click(button('Fill this page'));
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Nothing was filled: no support form on this page'),
    );
    rig.answers.fill = () => undefined;
    await click(button('Fill this page'));
    await vi.waitFor(() => expect(root.textContent).toContain('ReSIM could not fill this page.'));
    expect(root.querySelector('#fill-page-status')?.className).toContain('error');
  });

  test('a confirmation the keyboard shortcut left waiting is shown when the popup opens', async () => {
    rig.answers.pending = { status: 'confirm', boxes: BOXES, profileId: 'main' };
    const tabId = await openOver(`${SUPPORT}/contact`);
    await vi.waitFor(() => expect(root.querySelectorAll('.fill-page li')).toHaveLength(2));
    expect(sentOf('page:pending')).toEqual([{ type: 'page:pending', tabId }]);
    rig.answers.fill = () => ({ status: 'filled', filled: 0, skipped: 0 });
    await click(button('Leave them out'));
    await vi.waitFor(() => expect(root.textContent).toContain('Nothing was filled on this page.'));
    // The answer names the profile the confirmation was for.
    expect(sentOf('page:fill')).toEqual([
      { type: 'page:fill', tabId, identifiers: 'leave-out', profileId: 'main' },
    ]);
  });
});

describe.each<[LocaleName, string, string, string]>([
  ['fr', 'Sites web', 'Toujours proposer sur ce site', 'Remplir cette page'],
  ['zh_CN', '网站', '始终在此网站上提供填写', '填写此页面'],
])('in %s', (locale, sites, add, fill) => {
  test('the new controls speak the language', async () => {
    useLocale(locale);
    await openOver(`${SUPPORT}/contact`);
    expect(hasButton(fill)).toBe(true);
    expect(hasButton(add)).toBe(true);
    expect(hasButton(sites)).toBe(true);
  });
});
