import { describe, expect, it } from 'vitest';
import { migrateProfileV1toV2, splitName } from './migrations';

describe('splitName', () => {
  it.each([
    ['Jean Dupont', 'Jean', 'Dupont'],
    ['  Jean   Pierre  Dupont ', 'Jean Pierre', 'Dupont'],
    ['Marie de la Fontaine', 'Marie', 'de la Fontaine'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Dupont, Jean', 'Jean', 'Dupont'],
    ['DUPONT Jean', 'Jean', 'DUPONT'],
    ['LE GOFF Anne Marie', 'Anne Marie', 'LE GOFF'],
    ['J. Dupont', 'J.', 'Dupont'],
    ['王 小明', '小明', '王'],
  ])('%s → given %s, family %s', (name, givenName, familyName) => {
    expect(splitName(name)).toEqual({ givenName, familyName });
  });

  it.each(['Madonna', '王小明', ''])('keeps %j whole in givenName when it cannot split', (name) => {
    expect(splitName(name)).toEqual({ givenName: name, familyName: '' });
  });

  it('never loses a word', () => {
    for (const name of ['Anne-Sophie de Villiers', 'MARTIN Paul-Henri', 'Tūī Ngata', 'a b c d e']) {
      const { givenName, familyName } = splitName(name);
      expect([...givenName.split(' '), ...familyName.split(' ')].sort()).toEqual(name.split(' ').sort());
    }
  });
});

describe('migrateProfileV1toV2', () => {
  it('maps carrier names, brands and domains to registry ids', () => {
    const carrierId = (carrier: string) =>
      (migrateProfileV1toV2({ name: '', carrier }) as Record<string, unknown>).carrierId;
    expect(carrierId('Mobilis')).toBe('opt-nc');
    expect(carrierId('opt nc')).toBe('opt-nc');
    expect(carrierId('AIRALO')).toBe('airalo');
    expect(carrierId('esim go')).toBe('esim-go');
    expect(carrierId('holafly.com')).toBe('holafly');
  });

  it('keeps an unknown carrier as "other" with its name', () => {
    expect(migrateProfileV1toV2({ carrier: ' Vodafone NZ ' })).toEqual({
      carrierId: 'other',
      carrierOtherName: 'Vodafone NZ',
    });
  });

  it('maps free-text reasons and keeps any extra words in the notes', () => {
    expect(migrateProfileV1toV2({ name: 'A', reason: 'Stolen' })).toMatchObject({ reason: 'lost' });
    expect(migrateProfileV1toV2({ name: 'A', reason: 'lost' })).toEqual({
      givenName: 'A',
      familyName: '',
      reason: 'lost',
    });
    expect(
      migrateProfileV1toV2({ name: 'A', reason: 'Téléphone perdu au marché', notes: 'Call me' }),
    ).toMatchObject({
      reason: 'lost',
      notes: 'Call me\nReason: Téléphone perdu au marché',
    });
    expect(migrateProfileV1toV2({ name: 'A', reason: 'Upgrade to a new plan' })).toMatchObject({
      reason: 'other',
      notes: 'Reason: Upgrade to a new plan',
    });
  });

  it('turns identifiers saved as numbers into text', () => {
    expect(migrateProfileV1toV2({ name: 'A', imei: 490154203237518 })).toMatchObject({
      imei: '490154203237518',
    });
  });

  it('passes values that are not v1 through unchanged (so a second run is harmless)', () => {
    const v2 = { givenName: 'Jean', familyName: 'Dupont', carrierId: 'opt-nc' };
    expect(migrateProfileV1toV2(v2)).toBe(v2);
    expect(migrateProfileV1toV2('garbage')).toBe('garbage');
    expect(migrateProfileV1toV2(null)).toBe(null);
    expect(migrateProfileV1toV2([1, 2])).toEqual([1, 2]);
  });
});
