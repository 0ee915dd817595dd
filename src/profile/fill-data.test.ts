import { describe, expect, it, test } from 'vitest';
import { getCarrier } from '../carriers';
import { toFillData, withStandIns } from './fill-data';
import { emptyProfile, type Profile } from './schema';

const profile = (fields: Partial<Profile>): Profile => ({ ...emptyProfile(), ...fields });

describe('toFillData', () => {
  it('formats every value a form may ask for', () => {
    const data = toFillData(
      profile({
        givenName: 'Marie',
        familyName: 'Wamytan',
        email: 'marie@example.nc',
        phone: '75.12.34',
        carrierId: 'opt-nc',
        deviceModel: 'iPhone 15',
        orderNumber: 'A-1234',
        activationCode: 'lpa:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815',
        imei: '35-417803-685978-9',
        eid: '89049032123451234512345678901235',
        iccid: '8968700123456789018',
        reason: 'newDevice',
        notes: ' Please send the QR code by email. ',
      }),
    );
    expect(data).toEqual({
      values: {
        givenName: 'Marie',
        familyName: 'Wamytan',
        fullName: 'Marie Wamytan',
        email: 'marie@example.nc',
        phone: '+687751234',
        phoneCountryCode: '+687',
        phoneNational: '751234',
        deviceModel: 'iPhone 15',
        carrier: 'OPT-NC (Mobilis / Helia)',
        orderNumber: 'A-1234',
        activationCode: 'LPA:1$smdp.gsma.com$04386-AGYFT-A74Y8-3F815',
        imei: '354178036859789',
        eid: '89049032123451234512345678901235',
        iccid: '8968700123456789018',
      },
      reason: 'newDevice',
      notes: 'Please send the QR code by email.',
      carrierAliases: getCarrier('opt-nc')?.aliases,
    });
  });

  it("gives the registry carrier's brand aliases, and none for a carrier typed by hand", () => {
    expect(toFillData(profile({ carrierId: 'opt-nc' })).carrierAliases).toContain('Mobilis');
    expect(
      toFillData(profile({ carrierId: 'other', carrierOtherName: 'Mobilis' })).carrierAliases,
    ).toBeUndefined();
    expect(toFillData(profile({ carrierId: '' })).carrierAliases).toBeUndefined();
  });

  it('leaves out empty and invalid values', () => {
    const data = toFillData(
      profile({
        givenName: 'Marie',
        eid: '89049032123451234512345678901234',
        imei: '123',
        phone: 'abc',
        email: 'x@',
      }),
    );
    expect(data).toEqual({ values: { givenName: 'Marie', fullName: 'Marie' }, reason: '', notes: '' });
  });

  it('names an "other" carrier as typed and fills a bare matching id', () => {
    const data = toFillData(
      profile({
        carrierId: 'other',
        carrierOtherName: 'Vodafone NZ',
        activationCode: '04386-AGYFT-A74Y8-3F815',
      }),
    );
    expect(data.values).toEqual({ carrier: 'Vodafone NZ', activationCode: '04386-AGYFT-A74Y8-3F815' });
  });

  it('splits a French number', () => {
    expect(toFillData(profile({ phone: '+33 6 12 34 56 78' })).values).toEqual({
      phone: '+33612345678',
      phoneCountryCode: '+33',
      phoneNational: '612345678',
    });
  });
});

describe('withStandIns (P14)', () => {
  test('each identifier keeps its shape, and no stand-in hides inside another', () => {
    const data = withStandIns({
      values: {
        imei: '354178036859789',
        iccid: '8968700000000012345',
        eid: '89049032123451234512345678901235',
        orderNumber: 'NC-2024-0042',
        activationCode: 'LPA:1$smdp.example.com$AB12',
        email: 'marie@example.nc',
      },
      reason: '',
      notes: '',
    });
    expect(data.values.imei).toMatch(/^\d{15}$/);
    expect(data.values.iccid).toMatch(/^\d{19}$/);
    expect(data.values.orderNumber).toMatch(/^XX-\d{4}-\d{4}$/);
    expect(data.values.activationCode?.startsWith('LPA:1$')).toBe(true);
    expect(data.values.email).toBe('marie@example.nc');
    const standIns = [data.values.imei, data.values.iccid, data.values.eid, data.values.orderNumber];
    for (const a of standIns) for (const b of standIns) if (a !== b) expect(a!.includes(b!)).toBe(false);
    expect(JSON.stringify(data)).not.toContain('3541780');
  });
});
