import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite, loadSites } from '../carriers/sites';
import {
  addProfile,
  loadProfiles,
  PROFILE_VERSION,
  renameProfile,
  saveProfile,
  setAutofillEnabled,
} from '../profile/storage';
import {
  applyBackup,
  backupFileName,
  deleteAllData,
  exportAll,
  readBackup,
  snapshot,
  summarizeReplacement,
} from './backup';
import { addToCodeHistory } from './code-history';
import { addContact } from './contact';
import { loadRequests, recordRequest } from './request-log';

// Backup and erase over WXT's fake browser, every store through its real module. The browser's
// permissions, the background and alarms are stubs that record what they were asked.

const EID = '89049032123451234512345678901235';
const IMEI = '490154203237518';
const ICCID = '8968710012345678904';
const LPA = 'LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815';
const OLD_LPA = 'LPA:1$smdp.example.com$OLD-CODE-1234';
const EMAIL = 'marie.wamytan@example.nc';
const SECRETS = [EID, IMEI, ICCID, '04386-AGYFT-A74Y8-3F815', 'OLD-CODE-1234', EMAIL, '751234'];

const SUPPORT = 'https://help.wanderbyte-esim.com';
const OTHER = 'https://support.example.com';
const NOW = new Date(2026, 4, 3, 9, 30);

let sent: unknown[];
const removed: string[] = [];
const clearAlarms = vi.fn(async () => true);

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  removed.length = 0;
  clearAlarms.mockClear();
  Object.assign(fakeBrowser, {
    permissions: {
      remove: async ({ origins }: { origins: string[] }) => {
        removed.push(...origins);
        return true;
      },
    },
  });
  Object.assign(fakeBrowser.alarms, { clearAll: clearAlarms });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    return Promise.resolve({ ok: true });
  });
});
afterEach(() => vi.restoreAllMocks());

const local = () => fakeBrowser.storage.local.get(null);

/** Two profiles (one named, with every identifier), a site, a request, an old code and a switch. */
async function fill(): Promise<void> {
  await saveProfile({
    givenName: 'Marie',
    familyName: 'Wamytan',
    email: EMAIL,
    phone: '75.12.34',
    carrierId: 'opt-nc',
    orderNumber: 'NC-2024-0815',
    activationCode: LPA,
    imei: IMEI,
    eid: EID,
    iccid: ICCID,
    reason: 'lost',
  });
  const travel = await addProfile('Travel eSIM');
  await saveProfile({ carrierId: 'other', carrierOtherName: 'Wanderbyte', email: EMAIL }, { id: travel });
  await renameProfile((await loadProfiles()).entries[0]!.id, 'Work phone');
  await addSite({ origin: SUPPORT, carrierId: 'other', carrierName: 'Wanderbyte', autoFill: true });
  await recordRequest({
    carrierId: 'opt-nc',
    carrierName: 'OPT-NC (Mobilis / Helia)',
    orderNumber: 'NC-2024-0815',
    page: 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim',
    fields: ['givenName', 'email', 'eid'],
    sentAt: NOW.getTime(),
  });
  await addToCodeHistory(travel, OLD_LPA, NOW.getTime() - 86_400_000);
  await addContact('other', { kind: 'email', value: 'help@wanderbyte-esim.com', note: 'replies in 2 days' });
  await setAutofillEnabled('opt-nc', false);
}

/** A valid file around `patch` (a section replaced, or anything added). */
async function fileWith(patch: Record<string, unknown>): Promise<string> {
  await fill();
  const file = JSON.parse(await exportAll(NOW)) as Record<string, unknown>;
  fakeBrowser.reset();
  return JSON.stringify({ ...file, ...patch });
}

