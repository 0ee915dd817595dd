import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '../../tests/support/fake-i18n';
import { emptyProfile } from '../profile/schema';
import { fieldNeeds, needsNote, needText, profileName } from './profiles';

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
});

describe('profileName', () => {
  test('the label, else carrier and person, else the place in the list', () => {
    expect(profileName({ label: 'Work phone', profile: emptyProfile() }, 0)).toBe('Work phone');
    expect(
      profileName({ label: '', profile: { ...emptyProfile(), carrierId: 'opt-nc', givenName: 'Marie' } }, 0),
    ).toBe('OPT-NC (Mobilis / Helia) · Marie');
    expect(profileName({ label: '', profile: emptyProfile() }, 1)).toBe('Profile 2');
  });
});

describe('fieldNeeds', () => {
  test("the carrier's own list: OPT-NC needs the phone and IMEI, not the order number", () => {
    const needs = fieldNeeds('opt-nc');
    expect(needsNote(needs)).toBe(
      'Marked “needed”: what OPT-NC (Mobilis / Helia) asks for. The rest is optional.',
    );
    expect(needText(needs, 'phone')).toBe('needed');
    expect(needText(needs, 'imei')).toBe('needed');
    expect(needText(needs, 'givenName')).toBe('needed');
    expect(needText(needs, 'familyName')).toBe('needed');
    expect(needText(needs, 'orderNumber')).toBe('optional');
    expect(needText(needs, 'iccid')).toBe('optional');
  });

  test('a travel eSIM seller wants the order number and ICCID', () => {
    const needs = fieldNeeds('airalo');
    expect([...needs.needed].sort()).toEqual(
      ['deviceModel', 'eid', 'email', 'familyName', 'givenName', 'iccid', 'orderNumber'].sort(),
    );
  });

  test('without a registry carrier: the usual details (name, email, phone, order number, device, EID)', () => {
    for (const carrierId of ['', 'other']) {
      const needs = fieldNeeds(carrierId);
      expect([...needs.needed].sort()).toEqual(
        ['deviceModel', 'eid', 'email', 'familyName', 'givenName', 'orderNumber', 'phone'].sort(),
      );
      expect(needText(needs, 'eid')).toBe('needed');
      expect(needsNote(needs)).toBe('Marked “needed”: what carriers usually ask for. The rest is optional.');
      expect(needText(needs, 'imei')).toBe('optional');
    }
  });
});
