import { describe, expect, test } from 'vitest';
import { PROFILE_MAX_LENGTH, readProfileFields } from './profile-shape';
import { readAutofillSwitches, readProfilesForFill } from './read-profiles';
import { emptyProfile, PROFILE_KEYS, profileSchema } from './schema';

describe('profile shape', () => {
  test('lists the schema fields and their limits', () => {
    expect([...Object.keys(PROFILE_MAX_LENGTH), 'reason'].sort()).toEqual([...PROFILE_KEYS].sort());
    for (const [key, max] of Object.entries(PROFILE_MAX_LENGTH)) {
      const shape = profileSchema.shape[key as keyof typeof PROFILE_MAX_LENGTH];
      expect(shape.safeParse('x'.repeat(max)).success, key).toBe(true);
      expect(shape.safeParse('x'.repeat(max + 1)).success, key).toBe(false);
    }
  });

  test('reads fields as the schema does; wrong types and lengths read as empty', () => {
    expect(readProfileFields({})).toEqual(emptyProfile());
    const read = readProfileFields({
      givenName: ' Marie ',
      notes: ' keep ',
      phone: 751234,
      reason: 'lost',
      eid: 'x'.repeat(61),
    });
    expect(read).toEqual({ ...emptyProfile(), givenName: 'Marie', notes: ' keep ', reason: 'lost' });
    expect(readProfileFields({ reason: 'because' }).reason).toBe('');
  });
});

describe('readProfilesForFill (the background, no schema library)', () => {
  test('a collection (version 3)', () => {
    const read = readProfilesForFill({
      entries: [
        { id: 'main', label: '', givenName: 'Marie', carrierId: 'opt-nc' },
        { id: 'p-1', label: ' Travel ', carrierId: 'airalo' },
        { id: 'p-1', label: 'duplicate', carrierId: 'orange' },
        { id: 'bad id!', carrierId: 'orange' },
        'nonsense',
      ],
      selectedId: 'p-1',
    });
    expect(read.selectedId).toBe('p-1');
    expect(read.entries.map((entry) => [entry.id, entry.label, entry.profile.carrierId])).toEqual([
      ['main', '', 'opt-nc'],
      ['p-1', 'Travel', 'airalo'],
    ]);
  });

  test('one profile (version 2) is profile main; the prototype shape (version 1) is migrated', () => {
    expect(readProfilesForFill({ givenName: 'Marie', carrierId: 'opt-nc' })).toMatchObject({
      selectedId: 'main',
      entries: [{ id: 'main', profile: { givenName: 'Marie', carrierId: 'opt-nc' } }],
    });
    expect(
      readProfilesForFill({ name: 'Marie Wamytan', carrier: 'OPT-NC' }).entries[0]?.profile,
    ).toMatchObject({
      givenName: 'Marie',
      familyName: 'Wamytan',
      carrierId: 'opt-nc',
    });
  });

  test('nothing stored, or nothing readable: one empty profile', () => {
    for (const raw of [undefined, null, 'x', { entries: [] }]) {
      expect(readProfilesForFill(raw)).toEqual({
        entries: [{ id: 'main', label: '', profile: emptyProfile() }],
        selectedId: 'main',
      });
    }
  });

  test('automatic-fill switches: only booleans', () => {
    expect(readAutofillSwitches({ 'opt-nc': false, airalo: 'no' })).toEqual({ 'opt-nc': false });
    expect(readAutofillSwitches([])).toEqual({});
  });
});