describe('export', () => {
  test('is pretty JSON in a versioned envelope holding every store', async () => {
    await fill();
    const text = await exportAll(NOW);
    expect(text).toMatch(/^\{\n {2}"app": "resim",\n {2}"kind": "backup",\n {2}"version": 1,/);
    const file = JSON.parse(text);
    expect(file.exportedAt).toBe(NOW.toISOString());
    expect(file.profiles.version).toBe(PROFILE_VERSION);
    expect(file.profiles.value.entries.map((entry: { label: string }) => entry.label)).toEqual([
      'Work phone',
      'Travel eSIM',
    ]);
    expect(file.profiles.value.entries[0].eid).toBe(EID);
    expect(file.sites.map((site: { origin: string }) => site.origin)).toEqual([SUPPORT]);
    expect(file.requests).toHaveLength(1);
    expect(Object.values(file.codeHistory).flat()).toHaveLength(1);
    expect(file.contacts.other.map((channel: { value: string }) => channel.value)).toEqual([
      'help@wanderbyte-esim.com',
    ]);
    expect(file.autofill).toEqual({ 'opt-nc': false });
  });

  test('is named after the day it is made', () => {
    expect(backupFileName(NOW)).toBe('resim-backup-2026-05-03.json');
    expect(backupFileName(new Date(2027, 0, 9, 23, 59))).toBe('resim-backup-2027-01-09.json');
  });
});

describe('round trip', () => {
  test('export, delete all, import: every store is restored exactly', async () => {
    await fill();
    const before = await snapshot();
    const storedBefore = await local();
    const text = await exportAll(NOW);

    await deleteAllData();
    expect(await local()).toEqual({});

    const read = readBackup(text);
    if (!read.ok) throw new Error(`${read.problem}: ${read.detail}`);
    expect(await local()).toEqual({});
    await applyBackup(read.backup);

    expect(await snapshot()).toEqual(before);
    const storedAfter = await local();
    for (const key of ['profile', 'sites', 'requests', 'codeHistory', 'contacts', 'autofill']) {
      expect(storedAfter[key], key).toEqual(storedBefore[key]);
    }
    // A second round trip gives the very same file.
    expect(await exportAll(NOW)).toBe(text);
  });

  test('import over other data replaces it, and gives back the access of sites it drops', async () => {
    await fill();
    const text = await exportAll(NOW);
    fakeBrowser.reset();
    Object.assign(fakeBrowser, {
      permissions: {
        remove: async ({ origins }: { origins: string[] }) => {
          removed.push(...origins);
          return true;
        },
      },
    });
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return Promise.resolve({ ok: true });
    });
    await saveProfile({ givenName: 'Jean', eid: EID });
    await addSite({ origin: OTHER, carrierId: 'other', carrierName: 'Telco X' });
    await addSite({ origin: SUPPORT, carrierId: 'other', carrierName: 'Old name' });

    const read = readBackup(text);
    if (!read.ok) throw new Error(read.problem);
    await applyBackup(read.backup);
    const { entries } = await loadProfiles();
    expect(entries.map((entry) => [entry.label, entry.profile.givenName])).toEqual([
      ['Work phone', 'Marie'],
      ['Travel eSIM', ''],
    ]);
    expect((await loadSites()).map((site) => [site.origin, site.carrierName])).toEqual([
      [SUPPORT, 'Wanderbyte'],
    ]);
    expect(removed).toEqual([`${OTHER}/*`]);
    expect(sent).toEqual([{ type: 'sites:changed' }]);
  });
});

