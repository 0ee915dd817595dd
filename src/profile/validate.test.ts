import { beforeAll, describe, expect, it } from 'vitest';
import { loadPhoneChecks } from './phone-check';
import { emptyProfile, type Profile } from './schema';
import { profileErrors, validateField, validateProfile } from './validate';

const profile = (fields: Partial<Profile>): Profile => ({ ...emptyProfile(), ...fields });

// The phone library loads on first need in the popup; these checks are about its verdicts.
beforeAll(() => loadPhoneChecks());

describe('validateProfile', () => {
  it('reports empty, valid (normalised) and invalid fields', () => {
    const statuses = validateProfile(
      profile({
        givenName: ' Marie ',
        email: 'Marie@Example.NC',
        phone: '75.12.34',
        imei: '35-417803-685978-9',
        eid: '89049032123451234512345678901234',
        iccid: '8968700123456789017',
        activationCode: 'lpa:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815',
        carrierId: 'opt-nc',
        reason: 'lost',
      }),
    );
    expect(statuses.givenName).toEqual({ state: 'valid', value: 'Marie' });
    expect(statuses.familyName).toEqual({ state: 'empty' });
    expect(statuses.email).toEqual({ state: 'valid', value: 'Marie@example.nc' });
    // The phone is kept as typed: pages get it formatted (toFillData).
    expect(statuses.phone).toEqual({ state: 'valid', value: '75.12.34' });
    expect(statuses.imei).toEqual({ state: 'valid', value: '354178036859789' });
    expect(statuses.eid).toEqual({ state: 'invalid', error: 'eid.checksum' });
    expect(statuses.iccid).toEqual({ state: 'valid', value: '8968700123456789017', warning: 'iccid.luhn' });
    expect(statuses.activationCode).toEqual({
      state: 'valid',
      value: 'LPA:1$smdp.gsma.com$04386-AGYFT-A74Y8-3F815',
    });
    expect(statuses.carrierId).toEqual({ state: 'valid', value: 'opt-nc' });
    expect(statuses.reason).toEqual({ state: 'valid', value: 'lost' });
    expect(statuses.notes).toEqual({ state: 'empty' });
  });

  it('lists the invalid keys', () => {
    expect(
      profileErrors(profile({ imei: '490154203237519', eid: '123', email: 'x', givenName: 'Ok' })),
    ).toEqual(['email', 'imei', 'eid']);
    expect(profileErrors(emptyProfile())).toEqual([]);
  });

  it('accepts registry carriers and "other" only', () => {
    expect(validateField('carrierId', 'other')).toEqual({ state: 'valid', value: 'other' });
    expect(validateField('carrierId', 'not-a-carrier')).toEqual({
      state: 'invalid',
      error: 'carrier.unknown',
    });
  });

  it('refuses free text longer than the schema keeps', () => {
    expect(validateField('deviceModel', 'x'.repeat(101))).toEqual({
      state: 'invalid',
      error: 'text.tooLong',
    });
    expect(validateField('notes', 'x'.repeat(2001))).toEqual({ state: 'invalid', error: 'text.tooLong' });
    expect(validateField('notes', 'line one\n  line two')).toEqual({
      state: 'valid',
      value: 'line one\n  line two',
    });
  });

  it('reads phone numbers in the chosen default country', () => {
    expect(validateField('phone', '06 12 34 56 78')).toEqual({ state: 'invalid', error: 'phone.tooLong' });
    expect(validateField('phone', '06 12 34 56 78', { defaultCountry: 'FR' })).toEqual({
      state: 'valid',
      value: '+33612345678',
    });
  });
});
