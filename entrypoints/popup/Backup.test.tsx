import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite, loadSites } from '../../src/carriers/sites';
import { exportAll } from '../../src/journey/backup';
import { loadRequests, recordRequest } from '../../src/journey/request-log';
import { addProfile, loadProfiles, saveProfile } from '../../src/profile/storage';
import { useLocale } from '../../tests/support/fake-i18n';
import { BackupView } from './BackupView';

// The Backup view over WXT's fake browser with the real stores: export, import with its summary,
// and Delete all my data with its confirmation. Permissions and the background are stubs.

const EID = '89049032123451234512345678901235';
const IMEI = '490154203237518';
const SUPPORT = 'https://help.wanderbyte-esim.com';

let root: HTMLElement;
let onReset: ReturnType<typeof vi.fn<() => void>>;
let removed: string[];

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
  onReset = vi.fn<() => void>();
  removed = [];
  Object.assign(fakeBrowser, {
    permissions: {
      remove: async ({ origins }: { origins: string[] }) => {
        removed.push(...origins);
        return true;
      },
    },
  });
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const buttons = () => [...root.querySelectorAll('button')];
const button = (name: string) => {
  const found = buttons().find((candidate) => candidate.textContent === name);
  if (!found)
    throw new Error(
      `no button "${name}" among ${buttons()
        .map((b) => b.textContent)
        .join(' | ')}`,
    );
  return found;
};
const click = (element: HTMLElement) => act(() => element.click());
const local = () => fakeBrowser.storage.local.get(null);

async function mount(): Promise<void> {
  await act(() => render(<BackupView onReset={onReset} />, root));
}

async function someData(): Promise<void> {
  await saveProfile({ givenName: 'Marie', familyName: 'Wamytan', carrierId: 'opt-nc', eid: EID, imei: IMEI });
  await addProfile('Travel eSIM');
  await addSite({ origin: SUPPORT, carrierId: 'other', carrierName: 'Wanderbyte' });
  await recordRequest({
    carrierId: 'opt-nc',
    carrierName: 'OPT-NC (Mobilis / Helia)',
    orderNumber: 'NC-1',
    page: 'https://www.opt.nc/esim',
    fields: ['eid'],
  });
}