describe('a file that cannot be restored changes nothing', () => {
  async function refused(text: string) {
    await saveProfile({ givenName: 'Jean', eid: EID });
    await addSite({ origin: OTHER, carrierId: 'other', carrierName: 'Telco X' });
    const before = await local();
    const read = readBackup(text);
    expect(await local()).toEqual(before);
    if (read.ok) throw new Error('the file was accepted');
    // The detail names where, never a value.
    for (const secret of SECRETS) expect(read.detail).not.toContain(secret);
    return read;
  }

  test('not JSON', async () => {
    for (const text of ['', 'not json', '{"app": "resim",', '\u0000\u0001binary']) {
      expect((await refused(text)).problem, text).toBe('not-json');
    }
  });

  test('JSON that is no ReSIM backup', async () => {
    for (const value of [
      [],
      42,
      null,
      'resim',
      { app: 'bitwarden', kind: 'backup', version: 1 },
      { app: 'resim', kind: 'settings', version: 1 },
      { app: 'resim', version: 1 },
      { givenName: 'Marie', eid: EID },
    ]) {
      expect((await refused(JSON.stringify(value))).problem, JSON.stringify(value)).toBe('foreign');
    }
  });

  test('a file from a newer ReSIM, or with newer profiles', async () => {
    const newer = await refused(await fileWith({ version: 2 }));
    expect(newer).toMatchObject({ problem: 'newer' });
    expect(newer.detail).toContain('version 2');
    fakeBrowser.reset();
    const file = JSON.parse(await fileWith({}));
    file.profiles.version = PROFILE_VERSION + 1;
    expect(await refused(JSON.stringify(file))).toMatchObject({ problem: 'newer' });
  });

  test('a damaged profiles section: an invalid identifier, an unknown field, no profiles at all', async () => {
    const file = JSON.parse(await fileWith({}));
    const wrongEid = { ...file, profiles: structuredClone(file.profiles) };
    wrongEid.profiles.value.entries[0].eid = `${EID.slice(0, -1)}6`;
    const read = await refused(JSON.stringify(wrongEid));
    expect(read.problem).toBe('damaged');
    expect(read.detail).toContain('profiles');
    expect(read.detail).toContain('eid');
    expect(read.detail).not.toContain(`${EID.slice(0, -1)}6`);

    const unknown = { ...file, profiles: structuredClone(file.profiles) };
    unknown.profiles.value.entries[1].password = 'hunter2';
    expect(await refused(JSON.stringify(unknown))).toMatchObject({ problem: 'damaged' });

    for (const value of [null, [], 'text', { entries: 'none' }]) {
      const broken = { ...file, profiles: { version: PROFILE_VERSION, value } };
      expect((await refused(JSON.stringify(broken))).problem, JSON.stringify(value)).toBe('damaged');
    }
    expect((await refused(JSON.stringify({ ...file, profiles: undefined }))).problem).toBe('damaged');
  });

  test('a damaged site, request, code or switch', async () => {
    const file = JSON.parse(await fileWith({}));
    const cases: [Record<string, unknown>, string][] = [
      [{ sites: [{ ...file.sites[0], origin: 'http://help.wanderbyte-esim.com' }] }, 'sites[0].origin'],
      [{ sites: 'all of them' }, 'sites'],
      [{ requests: [{ ...file.requests[0], page: 'javascript:alert(1)' }] }, 'requests[0].page'],
      [{ requests: [{ id: 'x' }] }, 'requests[0]'],
      [{ codeHistory: { main: [{ code: '', replacedAt: 1 }] } }, 'codeHistory.main[0].code'],
      [
        { contacts: { other: [{ kind: 'email', value: 'not an address', addedAt: 1 }] } },
        'contacts.other[0]',
      ],
      [{ autofill: { 'opt-nc': 'off' } }, 'autofill'],
      [{ exportedAt: 'yesterday' }, 'exportedAt'],
    ];
    for (const [patch, where] of cases) {
      const read = await refused(JSON.stringify({ ...file, ...patch }));
      expect(read.problem, where).toBe('damaged');
      expect(read.detail, where).toContain(where);
    }
  });
});

