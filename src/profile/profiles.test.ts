import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateProfileV2toV3, newProfileId, profileTitle } from './collection';
import { emptyProfile, type Profile } from './schema';
import {
  addProfile,
  clearProfiles,
  discardQuarantine,
  loadDraft,
  loadProfile,
  loadProfiles,
  loadQuarantine,
  migrateStoredProfiles,
  PROFILE_VERSION,
  removeProfile,
  renameProfile,
  replaceProfiles,
  restoreQuarantine,
  saveDraft,
  saveProfile,
  selectProfile,
} from './storage';

// Several profiles in one versioned item: { entries: [{ id, label, ...fields }], selectedId }.

const EID = '89049032123451234512345678901235';
const EID_TYPO = '89049032123451234512345678901234';
const IMEI = '354178036859789';

const local = fakeBrowser.storage.local;
const stored = async (key: string) => (await local.get(key))[key];
const profile = (fields: Partial<Profile>): Profile => ({ ...emptyProfile(), ...fields });

/** A profile as version 2 stored it, typed as the person typed it (e2e's PROFILES.optNc). */
const V2_OPT = {
  givenName: 'Marie-Hélène',
  familyName: 'Wamytan',
  email: 'mh.wamytan@lagoon.nc',
  phone: '+687 75.12.34',
  carrierId: 'opt-nc',
  carrierOtherName: '',
  deviceModel: 'iPhone 15 Pro',
  orderNumber: '',
  activationCode: '',
  imei: '35-417803-685978-9',
  eid: '8904 9032 1234 5123 4512 3456 7890 1235',
  iccid: '8968700123456789018',
  reason: 'lost',
  notes: 'Téléphone volé le 3 mars à Nouméa.',
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('migration from version 2 (one profile) to 3 (a collection)', () => {
  it('makes the single profile the first entry, id "main", no label, selected; nothing lost', async () => {
    await local.set({ profile: V2_OPT, profile$: { v: 2 } });
    const { entries, selectedId, quarantine } = await loadProfiles();
    expect(quarantine).toBeNull();
    expect(selectedId).toBe('main');
    expect(entries).toEqual([
      {
        id: 'main',
        label: '',
        profile: {
          ...V2_OPT,
          phone: '+687 75.12.34',
          imei: IMEI,
          eid: EID,
        },
      },
    ]);
    expect(await stored('profile$')).toEqual({ v: PROFILE_VERSION });
    expect(PROFILE_VERSION).toBe(3);
    const raw = (await stored('profile')) as { entries: unknown[]; selectedId: string };
    expect(raw.selectedId).toBe('main');
    expect(raw.entries).toEqual([{ id: 'main', label: '', ...entries[0]!.profile }]);
    // The existing API reads the selected profile.
    expect((await loadProfile()).profile).toEqual(entries[0]!.profile);
  });

  it("keeps the v2 draft as the migrated profile's draft", async () => {
    await local.set({
      profile: V2_OPT,
      profile$: { v: 2 },
      profileDraft: { familyName: 'Wamytan-Gope', eid: '8904' },
      profileDraft$: { v: 1 },
    });
    expect(await loadDraft()).toEqual({ familyName: 'Wamytan-Gope', eid: '8904' });
    expect(await loadDraft('main')).toEqual({ familyName: 'Wamytan-Gope', eid: '8904' });
    expect(await stored('profileDraft')).toBeUndefined();
    expect(await stored('profileDraft.main')).toEqual({ familyName: 'Wamytan-Gope', eid: '8904' });
  });

  it('never lets the old draft replace a newer one of the same profile', async () => {
    await local.set({ profileDraft: { givenName: 'old' }, 'profileDraft.main': { givenName: 'new' } });
    expect(await loadDraft('main')).toEqual({ givenName: 'new' });
  });

  it('sets a damaged v2 profile aside as found, tied to its profile, and keeps its readable fields', async () => {
    const damaged = { ...V2_OPT, eid: EID_TYPO, email: 42, passport: 'X1' };
    await local.set({ profile: damaged, profile$: { v: 2 } });
    const { entries, quarantine } = await loadProfiles();
    expect(entries[0]?.profile).toMatchObject({ givenName: 'Marie-Hélène', eid: '', email: '' });
    expect(quarantine).toMatchObject({ raw: damaged, profileId: 'main' });
    expect(quarantine?.reason).toBe('unreadable or invalid fields: email, eid; unknown fields: passport');
    // Invalid identifiers are never stored as valid.
    expect(JSON.stringify(await stored('profile'))).not.toContain(EID_TYPO);
    const draft = await restoreQuarantine();
    expect(draft).toMatchObject({ eid: EID_TYPO, email: '42' });
    expect(draft?.notes).toContain('Recovered data: {"passport":"X1"}');
    expect(await loadQuarantine()).toBeNull();
  });

  it('is idempotent: a collection passes through, and so does what is not a profile', () => {
    const collection = { entries: [{ id: 'main', label: '' }], selectedId: 'main' };
    expect(migrateProfileV2toV3(collection)).toBe(collection);
    expect(migrateProfileV2toV3('garbage')).toBe('garbage');
    expect(migrateProfileV2toV3(null)).toBeNull();
  });
});

describe('several profiles', () => {
  it('starts with one empty profile, "main", selected', async () => {
    expect(await loadProfiles()).toEqual({
      entries: [{ id: 'main', label: '', profile: emptyProfile() }],
      selectedId: 'main',
      quarantine: null,
    });
  });

  it('adds, names, selects, saves into and removes profiles', async () => {
    await saveProfile(profile({ givenName: 'Marie', carrierId: 'opt-nc' }));
    const travel = await addProfile('  Travel eSIM  ');
    expect(travel).toMatch(/^p-[a-z0-9]+$/);
    let loaded = await loadProfiles();
    expect(loaded.entries.map((entry) => [entry.id, entry.label])).toEqual([
      ['main', ''],
      [travel, 'Travel eSIM'],
    ]);
    // Added, not selected: the popup selects it.
    expect(loaded.selectedId).toBe('main');
    await selectProfile(travel);
    const { saved } = await saveProfile(profile({ givenName: 'Marie', carrierId: 'airalo', eid: EID }));
    expect(saved).toMatchObject({ carrierId: 'airalo', eid: EID });
    expect((await loadProfile()).profile.carrierId).toBe('airalo');
    expect((await loadProfile('main')).profile.carrierId).toBe('opt-nc');

    await saveProfile({ deviceModel: 'Pixel 8' }, { id: 'main' });
    expect((await loadProfile('main')).profile).toMatchObject({ givenName: 'Marie', deviceModel: 'Pixel 8' });
    expect((await loadProfile(travel)).profile.deviceModel).toBe('');

    await renameProfile('main', 'OPT line');
    loaded = await loadProfiles();
    expect(loaded.entries[0]?.label).toBe('OPT line');
    await renameProfile('main', '');
    expect((await loadProfiles()).entries[0]?.label).toBe('');

    // Removing the selected profile selects the first one left.
    await removeProfile(travel);
    loaded = await loadProfiles();
    expect(loaded.entries.map((entry) => entry.id)).toEqual(['main']);
    expect(loaded.selectedId).toBe('main');
  });

  it('never leaves zero profiles: removing the last one empties it', async () => {
    await saveProfile(profile({ givenName: 'Marie', eid: EID }));
    await renameProfile('main', 'Mine');
    await saveDraft({ familyName: 'W' });
    await removeProfile('main');
    expect(await loadProfiles()).toMatchObject({
      entries: [{ id: 'main', label: '', profile: emptyProfile() }],
      selectedId: 'main',
    });
    expect(await loadDraft()).toBeNull();
  });

  it('never stores an invalid identifier in any profile', async () => {
    const second = await addProfile();
    const { rejected, saved } = await saveProfile({ eid: EID_TYPO, givenName: 'Ana' }, { id: second });
    expect(rejected).toEqual(['eid']);
    expect(saved).toMatchObject({ givenName: 'Ana', eid: '' });
    expect(JSON.stringify(await stored('profile'))).not.toContain(EID_TYPO);
  });

  it('refuses to save into or select a profile that is not there', async () => {
    await expect(saveProfile({ givenName: 'x' }, { id: 'p-gone' })).rejects.toThrow(/no profile/);
    await expect(selectProfile('p-gone')).rejects.toThrow(/no profile/);
    expect((await loadProfile('p-gone')).profile).toEqual(emptyProfile());
    await removeProfile('p-gone');
    await renameProfile('p-gone', 'x');
    expect((await loadProfiles()).entries).toHaveLength(1);
  });

  it('keeps a draft per profile', async () => {
    const second = await addProfile();
    await saveDraft({ givenName: 'Jean ' }, 'main');
    await saveDraft({ givenName: 'Ana', eid: '8904' }, second);
    expect(await loadDraft('main')).toEqual({ givenName: 'Jean ' });
    expect(await loadDraft(second)).toEqual({ givenName: 'Ana', eid: '8904' });
    await selectProfile(second);
    expect(await loadDraft()).toEqual({ givenName: 'Ana', eid: '8904' });
    // One item per profile: a keystroke is one write, without reading first.
    expect(await stored('profileDraft.main')).toEqual({ givenName: 'Jean ' });
    expect(await stored(`profileDraft.${second}`)).toEqual({ givenName: 'Ana', eid: '8904' });
    await removeProfile(second);
    expect(await loadDraft(second)).toBeNull();
    expect(await loadDraft('main')).toEqual({ givenName: 'Jean ' });
  });

  it('keeps the order of quick edits (each waits for the one before)', async () => {
    const ids = await Promise.all([addProfile('a'), addProfile('b'), addProfile('c')]);
    await Promise.all(ids.map((id, index) => saveProfile({ givenName: `n${index}` }, { id })));
    const { entries } = await loadProfiles();
    expect(entries.map((entry) => entry.label)).toEqual(['', 'a', 'b', 'c']);
    expect(entries.slice(1).map((entry) => entry.profile.givenName)).toEqual(['n0', 'n1', 'n2']);
  });
});

describe('a damaged collection', () => {
  it('quarantines only the damaged profile, and restore brings it back into that profile', async () => {
    await local.set({
      profile: {
        entries: [
          { id: 'main', label: 'OPT', ...profile({ givenName: 'Marie', carrierId: 'opt-nc' }) },
          {
            id: 'p-travel',
            label: 'Travel',
            givenName: 'Marie',
            carrierId: 'airalo',
            eid: EID_TYPO,
            imei: 7,
          },
        ],
        selectedId: 'main',
      },
      profile$: { v: 3 },
    });
    const { entries, quarantine } = await loadProfiles();
    expect(entries.map((entry) => [entry.id, entry.label, entry.profile.givenName])).toEqual([
      ['main', 'OPT', 'Marie'],
      ['p-travel', 'Travel', 'Marie'],
    ]);
    expect(entries[1]?.profile).toMatchObject({ carrierId: 'airalo', eid: '', imei: '' });
    expect(quarantine).toMatchObject({
      raw: { givenName: 'Marie', carrierId: 'airalo', eid: EID_TYPO, imei: 7 },
      profileId: 'p-travel',
      reason: 'unreadable or invalid fields: imei, eid',
    });

    const draft = await restoreQuarantine();
    expect(draft).toMatchObject({ eid: EID_TYPO, imei: '7', carrierId: 'airalo' });
    // The profile it belongs to is selected, with the draft.
    expect((await loadProfiles()).selectedId).toBe('p-travel');
    expect(await loadDraft('p-travel')).toEqual(draft);
    expect(await loadDraft('main')).toBeNull();
  });

  it('sets aside an entry that is not a profile, gives duplicate or unreadable ids new ones, repairs the selection', async () => {
    await local.set({
      profile: {
        entries: [
          'garbage',
          { id: 'main', givenName: 'A' },
          { id: 'main', givenName: 'B' },
          { id: 42, givenName: 'C' },
        ],
        selectedId: 'p-nowhere',
        colour: 'blue',
      },
      profile$: { v: 3 },
    });
    const { entries, selectedId, quarantine } = await loadProfiles();
    expect(entries.map((entry) => entry.profile.givenName)).toEqual(['A', 'B', 'C']);
    expect(entries[0]?.id).toBe('main');
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(3);
    expect(selectedId).toBe('main');
    // Newest first: the unknown collection field, the unreadable id, the entry that was no profile.
    expect(quarantine).toMatchObject({
      raw: { colour: 'blue' },
      reason: 'unknown fields: colour',
      earlier: {
        raw: { id: 42, givenName: 'C' },
        reason: 'unreadable profile id',
        earlier: { raw: 'garbage', reason: 'stored profile is not an object' },
      },
    });
    // Written back readable: a second load sets nothing more aside.
    const again = await loadProfiles();
    expect(again.entries).toEqual(entries);
    expect(again.quarantine).toEqual(quarantine);
    await discardQuarantine();
    await discardQuarantine();
    await discardQuarantine();
    expect(await loadQuarantine()).toBeNull();
  });

  it('quarantines a collection written by a newer version whole, and uses what it can read', async () => {
    const raw = {
      entries: [{ id: 'main', label: '', givenName: 'Marie', hobby: 'surf' }],
      selectedId: 'main',
    };
    await local.set({ profile: raw, profile$: { v: PROFILE_VERSION + 1 } });
    const { entries, quarantine } = await loadProfiles();
    expect(entries[0]?.profile).toEqual(profile({ givenName: 'Marie' }));
    expect(quarantine?.raw).toEqual(raw);
    expect(quarantine?.reason).toMatch(/^could not upgrade stored data .*; unknown fields: hobby$/);
    expect(await stored('profile$')).toEqual({ v: PROFILE_VERSION });
    expect((await restoreQuarantine())?.notes).toBe('Recovered data: {"hobby":"surf"}');
  });
});

describe('migrateStoredProfiles (storage and backups)', () => {
  it('reads a value of any version into a collection', () => {
    const v1 = migrateStoredProfiles({ name: 'Jean Dupont', carrier: 'Mobilis', eid: EID });
    expect(v1.setAside).toEqual([]);
    expect(v1.collection.entries[0]?.profile).toMatchObject({
      givenName: 'Jean',
      familyName: 'Dupont',
      carrierId: 'opt-nc',
      eid: EID,
    });
    const v2 = migrateStoredProfiles(V2_OPT);
    expect(v2.collection.entries).toHaveLength(1);
    expect(v2.collection.entries[0]?.id).toBe('main');
    const v3 = migrateStoredProfiles({
      entries: [
        { id: 'main', label: 'A', givenName: 'A' },
        { id: 'p-b', label: 'B', givenName: 'B', eid: EID_TYPO },
      ],
      selectedId: 'p-b',
    });
    expect(v3.collection.selectedId).toBe('p-b');
    expect(v3.collection.entries.map((entry) => entry.label)).toEqual(['A', 'B']);
    expect(v3.setAside).toEqual([
      {
        raw: { givenName: 'B', eid: EID_TYPO },
        reason: 'unreadable or invalid fields: eid',
        profileId: 'p-b',
      },
    ]);
  });

  it('gives an empty collection and sets aside what is no profile at all', () => {
    expect(migrateStoredProfiles(42)).toEqual({
      collection: { entries: [{ id: 'main', label: '', profile: emptyProfile() }], selectedId: 'main' },
      setAside: [{ raw: 42, reason: 'stored profile is not an object' }],
    });
    expect(migrateStoredProfiles({ entries: [], selectedId: 'x' }).collection.entries).toHaveLength(1);
  });
});

describe('replaceProfiles and clearProfiles (backup, erase)', () => {
  it('replaces every profile, reading them as stored data is read, and drops the old drafts', async () => {
    await saveProfile(profile({ givenName: 'Old' }));
    await saveDraft({ familyName: 'typing' });
    const read = await replaceProfiles({
      entries: [
        { id: 'main', label: 'Phone', profile: profile({ givenName: 'New', carrierId: 'opt-nc' }) },
        { id: 'p-2', label: 'Travel', profile: profile({ carrierId: 'airalo', eid: EID_TYPO }) },
      ],
      selectedId: 'p-2',
    });
    expect(read.setAside).toHaveLength(1);
    const loaded = await loadProfiles();
    expect(loaded.selectedId).toBe('p-2');
    expect(loaded.entries.map((entry) => [entry.id, entry.label, entry.profile.givenName])).toEqual([
      ['main', 'Phone', 'New'],
      ['p-2', 'Travel', ''],
    ]);
    expect(loaded.entries[1]?.profile.eid).toBe('');
    expect(loaded.quarantine).toMatchObject({ profileId: 'p-2', raw: { eid: EID_TYPO } });
    expect(await loadDraft('main')).toBeNull();
  });

  it('erases profiles, drafts and quarantine', async () => {
    await local.set({ profile: { givenName: 'A', eid: EID_TYPO }, profile$: { v: 2 } });
    await loadProfiles();
    await saveDraft({ givenName: 'B' });
    await clearProfiles();
    expect(await loadProfiles()).toEqual({
      entries: [{ id: 'main', label: '', profile: emptyProfile() }],
      selectedId: 'main',
      quarantine: null,
    });
    expect(await stored('profile')).toBeUndefined();
    expect(await stored('profileDraft.main')).toBeUndefined();
    expect(await stored('profileQuarantine')).toBeUndefined();
  });
});

describe('names and ids', () => {
  it('titles a profile by its label, else its carrier and person', () => {
    expect(profileTitle({ label: ' Work ', profile: profile({ carrierId: 'airalo' }) })).toBe('Work');
    expect(
      profileTitle({
        label: '',
        profile: profile({ carrierId: 'airalo', givenName: 'Marie', familyName: 'W' }),
      }),
    ).toBe('Airalo · Marie W');
    expect(
      profileTitle({ label: '', profile: profile({ carrierId: 'other', carrierOtherName: 'Vodafone' }) }),
    ).toBe('Vodafone');
    expect(profileTitle({ label: '', profile: emptyProfile() })).toBe('');
  });

  it('makes ids that are new', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const id = newProfileId(taken);
      expect(taken.has(id)).toBe(false);
      taken.add(id);
    }
  });
});
