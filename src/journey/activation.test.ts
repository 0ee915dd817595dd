import { describe, expect, test } from 'vitest';
import { parseActivationCode } from '../profile/identifiers';
import { parseNewActivation, setupLinks } from './activation';

const GSMA = 'LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746';

describe('parseNewActivation', () => {
  test('the GSMA example: SM-DP+ lowercased, code as written, OID kept, canonical raw string', () => {
    expect(parseNewActivation(GSMA)).toEqual({
      ok: true,
      value: {
        smdp: 'smdp.gsma.com',
        matchingId: '04386-AGYFT-A74Y8-3F815',
        oid: '1.3.6.1.4.1.31746',
        raw: 'LPA:1$smdp.gsma.com$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746',
      },
    });
  });

  test('a lowercase lpa: prefix, surrounding spaces and a mail line break are read', () => {
    const result = parseNewActivation('  lpa:1$rsp.truphone.com$QRF-Better\nRoaming-PMRD \n');
    expect(result).toEqual({
      ok: true,
      value: {
        smdp: 'rsp.truphone.com',
        matchingId: 'QRF-BetterRoaming-PMRD',
        raw: 'LPA:1$rsp.truphone.com$QRF-BetterRoaming-PMRD',
      },
    });
  });

  test('is the profile parser read the same way (one parser for both)', () => {
    for (const text of [GSMA, 'lpa:1$smdp.example.com$ABC-123$$1', 'LPA:1$smdp.example.com$']) {
      const profile = parseActivationCode(text);
      const journey = parseNewActivation(text);
      expect(profile.ok && journey.ok).toBe(true);
      if (profile.ok && journey.ok) {
        expect(journey.value.raw).toBe(profile.value.lpa);
        expect(journey.value.smdp).toBe(profile.value.smdpAddress);
        expect(journey.value.matchingId).toBe(profile.value.matchingId);
      }
    }
  });

  test('a trailing $1 flags the confirmation code, with or without an OID', () => {
    for (const text of [
      `${GSMA}$1`,
      'LPA:1$smdp.example.com$ABC-123$$1',
      'LPA:1$smdp.example.com$ABC-123$1',
    ]) {
      const result = parseNewActivation(text);
      expect(result.ok && result.value.confirmationRequired, text).toBe(true);
    }
    const plain = parseNewActivation(GSMA);
    expect(plain.ok && 'confirmationRequired' in plain.value).toBe(false);
  });

  test("Apple's setup link is read for the code it carries", () => {
    const link = `https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${encodeURIComponent(GSMA)}`;
    const result = parseNewActivation(link);
    expect(result.ok && result.value.smdp).toBe('smdp.gsma.com');
  });

  test('an empty activation code is allowed (the server then decides)', () => {
    const result = parseNewActivation('LPA:1$smdp.example.com$');
    expect(result.ok && result.value).toMatchObject({ smdp: 'smdp.example.com', matchingId: '' });
  });

  test.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['hello there', 'notLpa'],
    ['https://www.opt.nc/esim', 'notLpa'],
    ['04386-AGYFT-A74Y8-3F815', 'notLpa'],
    ['LPA:', 'notLpa'],
    ['LPA:1$a$b$c$d$e', 'notLpa'],
    ['LPA:2$smdp.example.com$ABC', 'version'],
    ['LPA:1', 'missingSmdp'],
    ['LPA:1$$ABC-123', 'missingSmdp'],
    ['LPA:1$smdp.example.com', 'missingMatchingId'],
    ['LPA:1$https://smdp.example.com$ABC', 'badSmdp'],
    ['LPA:1$smdp.example.com:443$ABC', 'badSmdp'],
    ['LPA:1$192.168.0.1$ABC', 'badSmdp'],
    ['LPA:1$smdp.example.com$ABC_123', 'badMatchingId'],
    ['LPA:1$smdp.example.com$ABC$not-an-oid', 'badOid'],
    ['LPA:1$smdp.example.com$ABC$1.2.3$2', 'badOid'],
    [`LPA:1$smdp.example.com$${'A'.repeat(300)}`, 'tooLong'],
  ])('%j → %s', (text, error) => {
    expect(parseNewActivation(text)).toEqual({ ok: false, error });
  });
});

describe('setupLinks', () => {
  test("carry the whole code, URL-encoded, to Apple's and Android's installers", () => {
    const parsed = parseNewActivation(GSMA);
    if (!parsed.ok) throw new Error('GSMA example must parse');
    const links = setupLinks(parsed.value);
    for (const link of [links.ios, links.android]) {
      const url = new URL(link);
      expect(url.protocol).toBe('https:');
      expect(url.searchParams.get('carddata')).toBe(parsed.value.raw);
    }
    expect(new URL(links.ios).hostname).toBe('esimsetup.apple.com');
    expect(new URL(links.android).hostname).toBe('esimsetup.android.com');
  });
});
