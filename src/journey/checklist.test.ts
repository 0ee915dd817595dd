import { describe, expect, test } from 'vitest';
import { CARRIERS, getCarrier } from '../carriers';
import { emptyProfile, type Profile } from '../profile/schema';
import {
  DEFAULT_WANTS,
  detailsChecklist,
  missingDetails,
  profileKeyOf,
  QUICK_CHECKS,
  wantedDetails,
} from './checklist';

const profile = (fields: Partial<Profile>): Profile => ({ ...emptyProfile(), ...fields });

const FULL = profile({
  givenName: 'Marie',
  familyName: 'Wamytan',
  email: 'marie.wamytan@example.nc',
  phone: '+687751234',
  carrierId: 'opt-nc',
  deviceModel: 'iPhone 15 Pro',
  orderNumber: 'NC-2024-0815',
  imei: '490154203237518',
  eid: '89049032123451234512345678901235',
  iccid: '8968710012345678904',
  reason: 'lost',
});

describe('wantedDetails', () => {
  test('OPT-NC wants the line, its holder and the new device; travel sellers the order and ICCID', () => {
    expect(wantedDetails(getCarrier('opt-nc'))).toEqual(
      expect.arrayContaining(['phone', 'fullName', 'deviceModel', 'eid', 'imei']),
    );
    for (const carrier of CARRIERS.filter((c) => c.kind === 'travel')) {
      expect(wantedDetails(carrier), carrier.id).toEqual(
        expect.arrayContaining(['orderNumber', 'iccid', 'email']),
      );
    }
  });

  test('a carrier without a list, or none, gets the default', () => {
    expect(wantedDetails(getCarrier('orange'))).toEqual(DEFAULT_WANTS);
    expect(wantedDetails(undefined)).toEqual(DEFAULT_WANTS);
    expect(DEFAULT_WANTS).toEqual(['fullName', 'email', 'phone', 'orderNumber', 'deviceModel', 'eid']);
  });
});

describe('still empty', () => {
  test('nothing is missing from a full profile', () => {
    for (const carrier of [...CARRIERS, undefined])
      expect(missingDetails(FULL, carrier), carrier?.id).toEqual([]);
  });

  test('an empty profile lacks everything the carrier wants, in its order', () => {
    const opt = getCarrier('opt-nc');
    expect(missingDetails(emptyProfile(), opt)).toEqual([...wantedDetails(opt)]);
  });

  test('one name part is enough for a full name; spaces are not a value', () => {
    expect(missingDetails(profile({ ...FULL, givenName: '' }), undefined)).toEqual([]);
    expect(missingDetails(profile({ ...FULL, givenName: ' ', familyName: '' }), undefined)).toEqual([
      'fullName',
    ]);
  });

  test('an identifier that is not valid does not count (forms would not receive it)', () => {
    const broken = profile({ ...FULL, eid: '1234', iccid: '' });
    expect(missingDetails(broken, getCarrier('airalo'))).toEqual(['iccid', 'eid']);
  });

  test('each detail says whether it is there', () => {
    const partial = profile({ email: 'a@example.com', orderNumber: 'A-1' });
    expect(detailsChecklist(partial, getCarrier('airalo'))).toEqual([
      { field: 'orderNumber', filled: true },
      { field: 'email', filled: true },
      { field: 'iccid', filled: false },
      { field: 'fullName', filled: false },
      { field: 'deviceModel', filled: false },
      { field: 'eid', filled: false },
    ]);
  });

  test('reason and carrier are read from the profile; subject and description are written by ReSIM', () => {
    const wants = { wants: ['reason', 'carrier', 'subject', 'description'] as const };
    expect(missingDetails(emptyProfile(), wants)).toEqual(['reason', 'carrier']);
    expect(
      missingDetails(profile({ reason: 'damaged', carrierId: 'other', carrierOtherName: 'Vodafone' }), wants),
    ).toEqual([]);
    expect(missingDetails(profile({ reason: 'damaged', carrierId: 'other' }), wants)).toEqual(['carrier']);
  });
});

describe('profileKeyOf', () => {
  test('names the profile box where each detail is typed', () => {
    expect(profileKeyOf('fullName')).toBe('givenName');
    expect(profileKeyOf('phoneNational')).toBe('phone');
    expect(profileKeyOf('carrier')).toBe('carrierId');
    expect(profileKeyOf('eid')).toBe('eid');
    expect(profileKeyOf('description')).toBeUndefined();
  });
});

test('the quick checks: restart, airplane mode off and on, is the line still listed, roaming — on both systems', () => {
  expect(QUICK_CHECKS.ios).toEqual(['restart', 'airplane', 'listed', 'roaming']);
  expect(QUICK_CHECKS.android).toEqual(['restart', 'airplane', 'listed', 'roaming']);
});
