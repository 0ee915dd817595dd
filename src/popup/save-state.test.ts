import { describe, expect, test } from 'vitest';
import { emptyProfile, type Profile } from '../profile/schema';
import { type SaveStateInput, saveState } from './save-state';

const saved: Profile = { ...emptyProfile(), givenName: 'Marie' };
const input = (over: Partial<SaveStateInput>): SaveStateInput => ({
  loading: false,
  saving: false,
  failed: false,
  saved,
  form: saved,
  rejected: [],
  ...over,
});

describe('saveState', () => {
  test('loading and saving come first', () => {
    expect(saveState(input({ loading: true }))).toEqual({ kind: 'loading' });
    expect(saveState(input({ saving: true, form: { ...saved, eid: '1' } }))).toEqual({ kind: 'saving' });
  });

  test('"Saved" when the form is what is stored, "Nothing saved yet" when both are empty', () => {
    expect(saveState(input({}))).toEqual({ kind: 'saved' });
    expect(saveState(input({ saved: emptyProfile(), form: emptyProfile() }))).toEqual({ kind: 'nothing' });
  });

  test('"Unsaved changes" as soon as one field differs', () => {
    expect(saveState(input({ form: { ...saved, familyName: 'W' } }))).toEqual({ kind: 'unsaved' });
  });

  test('names the fields the last save refused while only they differ', () => {
    const form = { ...saved, eid: 'bad', imei: 'bad' };
    expect(saveState(input({ form, rejected: ['eid', 'imei'] }))).toEqual({
      kind: 'partly',
      rejected: ['eid', 'imei'],
    });
    // Another unsaved change means the bar must not claim the rest is saved.
    expect(saveState(input({ form: { ...form, notes: 'x' }, rejected: ['eid', 'imei'] }))).toEqual({
      kind: 'unsaved',
    });
  });

  test('a failed save is reported while changes are pending', () => {
    expect(saveState(input({ failed: true, form: { ...saved, email: 'a@b.nc' } }))).toEqual({
      kind: 'failed',
    });
  });
});
