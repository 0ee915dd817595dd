import { describe, expect, test } from 'vitest';
import { emptyProfile, type Profile } from '../profile/schema';
import { draftOf, sameProfile, withDraft } from './draft';

const saved: Profile = { ...emptyProfile(), givenName: 'Marie', eid: '89049032123451234512345678901235' };

describe('draftOf', () => {
  test('keeps only what differs from the saved profile, including cleared fields', () => {
    const form = { ...saved, familyName: 'Wamytan', givenName: '' };
    expect(draftOf(saved, form)).toEqual({ familyName: 'Wamytan', givenName: '' });
  });

  test('is empty when the form is the saved profile', () => {
    expect(draftOf(saved, { ...saved })).toEqual({});
  });
});

describe('withDraft', () => {
  test('lays the draft over the saved profile', () => {
    const form = withDraft(saved, { familyName: 'Wamytan', eid: '8904' });
    expect(form).toEqual({ ...saved, familyName: 'Wamytan', eid: '8904' });
  });

  test('round-trips with draftOf', () => {
    const form = { ...saved, notes: 'Stolen in Nouméa', reason: 'lost' as const, eid: '' };
    expect(withDraft(saved, draftOf(saved, form))).toEqual(form);
  });

  test('ignores what is not a field with a string value, and unknown reasons', () => {
    const junk = { familyName: 42, eid: null, hacker: 'x', reason: 'bored', notes: 'ok' };
    const form = withDraft(saved, junk);
    expect(form).toEqual({ ...saved, notes: 'ok' });
    expect('hacker' in form).toBe(false);
    expect(withDraft(saved, 'garbage')).toEqual(saved);
    expect(withDraft(saved, null)).toEqual(saved);
  });

  test('never changes the saved profile it was given', () => {
    const copy = { ...saved };
    withDraft(saved, { givenName: 'Jean' });
    expect(saved).toEqual(copy);
  });
});

test('sameProfile compares every field', () => {
  expect(sameProfile(saved, { ...saved })).toBe(true);
  expect(sameProfile(saved, { ...saved, notes: ' ' })).toBe(false);
});
