import { describe, expect, it } from 'vitest';
import { checkPhone } from './phone';

describe('checkPhone', () => {
  it('reads New Caledonian numbers in every usual writing', () => {
    for (const written of [
      '75.12.34',
      '75 12 34',
      '751234',
      '+687 75 12 34',
      '+687751234',
      '00687 75.12.34',
      '(+687) 75-12-34',
      'tel:+687751234',
    ]) {
      expect(checkPhone(written), written).toEqual({
        ok: true,
        value: {
          e164: '+687751234',
          countryCallingCode: '687',
          nationalNumber: '751234',
          international: '+687 75 12 34',
          national: '75.12.34',
        },
      });
    }
  });

  it('reads full-width digits typed with a Chinese input method', () => {
    expect(checkPhone('７５．１２．３４')).toMatchObject({ ok: true, value: { e164: '+687751234' } });
  });

  it('reads French numbers given with +33 or 0033', () => {
    expect(checkPhone('+33 6 12 34 56 78')).toEqual({
      ok: true,
      value: {
        e164: '+33612345678',
        countryCallingCode: '33',
        nationalNumber: '612345678',
        international: '+33 6 12 34 56 78',
        national: '06 12 34 56 78',
      },
    });
    expect(checkPhone('0033 6 12 34 56 78')).toMatchObject({ ok: true, value: { e164: '+33612345678' } });
    expect(checkPhone('06 12 34 56 78', 'FR')).toMatchObject({ ok: true, value: { e164: '+33612345678' } });
  });

  it('flags a landline as probably not the eSIM line, but keeps it', () => {
    expect(checkPhone('+687 20 20 20')).toMatchObject({
      ok: true,
      value: { e164: '+687202020' },
      warning: 'phone.notMobile',
    });
    expect(checkPhone('+33 1 42 68 53 00')).toMatchObject({ ok: true, warning: 'phone.notMobile' });
  });

  it('explains a French national number typed without +33', () => {
    expect(checkPhone('06 12 34 56 78')).toEqual({ ok: false, error: 'phone.tooLong' });
  });

  it('refuses garbage with a specific code', () => {
    expect(checkPhone('abc')).toEqual({ ok: false, error: 'phone.chars' });
    expect(checkPhone('75 12 34 abc')).toEqual({ ok: false, error: 'phone.chars' });
    expect(checkPhone('')).toEqual({ ok: false, error: 'phone.format' });
    expect(checkPhone('12')).toEqual({ ok: false, error: 'phone.tooShort' });
    expect(checkPhone('+687 75 12 34 5')).toEqual({ ok: false, error: 'phone.tooLong' });
    expect(checkPhone('+999 123456')).toEqual({ ok: false, error: 'phone.country' });
    expect(checkPhone('75+1234')).toEqual({ ok: false, error: 'phone.format' });
    expect(checkPhone('+687 +75 12 34')).toEqual({ ok: false, error: 'phone.format' });
  });
});
