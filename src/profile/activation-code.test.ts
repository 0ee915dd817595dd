import { describe, expect, it } from 'vitest';
import { parseActivationCode } from './identifiers';

const GSMA = 'LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746';

describe('parseActivationCode', () => {
  it('parses the GSMA example: host lowercased, token case kept, OID kept', () => {
    expect(parseActivationCode(GSMA)).toEqual({
      ok: true,
      value: {
        smdpAddress: 'smdp.gsma.com',
        matchingId: '04386-AGYFT-A74Y8-3F815',
        oid: '1.3.6.1.4.1.31746',
        confirmationRequired: false,
        lpa: 'LPA:1$smdp.gsma.com$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746',
      },
    });
  });

  it('reads a lowercase lpa: prefix and writes the canonical LPA:', () => {
    const result = parseActivationCode('lpa:1$rsp.truphone.com$QRF-BetterRoaming-PMRD');
    expect(result).toEqual({
      ok: true,
      value: {
        smdpAddress: 'rsp.truphone.com',
        matchingId: 'QRF-BetterRoaming-PMRD',
        confirmationRequired: false,
        lpa: 'LPA:1$rsp.truphone.com$QRF-BetterRoaming-PMRD',
      },
    });
  });

  it('accepts an empty matching id', () => {
    const result = parseActivationCode('LPA:1$smdp.example.com$');
    expect(result.ok && result.value).toMatchObject({ matchingId: '', lpa: 'LPA:1$smdp.example.com$' });
  });

  it('reads a trailing $1 as "confirmation code required", with or without an OID', () => {
    const withOid = parseActivationCode(`${GSMA}$1`);
    expect(withOid).toMatchObject({ ok: true, warning: 'lpa.confirmationCode' });
    expect(withOid.ok && withOid.value).toMatchObject({
      oid: '1.3.6.1.4.1.31746',
      confirmationRequired: true,
    });
    expect(withOid.ok && withOid.value.lpa).toBe(
      'LPA:1$smdp.gsma.com$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1',
    );

    const emptyOid = parseActivationCode('LPA:1$smdp.example.com$ABC-123$$1');
    expect(emptyOid.ok && emptyOid.value).toMatchObject({
      confirmationRequired: true,
      lpa: 'LPA:1$smdp.example.com$ABC-123$$1',
    });
    expect(emptyOid.ok && 'oid' in emptyOid.value).toBe(false);

    const shortForm = parseActivationCode('LPA:1$smdp.example.com$ABC-123$1');
    expect(shortForm.ok && shortForm.value).toMatchObject({
      confirmationRequired: true,
      lpa: 'LPA:1$smdp.example.com$ABC-123$$1',
    });
  });

  it('cleans what copy-paste adds: spaces, line breaks, full-width $', () => {
    const result = parseActivationCode('  LPA:1$smdp.example.com$\nABCD-1234-EFGH\u200b ');
    expect(result.ok && result.value.lpa).toBe('LPA:1$smdp.example.com$ABCD-1234-EFGH');
    expect(parseActivationCode('LPA:1＄smdp.example.com＄ABCD-1234').ok).toBe(true);
  });

  it('accepts a code without the LPA: prefix and the Apple setup link', () => {
    expect(parseActivationCode('1$SMDP.example.com$ABCD-1234')).toMatchObject({
      ok: true,
      value: { lpa: 'LPA:1$smdp.example.com$ABCD-1234' },
    });
    const link = `https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${encodeURIComponent(GSMA)}`;
    expect(parseActivationCode(link)).toMatchObject({ ok: true, value: { smdpAddress: 'smdp.gsma.com' } });
  });

  it('accepts a bare matching id', () => {
    expect(parseActivationCode('04386-AGYFT-A74Y8-3F815')).toEqual({
      ok: true,
      value: { smdpAddress: '', matchingId: '04386-AGYFT-A74Y8-3F815', confirmationRequired: false, lpa: '' },
    });
  });

  it('refuses garbage with a specific code', () => {
    expect(parseActivationCode('hello world')).toEqual({ ok: false, error: 'lpa.format' });
    expect(parseActivationCode('abc')).toEqual({ ok: false, error: 'lpa.format' });
    expect(parseActivationCode('--------')).toEqual({ ok: false, error: 'lpa.format' });
    expect(parseActivationCode('LPA:')).toEqual({ ok: false, error: 'lpa.format' });
    expect(parseActivationCode('LPA:1')).toEqual({ ok: false, error: 'lpa.format' });
    expect(parseActivationCode('LPA:1$smdp.example.com')).toEqual({ ok: false, error: 'lpa.format' });
    expect(parseActivationCode('LPA:x$smdp.example.com$ABC')).toEqual({ ok: false, error: 'lpa.format' });
    expect(parseActivationCode('LPA:1$smdp.example.com$A$1.2$1$extra')).toEqual({
      ok: false,
      error: 'lpa.format',
    });
    expect(parseActivationCode('LPA:1$smdp.example.com$A$1.2$2')).toEqual({ ok: false, error: 'lpa.format' });
    expect(parseActivationCode('https://example.com/esim')).toEqual({ ok: false, error: 'lpa.format' });
  });

  it('refuses other format versions', () => {
    expect(parseActivationCode('LPA:2$smdp.example.com$ABC')).toEqual({ ok: false, error: 'lpa.version' });
  });

  it('refuses a scheme, port, path or non-host in the SM-DP+ address', () => {
    for (const host of [
      'https://smdp.example.com',
      'smdp.example.com:443',
      'smdp.example.com/path',
      'user@smdp.example.com',
      'localhost',
      '10.0.0.1',
      'smdp_example.com',
      '',
      '-smdp.example.com',
    ]) {
      expect(parseActivationCode(`LPA:1$${host}$ABC-123`), host).toEqual({ ok: false, error: 'lpa.host' });
    }
    expect(parseActivationCode('LPA:1$smdp.example.com.$ABC').ok).toBe(true);
  });

  it('refuses a matching id or OID with other characters', () => {
    expect(parseActivationCode('LPA:1$smdp.example.com$ABC_123')).toEqual({
      ok: false,
      error: 'lpa.matchingId',
    });
    expect(parseActivationCode('LPA:1$smdp.example.com$ABC$oid')).toEqual({ ok: false, error: 'lpa.oid' });
    expect(parseActivationCode('LPA:1$smdp.example.com$ABC$2')).toEqual({ ok: false, error: 'lpa.oid' });
  });

  it('refuses more than 255 characters', () => {
    const long = `LPA:1$smdp.example.com$${'A'.repeat(255)}`;
    expect(parseActivationCode(long)).toEqual({ ok: false, error: 'lpa.tooLong' });
    expect(parseActivationCode('A'.repeat(256))).toEqual({ ok: false, error: 'lpa.tooLong' });
    const limit = `LPA:1$smdp.example.com$${'A'.repeat(255 - 'LPA:1$smdp.example.com$'.length)}`;
    expect(parseActivationCode(limit).ok).toBe(true);
  });
});
