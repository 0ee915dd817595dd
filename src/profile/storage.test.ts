import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProfile, type Profile } from './schema';
import {
  clearDraft,
  discardQuarantine,
  isAutofillEnabled,
  loadDraft,
  loadProfile,
  loadQuarantine,
  PROFILE_VERSION,
  restoreQuarantine,
  saveDraft,
  saveProfile,
  setAutofillEnabled,
} from './storage';

const EID = '89049032123451234512345678901235';
const EID_TYPO = '89049032123451234512345678901234';
const IMEI = '354178036859789';

const local = fakeBrowser.storage.local;
const stored = async (key: string) => (await local.get(key))[key];
const profile = (fields: Partial<Profile>): Profile => ({ ...emptyProfile(), ...fields });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('saveProfile / loadProfile', () => {
  it('starts empty, with nothing in quarantine', async () => {
    expect(await loadProfile()).toEqual({ profile: emptyProfile(), quarantine: null });
  });

  it('stores identifiers normalised and reads them back, marked with the current version', async () => {
    const { saved, rejected } = await saveProfile(
      profile({
        givenName: 'Marie',
        phone: '75.12.34',
        imei: '35-417803-685978-9',
        eid: `${EID.slice(0, 16)} ${EID.slice(16)}`,
        activationCode: 'lpa:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815',
      }),
    );
    expect(rejected).toEqual([]);
    expect(saved).toMatchObject({
      givenName: 'Marie',
      // The phone as the person wrote it: pages get it formatted (toFillData).
      phone: '75.12.34',
      imei: IMEI,
      eid: EID,
      activationCode: 'LPA:1$smdp.gsma.com$04386-AGYFT-A74Y8-3F815',
    });
    expect((await loadProfile()).profile).toEqual(saved);
    expect(await stored('profile$')).toEqual({ v: PROFILE_VERSION });
  });

  it('never stores an invalid EID or IMEI: keeps the saved one, stores the valid fields, reports the key', async () => {
    await saveProfile(profile({ givenName: 'Marie', eid: EID }));
    const { saved, rejected } = await saveProfile(
      profile({ givenName: 'Marie-Claire', familyName: 'Wamytan', eid: EID_TYPO, imei: '490154203237519' }),
    );
    expect(rejected).toEqual(['imei', 'eid']);
    expect(saved).toMatchObject({ givenName: 'Marie-Claire', familyName: 'Wamytan', eid: EID, imei: '' });
    const { profile: reloaded } = await loadProfile();
    expect(reloaded.eid).toBe(EID);
    expect(reloaded.imei).toBe('');
    expect(JSON.stringify(await stored('profile'))).not.toContain(EID_TYPO);
  });

  it('clears a field saved empty and keeps a field left out of the candidate', async () => {
    await saveProfile(profile({ givenName: 'Marie', imei: IMEI }));
    await saveProfile({ imei: '' });
    expect((await loadProfile()).profile).toMatchObject({ givenName: 'Marie', imei: '' });
  });
});

