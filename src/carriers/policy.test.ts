import { describe, expect, test } from 'vitest';
import { type AutofillQuestion, decideAutofill } from './policy';

const ask = (overrides: Partial<AutofillQuestion>): AutofillQuestion => ({
  profileCarrierId: 'opt-nc',
  autofillEnabled: true,
  topUrl: 'https://www.opt.nc/assistance/esim',
  frameUrl: 'https://www.opt.nc/assistance/esim',
  isTopFrame: true,
  frameOrigin: 'https://www.opt.nc',
  ...overrides,
});

describe('decideAutofill', () => {
  test('allows the top page of the profile carrier over https', () => {
    const verdict = decideAutofill(ask({}));
    expect(verdict.allowed).toBe(true);
    if (verdict.allowed) expect(verdict.carrier.id).toBe('opt-nc');
  });

  test.each([
    ['every brand domain', 'https://espace-client.mobilis.nc/demande', 'https://espace-client.mobilis.nc'],
    ['the bare domain', 'https://helia.nc/esim', 'https://helia.nc'],
  ])('allows %s', (_name, url, origin) => {
    expect(decideAutofill(ask({ topUrl: url, frameUrl: url, frameOrigin: origin })).allowed).toBe(true);
  });

  test.each([
    ['http page', 'http://www.opt.nc/assistance', 'http://www.opt.nc', 'page is not https'],
    [
      'lookalike subdomain',
      'https://opt.nc.example.com/x',
      'https://opt.nc.example.com',
      "page is not on OPT-NC (Mobilis / Helia)'s domains",
    ],
    [
      'lookalike hyphen',
      'https://opt-nc.com/x',
      'https://opt-nc.com',
      "page is not on OPT-NC (Mobilis / Helia)'s domains",
    ],
    [
      'suffix lookalike',
      'https://notopt.nc/x',
      'https://notopt.nc',
      "page is not on OPT-NC (Mobilis / Helia)'s domains",
    ],
    [
      'another carrier',
      'https://www.airalo.com/help',
      'https://www.airalo.com',
      "page is not on OPT-NC (Mobilis / Helia)'s domains",
    ],
  ])('denies a %s', (_name, url, origin, reason) => {
    expect(decideAutofill(ask({ topUrl: url, frameUrl: url, frameOrigin: origin }))).toEqual({
      allowed: false,
      reason,
    });
  });

  test('denies another carrier even when that carrier is in the registry (cross-carrier isolation)', () => {
    const verdict = decideAutofill(
      ask({ profileCarrierId: 'airalo', topUrl: 'https://www.opt.nc/x', frameUrl: 'https://www.opt.nc/x' }),
    );
    expect(verdict.allowed).toBe(false);
  });

  test('denies when the person turned automatic fill off for the carrier', () => {
    expect(decideAutofill(ask({ autofillEnabled: false }))).toEqual({
      allowed: false,
      reason: 'automatic fill is off for OPT-NC (Mobilis / Helia)',
    });
  });

  test.each(['', 'other', 'unknown-id'])('denies when the profile carrier is %j', (profileCarrierId) => {
    expect(decideAutofill(ask({ profileCarrierId })).allowed).toBe(false);
  });

  test('allows a frame of the same carrier inside its page', () => {
    const verdict = decideAutofill(
      ask({
        isTopFrame: false,
        frameUrl: 'https://support.opt.nc/form',
        frameOrigin: 'https://support.opt.nc',
      }),
    );
    expect(verdict.allowed).toBe(true);
  });

  test.each([
    [
      'third-party frame',
      'https://widgets.chat.example/frame',
      'https://widgets.chat.example',
      'third-party frame',
    ],
    [
      'http frame of the carrier',
      'http://support.opt.nc/form',
      'http://support.opt.nc',
      'frame is not https',
    ],
    ['sandboxed frame', 'https://support.opt.nc/form', 'null', 'sandboxed or opaque frame'],
  ])('denies a %s', (_name, frameUrl, frameOrigin, reason) => {
    expect(decideAutofill(ask({ isTopFrame: false, frameUrl, frameOrigin }))).toEqual({
      allowed: false,
      reason,
    });
  });

  test('denies a carrier frame embedded in a page that is not the carrier', () => {
    const verdict = decideAutofill(
      ask({
        isTopFrame: false,
        topUrl: 'https://evil.example/',
        frameUrl: 'https://www.opt.nc/form',
        frameOrigin: 'https://www.opt.nc',
      }),
    );
    expect(verdict.allowed).toBe(false);
  });

  test('denies when the frame origin no longer matches the address the browser reports', () => {
    expect(decideAutofill(ask({ frameOrigin: 'https://other.opt.nc' }))).toEqual({
      allowed: false,
      reason: 'frame origin changed',
    });
  });

  test('denies when the page address is unknown', () => {
    expect(decideAutofill(ask({ topUrl: undefined })).allowed).toBe(false);
  });
});