describe('older profiles in a backup go through the same migrations as storage', () => {
  test('version 2: one profile becomes the first of the collection', async () => {
    const file = JSON.parse(await fileWith({}));
    file.profiles = {
      version: 2,
      value: { givenName: 'Marie', familyName: 'Wamytan', carrierId: 'opt-nc', eid: EID, reason: 'lost' },
    };
    const read = readBackup(JSON.stringify(file));
    if (!read.ok) throw new Error(read.detail);
    expect(read.backup.profiles.entries).toHaveLength(1);
    expect(read.backup.profiles.entries[0]!.profile).toMatchObject({ givenName: 'Marie', eid: EID });
    await applyBackup(read.backup);
    expect((await loadProfiles()).entries[0]!.profile).toMatchObject({ familyName: 'Wamytan', eid: EID });
  });

  test("version 1: the prototype's free name, carrier and reason are mapped", async () => {
    const file = JSON.parse(await fileWith({}));
    file.profiles = {
      version: 1,
      value: {
        name: 'Marie Wamytan',
        carrier: 'OPT-NC',
        reason: 'Phone stolen',
        eid: EID,
        imei: 490154203237518,
      },
    };
    const read = readBackup(JSON.stringify(file));
    if (!read.ok) throw new Error(read.detail);
    expect(read.backup.profiles.entries[0]!.profile).toMatchObject({
      givenName: 'Marie',
      familyName: 'Wamytan',
      carrierId: 'opt-nc',
      reason: 'lost',
      eid: EID,
      imei: IMEI,
    });
  });
});

describe('what will be replaced', () => {
  test('names profiles and sites and counts the rest, with no identifier anywhere', async () => {
    await fill();
    const incoming = await snapshot();
    fakeBrowser.reset();
    await saveProfile({ givenName: 'Jean', familyName: 'Kaou', carrierId: 'opt-nc', eid: EID });
    await addSite({ origin: OTHER, carrierId: 'other', carrierName: 'Telco X' });
    const replacement = summarizeReplacement(await snapshot(), incoming);
    expect(replacement).toEqual({
      current: {
        profiles: ['OPT-NC (Mobilis / Helia) · Jean Kaou'],
        sites: ['support.example.com'],
        requests: 0,
        codes: 0,
        contacts: 0,
      },
      incoming: {
        profiles: ['Work phone', 'Travel eSIM'],
        sites: ['help.wanderbyte-esim.com'],
        requests: 1,
        codes: 1,
        contacts: 1,
      },
    });
    const text = JSON.stringify(replacement);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  test('an empty store has nothing to lose; a readable file says the same in its summary', async () => {
    const empty = await snapshot();
    const read = readBackup(await fileWith({}));
    if (!read.ok) throw new Error(read.detail);
    expect(summarizeReplacement(empty, read.backup).current).toEqual({
      profiles: [],
      sites: [],
      requests: 0,
      codes: 0,
      contacts: 0,
    });
    expect(read.summary).toEqual(summarizeReplacement(empty, read.backup).incoming);
  });
});

describe('delete all my data', () => {
  test('clears local and session storage, gives back each site, tells the background, cancels alarms', async () => {
    await fill();
    await addSite({ origin: OTHER, carrierId: 'other', carrierName: 'Telco X' });
    await fakeBrowser.storage.session.set({ tabReports: { 7: [] }, pendingConfirm: { 7: [] } });
    await fakeBrowser.storage.local.set({ someFutureItem: 1 });

    await deleteAllData();
    expect(await local()).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(removed.sort()).toEqual([`${SUPPORT}/*`, `${OTHER}/*`].sort());
    expect(sent).toEqual([{ type: 'sites:changed' }]);
    expect(clearAlarms).toHaveBeenCalledOnce();

    const { entries } = await loadProfiles();
    expect(entries.map((entry) => entry.profile.givenName)).toEqual(['']);
    expect(await loadSites()).toEqual([]);
    expect(await loadRequests()).toEqual([]);
  });

  test('a site whose access the browser will not give back does not stop the rest', async () => {
    await fill();
    Object.assign(fakeBrowser, {
      permissions: {
        remove: async () => {
          throw new Error('cannot remove');
        },
      },
    });
    await deleteAllData();
    expect(await local()).toEqual({});
    expect(sent).toEqual([{ type: 'sites:changed' }]);
  });
});
