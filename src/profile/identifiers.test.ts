import { describe, expect, it } from 'vitest';
import {
  checkEid,
  checkEmail,
  checkIccid,
  checkImei,
  compactIdentifier,
  eidCheckDigits,
  luhnCheckDigit,
  luhnValid,
} from './identifiers';

/** Every single-digit change of a valid value (the typo a check digit exists to catch). */
const oneDigitChanges = (digits: string): string[] => {
  const variants: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== digits[i]) variants.push(digits.slice(0, i) + d + digits.slice(i + 1));
    }
  }
  return variants;
};

describe('compactIdentifier', () => {
  it('drops spaces, dashes, dots and reads full-width digits', () => {
    expect(compactIdentifier('35-417803-685978-9')).toBe('354178036859789');
    expect(compactIdentifier(' 35 4178\u00a003.6859789 ')).toBe('354178036859789');
    expect(compactIdentifier('３５４１７８０３６８５９７８９')).toBe('354178036859789');
    expect(compactIdentifier('35\u2013417803\u2014685978\u20129')).toBe('354178036859789');
  });
});

describe('Luhn', () => {
  it('validates the published IMEI vectors and computes a check digit', () => {
    expect(luhnValid('490154203237518')).toBe(true);
    expect(luhnValid('354178036859789')).toBe(true);
    expect(luhnValid('490154203237519')).toBe(false);
    expect(luhnCheckDigit('35686800004141')).toBe('8');
    expect(luhnValid('')).toBe(false);
  });
});

describe('checkImei', () => {
  it('accepts valid 15-digit IMEIs, normalised to digits', () => {
    expect(checkImei('490154203237518')).toEqual({ ok: true, value: '490154203237518' });
    expect(checkImei('35-417803-685978-9')).toEqual({ ok: true, value: '354178036859789' });
    expect(checkImei('35 417803 685978 9')).toEqual({ ok: true, value: '354178036859789' });
    expect(checkImei('35.417803.685978.9')).toEqual({ ok: true, value: '354178036859789' });
    expect(checkImei('356868000041418')).toEqual({ ok: true, value: '356868000041418' });
  });

  it('completes 14 digits with their check digit and warns', () => {
    expect(checkImei('35686800004141')).toEqual({
      ok: true,
      value: '356868000041418',
      warning: 'imei.noCheckDigit',
    });
  });

  it('rejects every one-digit typo of a valid IMEI', () => {
    for (const typo of oneDigitChanges('490154203237518')) {
      expect(checkImei(typo)).toEqual({ ok: false, error: 'imei.luhn' });
    }
  });

  it('names the problem: letters, length, IMEISV', () => {
    expect(checkImei('49015420323751O')).toEqual({ ok: false, error: 'imei.chars' });
    expect(checkImei('IMEI 490154203237518')).toEqual({ ok: false, error: 'imei.chars' });
    expect(checkImei('4901542032375')).toEqual({ ok: false, error: 'imei.length' });
    expect(checkImei('4901542032375180')).toEqual({ ok: false, error: 'imei.imeisv' });
    expect(checkImei('49015420323751800')).toEqual({ ok: false, error: 'imei.length' });
    expect(checkImei('')).toEqual({ ok: false, error: 'imei.length' });
  });
});