describe('migration from version 1', () => {
  const v1 = {
    name: 'Jean-Pierre de la Fontaine',
    carrier: 'Mobilis',
    email: 'jp@example.nc',
    phone: '75 12 34',
    deviceModel: 'iPhone 15',
    orderNumber: 'A-1234',
    activationCode: 'LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815',
    imei: 354178036859789,
    eid: EID,
    iccid: '8968 7001 2345 6789 018',
    reason: 'Téléphone volé au marché',
    notes: 'Call after 5pm',
  };

  it.each([
    ['with a v1 mark', { profile$: { v: 1 } }],
    ['with no version mark (the prototype wrote none)', {}],
  ])('upgrades the prototype shape without losing anything (%s)', async (_, meta) => {
    await local.set({ profile: v1, ...meta });
    const { profile: upgraded, quarantine } = await loadProfile();
    expect(quarantine).toBeNull();
    expect(upgraded).toEqual({
      givenName: 'Jean-Pierre',
      familyName: 'de la Fontaine',
      email: 'jp@example.nc',
      phone: '75 12 34',
      carrierId: 'opt-nc',
      carrierOtherName: '',
      deviceModel: 'iPhone 15',
      orderNumber: 'A-1234',
      activationCode: 'LPA:1$smdp.gsma.com$04386-AGYFT-A74Y8-3F815',
      imei: IMEI,
      eid: EID,
      iccid: '8968700123456789018',
      reason: 'lost',
      notes: 'Call after 5pm\nReason: Téléphone volé au marché',
    });
    expect(await stored('profile$')).toEqual({ v: PROFILE_VERSION });
    // Stored in the new shape: a second load changes nothing.
    expect(await loadProfile()).toEqual({ profile: upgraded, quarantine: null });
  });

  it('keeps an unknown carrier by name', async () => {
    await local.set({ profile: { name: 'Ana', carrier: 'Vodafone NZ' }, profile$: { v: 1 } });
    expect((await loadProfile()).profile).toMatchObject({
      carrierId: 'other',
      carrierOtherName: 'Vodafone NZ',
    });
  });

  it('sets aside a v1 identifier that never was valid instead of storing it as valid', async () => {
    await local.set({ profile: { name: 'Ana', eid: EID_TYPO }, profile$: { v: 1 } });
    const { profile: upgraded, quarantine } = await loadProfile();
    expect(upgraded).toMatchObject({ givenName: 'Ana', eid: '' });
    expect(quarantine?.raw).toMatchObject({ eid: EID_TYPO });
    expect(await restoreQuarantine()).toMatchObject({ givenName: 'Ana', eid: EID_TYPO });
  });
});

describe('corrupt storage → quarantine', () => {
  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['true', true],
  ])('keeps %s aside whole and starts from an empty profile', async (_, raw) => {
    await local.set({ profile: raw, profile$: { v: 2 } });
    const { profile: loaded, quarantine } = await loadProfile();
    expect(loaded).toEqual(emptyProfile());
    expect(quarantine).toMatchObject({ raw, reason: 'stored profile is not an object' });
    expect(typeof quarantine?.at).toBe('number');
    // The damaged value is replaced by a readable profile, so it is quarantined once only.
    expect(await stored('profile')).toEqual({
      entries: [{ id: 'main', label: '', ...emptyProfile() }],
      selectedId: 'main',
    });
    expect((await loadProfile()).quarantine).toEqual(quarantine);
  });

  it('salvages the fields of the right type and quarantines the whole original', async () => {
    const raw = {
      givenName: 'Marie',
      email: 42,
      imei: { digits: IMEI },
      eid: EID,
      reason: 'stolen',
      extra: 'x',
    };
    await local.set({ profile: raw, profile$: { v: 2 } });
    const { profile: loaded, quarantine } = await loadProfile();
    expect(loaded).toEqual(profile({ givenName: 'Marie', eid: EID }));
    expect(quarantine?.raw).toEqual(raw);
    expect(quarantine?.reason).toBe(
      'unreadable or invalid fields: email, imei, reason; unknown fields: extra',
    );
    expect(quarantine?.reason).not.toContain(EID);
  });

  it('quarantines data written by a newer version instead of dropping it', async () => {
    const raw = { givenName: 'Marie', passport: 'X123' };
    await local.set({ profile: raw, profile$: { v: PROFILE_VERSION + 1 } });
    const { profile: loaded, quarantine } = await loadProfile();
    expect(loaded).toEqual(profile({ givenName: 'Marie' }));
    expect(quarantine?.raw).toEqual(raw);
    expect(quarantine?.reason).toMatch(/could not upgrade/);
    expect(await stored('profile$')).toEqual({ v: PROFILE_VERSION });
  });

  it('restore puts the set-aside values back as a draft to correct, over the saved profile', async () => {
    await saveProfile(profile({ givenName: 'Marie', familyName: 'Wamytan' }));
    await local.set({
      profile: { givenName: 'Marie', familyName: 42, eid: EID_TYPO, imei: { digits: IMEI }, odd: [1] },
    });
    await loadProfile();
    const draft = await restoreQuarantine();
    expect(draft).toMatchObject({ givenName: 'Marie', familyName: '42', eid: EID_TYPO });
    expect(draft?.notes).toContain(`Recovered data: {"imei":{"digits":"${IMEI}"},"odd":[1]}`);
    expect(await loadDraft()).toEqual(draft);
    expect(await loadQuarantine()).toBeNull();
  });

  it('restore brings back a valid reason as the reason, not as leftover notes', async () => {
    await local.set({ profile: { reason: 'damaged', eid: EID_TYPO } });
    await loadProfile();
    expect(await restoreQuarantine()).toEqual({ ...emptyProfile(), reason: 'damaged', eid: EID_TYPO });
  });

  it('keeps the quarantine when the draft cannot hold all of it', async () => {
    await local.set({ profile: { givenName: 'Marie', blob: 'x'.repeat(20_000) } });
    await loadProfile();
    const draft = await restoreQuarantine();
    expect(draft).toMatchObject({ givenName: 'Marie' });
    expect((await loadQuarantine())?.raw).toMatchObject({ blob: 'x'.repeat(20_000) });
  });

  it('restore of a non-object keeps it in the notes', async () => {
    await local.set({ profile: 'garbage' });
    await loadProfile();
    expect((await restoreQuarantine())?.notes).toBe('Recovered data: {"data":"garbage"}');
  });

  it('discard deletes the newest quarantine and keeps older ones waiting', async () => {
    await local.set({ profile: 'first' });
    await loadProfile();
    await local.set({ profile: 'second' });
    const { quarantine } = await loadProfile();
    expect(quarantine).toMatchObject({ raw: 'second', earlier: { raw: 'first' } });
    expect(await discardQuarantine()).toMatchObject({ raw: 'first' });
    expect(await discardQuarantine()).toBeNull();
    expect(await loadQuarantine()).toBeNull();
    expect(await restoreQuarantine()).toBeNull();
  });

  it('keeps a damaged quarantine record itself as raw data', async () => {
    await local.set({ profileQuarantine: 'not a record' });
    expect(await loadQuarantine()).toMatchObject({
      raw: 'not a record',
      reason: 'quarantine record unreadable',
    });
  });
});