/** Chooses a file in the Backup file box, as the browser's file picker does. */
async function choose(text: string, name = 'resim-backup-2026-05-03.json'): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const label = root.querySelector(`label[for="${input.id}"]`)?.textContent;
  expect(label).toBe('Backup file');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const tableRows = () =>
  [...root.querySelectorAll('table.summary tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent),
  );

describe('export', () => {
  test('warns that the file holds identifiers, then saves resim-backup-<date>.json', async () => {
    await someData();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((made) => {
      blob = made as Blob;
      return 'blob:chrome-extension://resim/backup';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    await mount();

    const exportButton = button('Export to a file');
    const warning = document.getElementById(exportButton.getAttribute('aria-describedby')!)!;
    expect(warning.textContent).toContain('identifiers included');
    expect(warning.textContent).toContain('keep it somewhere private');

    await click(exportButton);
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    const today = new Date();
    const name = `resim-backup-${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}.json`;
    expect(clicked[0]).toEqual({ href: 'blob:chrome-extension://resim/backup', download: name });
    expect(blob?.type).toBe('application/json');
    const file = JSON.parse(await blob!.text());
    expect(file).toMatchObject({ app: 'resim', kind: 'backup', version: 1 });
    expect(file.profiles.value.entries[0].eid).toBe(EID);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(`Saved as ${name}.`);
    // The link is not left in the page.
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

describe('import', () => {
  test('shows what will be replaced, and Replace restores the file', async () => {
    await someData();
    const text = await exportAll(new Date(2026, 4, 3, 9, 30));
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
    Object.assign(fakeBrowser, { permissions: { remove: async () => true } });
    await saveProfile({ givenName: 'Jean', eid: EID });
    const before = await local();
    await mount();

    await choose(text);
    await vi.waitFor(() => expect(root.querySelector('table.summary')).not.toBeNull());
    const title = root.querySelector('#backup-replace-title')!;
    expect(title.textContent).toBe('Replace what ReSIM keeps with this backup?');
    await vi.waitFor(() => expect(document.activeElement).toBe(title));
    expect(root.textContent).toMatch(/Backup made on May 3, 2026/);
    expect([...root.querySelectorAll('table.summary thead th')].map((th) => th.textContent)).toEqual([
      'What',
      'Now',
      'From the file',
    ]);
    expect(tableRows()).toEqual([
      ['Profiles', '1 — Jean', '2 — OPT-NC (Mobilis / Helia) · Marie Wamytan and Travel eSIM'],
      ['Sites you added', 'None', '1 — help.wanderbyte-esim.com'],
      ['Requests sent', 'None', '1'],
      ['Activation codes read', 'None', 'None'],
      ['Support contacts you added', 'None', 'None'],
    ]);
    expect(root.textContent).not.toContain(EID);
    expect(root.textContent).not.toContain(IMEI);
    // Reading the file wrote nothing.
    expect(await local()).toEqual(before);

    await click(button('Replace'));
    await vi.waitFor(() => expect(onReset).toHaveBeenCalledOnce());
    const { entries } = await loadProfiles();
    expect(entries.map((entry) => entry.profile.givenName)).toEqual(['Marie', '']);
    expect((await loadSites()).map((site) => site.origin)).toEqual([SUPPORT]);
    expect(await loadRequests()).toHaveLength(1);
  });

  test('Cancel leaves everything as it was', async () => {
    await someData();
    const text = await exportAll();
    await saveProfile({ givenName: 'Jean' });
    const before = await local();
    await mount();
    await choose(text);
    await vi.waitFor(() => expect(root.querySelector('table.summary')).not.toBeNull());
    await click(button('Cancel'));
    expect(root.querySelector('table.summary')).toBeNull();
    expect(await local()).toEqual(before);
    expect(onReset).not.toHaveBeenCalled();
  });

  test.each([
    ['not JSON', 'hello', 'This file is not a ReSIM backup (it is not JSON). Nothing was changed.'],
    ['foreign', '{"passwords": []}', 'This file is not a ReSIM backup. Nothing was changed.'],
    [
      'newer',
      '{"app": "resim", "kind": "backup", "version": 9}',
      'This backup comes from a newer version of ReSIM. Update ReSIM, then try again. Nothing was changed.',
    ],
  ])('a %s file is refused with a clear message, and nothing changes', async (_kind, text, message) => {
    await someData();
    const before = await local();
    await mount();
    await choose(text);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain(message));
    expect(root.querySelector('table.summary')).toBeNull();
    expect(buttons().some((candidate) => candidate.textContent === 'Replace')).toBe(false);
    expect(await local()).toEqual(before);
  });

  test('a damaged file says where, never a value', async () => {
    await someData();
    const file = JSON.parse(await exportAll());
    file.profiles.value.entries[0].imei = '490154203237519';
    const before = await local();
    await mount();
    await choose(JSON.stringify(file));
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toContain(
        'This backup is damaged and cannot be restored. Nothing was changed.',
      ),
    );
    const alert = root.querySelector('[role="alert"]')!.textContent!;
    expect(alert).toContain('imei');
    expect(alert).not.toContain('490154203237519');
    expect(await local()).toEqual(before);
  });
});

describe('delete all my data', () => {
  test('asks first, naming what goes; Cancel keeps it; confirmed, everything is gone', async () => {
    await someData();
    await mount();
    await click(button('Delete all my data…'));
    await vi.waitFor(() => expect(root.querySelector('#erase-confirm-title')).not.toBeNull());
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('erase-confirm-title'));
    const items = [...root.querySelectorAll('dl.summary > div')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(items).toEqual([
      ['Profiles', '2 — OPT-NC (Mobilis / Helia) · Marie Wamytan and Travel eSIM'],
      ['Sites you added', '1 — help.wanderbyte-esim.com'],
      ['Requests sent', '1'],
      ['Activation codes read', 'None'],
      ['Support contacts you added', 'None'],
    ]);
    expect(root.textContent).toContain('This cannot be undone');

    await click(button('Cancel'));
    expect(root.querySelector('#erase-confirm-title')).toBeNull();
    expect(await loadRequests()).toHaveLength(1);

    await click(button('Delete all my data…'));
    await vi.waitFor(() => expect(root.querySelector('#erase-confirm-title')).not.toBeNull());
    await click(button('Delete everything'));
    await vi.waitFor(() => expect(onReset).toHaveBeenCalledOnce());
    expect(await local()).toEqual({});
    expect(removed).toEqual([`${SUPPORT}/*`]);
  });
});