describe('checkEid', () => {
  it('accepts the published EIDs (mod 97 = 1), with separators', () => {
    expect(checkEid('89049032123451234512345678901235')).toEqual({
      ok: true,
      value: '89049032123451234512345678901235',
    });
    expect(checkEid('8900 1012 0123 4123 4012 3456 7890 1224')).toEqual({
      ok: true,
      value: '89001012012341234012345678901224',
    });
  });

  it('computes the check digits of the published EIDs', () => {
    expect(eidCheckDigits('890490321234512345123456789012')).toBe('35');
    expect(eidCheckDigits('890010120123412340123456789012')).toBe('24');
    expect(() => eidCheckDigits('123')).toThrow(RangeError);
  });

  it('rejects every one-digit typo', () => {
    for (const typo of oneDigitChanges('89049032123451234512345678901235')) {
      expect(checkEid(typo)).toEqual({ ok: false, error: 'eid.checksum' });
    }
  });

  it('names the problem: letters, length', () => {
    expect(checkEid('8904903212345123451234567890123A')).toEqual({ ok: false, error: 'eid.chars' });
    expect(checkEid('8904903212345123451234567890123')).toEqual({ ok: false, error: 'eid.length' });
    expect(checkEid('890490321234512345123456789012350')).toEqual({ ok: false, error: 'eid.length' });
  });

  it('only warns when a valid EID does not start with 89', () => {
    expect(checkEid('35049032123451234512345678901266')).toEqual({
      ok: true,
      value: '35049032123451234512345678901266',
      warning: 'eid.prefix',
    });
  });
});

describe('checkIccid', () => {
  it('accepts 19 and 20 digits starting 89', () => {
    expect(checkIccid('8968700123456789018')).toEqual({ ok: true, value: '8968700123456789018' });
    expect(checkIccid('8968 7001 2345 6789 0126')).toEqual({ ok: true, value: '89687001234567890126' });
    expect(checkIccid('8933150319080654326')).toEqual({ ok: true, value: '8933150319080654326' });
  });

  it('keeps an ICCID whose check digit fails, with a warning', () => {
    expect(checkIccid('8968700123456789017')).toEqual({
      ok: true,
      value: '8968700123456789017',
      warning: 'iccid.luhn',
    });
  });

  it('drops a trailing BCD filler F', () => {
    expect(checkIccid('8968700123456789018F')).toEqual({ ok: true, value: '8968700123456789018' });
  });

  it('names the problem: letters, length, prefix', () => {
    expect(checkIccid('89687001234567890X8')).toEqual({ ok: false, error: 'iccid.chars' });
    expect(checkIccid('896870012345678901')).toEqual({ ok: false, error: 'iccid.length' });
    expect(checkIccid('896870012345678901234')).toEqual({ ok: false, error: 'iccid.length' });
    expect(checkIccid('3541780368597890126')).toEqual({ ok: false, error: 'iccid.prefix' });
  });
});

describe('checkEmail', () => {
  it('accepts ordinary and international addresses, lowercasing only the domain', () => {
    expect(checkEmail(' Jean.Dupont@Example.NC ')).toEqual({ ok: true, value: 'Jean.Dupont@example.nc' });
    expect(checkEmail('a+esim@mail.co.uk')).toEqual({ ok: true, value: 'a+esim@mail.co.uk' });
    expect(checkEmail('user@中文.com')).toEqual({ ok: true, value: 'user@中文.com' });
    expect(checkEmail('user@example.xn--fiqs8s')).toEqual({ ok: true, value: 'user@example.xn--fiqs8s' });
    expect(checkEmail('user＠example.com')).toEqual({ ok: true, value: 'user@example.com' });
  });

  it('rejects what cannot be an address', () => {
    expect(checkEmail('jean.dupont.example.com')).toEqual({ ok: false, error: 'email.format' });
    expect(checkEmail('jean dupont@example.com')).toEqual({ ok: false, error: 'email.format' });
    expect(checkEmail('a@b@example.com')).toEqual({ ok: false, error: 'email.format' });
    expect(checkEmail('.jean@example.com')).toEqual({ ok: false, error: 'email.format' });
    expect(checkEmail('jean..d@example.com')).toEqual({ ok: false, error: 'email.format' });
    expect(checkEmail('@example.com')).toEqual({ ok: false, error: 'email.format' });
    expect(checkEmail('jean@gmail')).toEqual({ ok: false, error: 'email.domain' });
    expect(checkEmail('jean@-gmail.com')).toEqual({ ok: false, error: 'email.domain' });
    expect(checkEmail('jean@gmail.c')).toEqual({ ok: false, error: 'email.domain' });
    expect(checkEmail('jean@')).toEqual({ ok: false, error: 'email.domain' });
  });
});