describe('draft', () => {
  it('keeps exactly what was typed, including spaces and invalid values', async () => {
    await saveDraft({ givenName: 'Jean ', eid: '8904 9032', reason: 'lost' });
    expect(await loadDraft()).toEqual({ givenName: 'Jean ', eid: '8904 9032', reason: 'lost' });
    await clearDraft();
    expect(await loadDraft()).toBeNull();
  });

  it('reads what it can from a damaged draft', async () => {
    await local.set({ profileDraft: { givenName: 'Jean', eid: 12, reason: 'bogus' } });
    expect(await loadDraft()).toEqual({ givenName: 'Jean' });
    await local.set({ 'profileDraft.main': 'garbage' });
    expect(await loadDraft()).toBeNull();
  });
});

describe('automatic fill switch', () => {
  it('is on by default and remembered per carrier', async () => {
    expect(await isAutofillEnabled('opt-nc')).toBe(true);
    await setAutofillEnabled('opt-nc', false);
    expect(await isAutofillEnabled('opt-nc')).toBe(false);
    expect(await isAutofillEnabled('airalo')).toBe(true);
    await setAutofillEnabled('opt-nc', true);
    expect(await isAutofillEnabled('opt-nc')).toBe(true);
  });

  it('survives a damaged record, keeping the readable switches', async () => {
    await local.set({ autofill: { 'opt-nc': false, airalo: 'no' } });
    expect(await isAutofillEnabled('opt-nc')).toBe(false);
    expect(await isAutofillEnabled('airalo')).toBe(true);
    await local.set({ autofill: 'garbage' });
    expect(await isAutofillEnabled('opt-nc')).toBe(true);
    await setAutofillEnabled('airalo', false);
    expect(await stored('autofill')).toEqual({ airalo: false });
  });
});
