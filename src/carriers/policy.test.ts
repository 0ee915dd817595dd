import { describe, expect, test } from 'vitest';
import {
  decideFrame,
  decideRequest,
  type FrameQuestion,
  profileForPage,
  profileForRequest,
  profilesForPage,
} from './policy';
import type { AddedSite } from './sites';

const ask = (overrides: Partial<FrameQuestion>): FrameQuestion => ({
  profileCarrierId: 'opt-nc',
  autofillEnabled: true,
  topUrl: 'https://www.opt.nc/assistance/esim',
  frameUrl: 'https://www.opt.nc/assistance/esim',
  isTopFrame: true,
  frameOrigin: 'https://www.opt.nc',
  ...overrides,
});

describe('decideFrame', () => {
  test('P1/P4: fills by itself on the top page of the profile carrier over https', () => {
    expect(decideFrame(ask({}))).toEqual({ allowed: true, mode: 'auto', carrierId: 'opt-nc' });
  });

  test.each([
    ['every brand domain', 'https://espace-client.mobilis.nc/demande', 'https://espace-client.mobilis.nc'],
    ['the bare domain', 'https://helia.nc/esim', 'https://helia.nc'],
  ])('P1: allows %s', (_name, url, origin) => {
    expect(decideFrame(ask({ topUrl: url, frameUrl: url, frameOrigin: origin })).allowed).toBe(true);
  });

  test.each([
    ['http page', 'http://www.opt.nc/assistance', 'http://www.opt.nc', 'page is not https'],
    [
      'lookalike subdomain',
      'https://opt.nc.example.com/x',
      'https://opt.nc.example.com',
      'page is neither a carrier domain nor an added site',
    ],
    [
      'lookalike hyphen',
      'https://opt-nc.com/x',
      'https://opt-nc.com',
      'page is neither a carrier domain nor an added site',
    ],
    [
      'suffix lookalike',
      'https://notopt.nc/x',
      'https://notopt.nc',
      'page is neither a carrier domain nor an added site',
    ],
    [
      'another carrier',
      'https://www.airalo.com/help',
      'https://www.airalo.com',
      "page is not the profile carrier's",
    ],
  ])('P1/P2: denies a %s', (_name, url, origin, reason) => {
    expect(decideFrame(ask({ topUrl: url, frameUrl: url, frameOrigin: origin }))).toEqual({
      allowed: false,
      reason,
    });
  });

  test('P2: denies another carrier even when that carrier is in the registry (cross-carrier isolation)', () => {
    const verdict = decideFrame(
      ask({ profileCarrierId: 'airalo', topUrl: 'https://www.opt.nc/x', frameUrl: 'https://www.opt.nc/x' }),
    );
    expect(verdict.allowed).toBe(false);
  });

  test('P4: with automatic fill off for the carrier, its forms are only offered', () => {
    expect(decideFrame(ask({ autofillEnabled: false }))).toEqual({
      allowed: true,
      mode: 'offer',
      carrierId: 'opt-nc',
    });
  });

  test.each(['', 'other', 'unknown-id'])('denies when the profile carrier is %j', (profileCarrierId) => {
    expect(decideFrame(ask({ profileCarrierId })).allowed).toBe(false);
  });

  test('P3: allows a frame of the same carrier inside its page', () => {
    const verdict = decideFrame(
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
  ])('P3: denies a %s', (_name, frameUrl, frameOrigin, reason) => {
    expect(decideFrame(ask({ isTopFrame: false, frameUrl, frameOrigin }))).toEqual({
      allowed: false,
      reason,
    });
  });

  test('P3: denies a carrier frame embedded in a page that is not the carrier', () => {
    const verdict = decideFrame(
      ask({
        isTopFrame: false,
        topUrl: 'https://evil.example/',
        frameUrl: 'https://www.opt.nc/form',
        frameOrigin: 'https://www.opt.nc',
      }),
    );
    expect(verdict.allowed).toBe(false);
  });

  test('P3: denies when the frame origin no longer matches the address the browser reports', () => {
    expect(decideFrame(ask({ frameOrigin: 'https://other.opt.nc' }))).toEqual({
      allowed: false,
      reason: 'frame origin changed',
    });
  });

  test('denies when the page address is unknown', () => {
    expect(decideFrame(ask({ topUrl: undefined })).allowed).toBe(false);
  });
});

const site = (overrides: Partial<AddedSite> = {}): AddedSite => ({
  origin: 'https://support.example.com',
  carrierId: 'opt-nc',
  carrierName: 'OPT-NC (Mobilis / Helia)',
  autoFill: false,
  addedAt: 0,
  ...overrides,
});
const onSite = (url: string, sites: AddedSite[], more: Partial<FrameQuestion> = {}) =>
  decideFrame(ask({ topUrl: url, frameUrl: url, frameOrigin: new URL(url).origin, sites, ...more }));

describe('decideFrame on sites the person added', () => {
  test('P9: an added site of the profile carrier gets offers', () => {
    expect(onSite('https://support.example.com/new', [site()])).toEqual({
      allowed: true,
      mode: 'offer',
      carrierId: 'opt-nc',
    });
  });

  test('P9: it fills by itself only once the person switched it on', () => {
    expect(onSite('https://support.example.com/new', [site({ autoFill: true })])).toMatchObject({
      mode: 'auto',
    });
  });

  test('P9: the origin must match exactly (another subdomain, http) ', () => {
    expect(onSite('https://help.example.com/new', [site()]).allowed).toBe(false);
    expect(onSite('http://support.example.com/new', [site()]).allowed).toBe(false);
  });

  test('P2: a site attached to another carrier gives this profile nothing', () => {
    expect(onSite('https://support.example.com/new', [site({ carrierId: 'airalo' })]).allowed).toBe(false);
  });

  test('P2: a site attached to a carrier the person named matches that name only', () => {
    const named = site({ carrierId: 'other', carrierName: 'Vodafone NZ' });
    expect(
      onSite('https://support.example.com/', [named], {
        profileCarrierId: 'other',
        profileCarrierName: 'vodafone nz',
      }).allowed,
    ).toBe(true);
    expect(
      onSite('https://support.example.com/', [named], {
        profileCarrierId: 'other',
        profileCarrierName: 'Spark',
      }).allowed,
    ).toBe(false);
  });

  test('P8: an unverified registry domain (airtel.nc), added and switched on, still only offers', () => {
    const airtel = site({
      origin: 'https://www.airtel.nc',
      carrierId: 'airtel',
      carrierName: 'Airtel',
      autoFill: true,
    });
    expect(onSite('https://www.airtel.nc/help', [airtel], { profileCarrierId: 'airtel' })).toEqual({
      allowed: true,
      mode: 'offer',
      carrierId: 'airtel',
    });
  });

  test('P8: an unverified registry domain nobody added gets nothing', () => {
    expect(onSite('https://www.airtel.nc/help', [], { profileCarrierId: 'airtel' }).allowed).toBe(false);
  });

  test('P3: a frame of another origin inside an added site gets nothing', () => {
    expect(
      decideFrame(
        ask({
          sites: [site()],
          topUrl: 'https://support.example.com/',
          frameUrl: 'https://widget.example.com/f',
          frameOrigin: 'https://widget.example.com',
          isTopFrame: false,
        }),
      ),
    ).toEqual({ allowed: false, reason: 'third-party frame' });
  });
});

describe('decideRequest ("Fill this page")', () => {
  const request = (topUrl: string | undefined, more = {}) =>
    decideRequest({ profileCarrierId: 'opt-nc', topUrl, ...more });

  test("P12/P14: the profile carrier's verified page is trusted", () => {
    expect(request('https://www.opt.nc/assistance')).toEqual({ allowed: true, trusted: true, telecom: true });
  });

  test('P14: an unknown https page may be filled, identifiers only after a yes', () => {
    expect(request('https://help.unknown-carrier.example/form')).toEqual({
      allowed: true,
      trusted: false,
      telecom: false,
    });
  });

  test("P14: another carrier's page and an unverified registry domain are not trusted", () => {
    expect(request('https://www.airalo.com/help')).toMatchObject({ trusted: false, telecom: true });
    expect(decideRequest({ profileCarrierId: 'airtel', topUrl: 'https://www.airtel.nc/x' })).toMatchObject({
      trusted: false,
      telecom: true,
    });
  });

  test('P14: an added site of the profile carrier is trusted', () => {
    expect(request('https://support.example.com/x', { sites: [site()] })).toMatchObject({ trusted: true });
  });

  test('P1: http pages and unknown addresses are refused', () => {
    expect(request('http://www.opt.nc/x')).toEqual({ allowed: false, reason: 'page is not https' });
    expect(request(undefined).allowed).toBe(false);
  });
});

describe('which profile (several profiles) [P2, P12]', () => {
  const entry = (id: string, carrierId: string, carrierOtherName = '') => ({
    id,
    profile: { carrierId, carrierOtherName },
  });
  const opt = entry('main', 'opt-nc');
  const airalo = entry('p-travel', 'airalo');
  const spark = entry('p-spark', 'other', 'Spark NZ');
  const vodafone = entry('p-voda', 'other', 'Vodafone NZ');
  const empty = entry('p-new', '');
  const both = [opt, airalo];
  const on = (url: string, sites: AddedSite[] = []) => ({ topUrl: url, sites });

  test("P2: each carrier's page gets its own profile: OPT-NC's on opt.nc, Airalo's on airalo.com", () => {
    expect(profileForPage(both, on('https://www.opt.nc/particuliers/esim'))).toBe(opt);
    expect(profileForPage(both, on('https://espace-client.mobilis.nc/demande'))).toBe(opt);
    expect(profileForPage(both, on('https://www.airalo.com/help/esim'))).toBe(airalo);
    expect(profileForPage([airalo, opt], on('https://www.opt.nc/x'))).toBe(opt);
  });

  test('P2: a page of no carrier of theirs, a lookalike or no address gets no profile', () => {
    expect(profileForPage(both, on('https://help.example.com/form'))).toBeUndefined();
    expect(profileForPage(both, on('https://opt.nc.example.com/x'))).toBeUndefined();
    expect(profileForPage(both, on('https://www.holafly.com/help'))).toBeUndefined();
    expect(profileForPage(both, { topUrl: undefined })).toBeUndefined();
    expect(profileForPage([empty], on('https://www.opt.nc/x'))).toBeUndefined();
  });

  test('P9: an added site goes to the profile of the carrier it was attached to', () => {
    const sites = [
      site({ origin: 'https://support.example.com', carrierId: 'airalo', carrierName: 'Airalo' }),
      site({ origin: 'https://help.opt-partner.example', carrierId: 'opt-nc' }),
    ];
    expect(profileForPage(both, on('https://support.example.com/new', sites))).toBe(airalo);
    expect(profileForPage(both, on('https://help.opt-partner.example/x', sites))).toBe(opt);
    // Another subdomain is another site.
    expect(profileForPage(both, on('https://www.support.example.com/new', sites))).toBeUndefined();
  });

  test("P2: a carrier the person named ('other') is told apart by its name", () => {
    const sites = [
      site({ origin: 'https://help.spark.example', carrierId: 'other', carrierName: 'spark nz' }),
      site({ origin: 'https://help.vodafone.example', carrierId: 'other', carrierName: 'Vodafone NZ' }),
    ];
    const named = [opt, spark, vodafone];
    expect(profileForPage(named, on('https://help.spark.example/x', sites))).toBe(spark);
    expect(profileForPage(named, on('https://help.vodafone.example/x', sites))).toBe(vodafone);
    expect(profileForPage([opt, vodafone], on('https://help.spark.example/x', sites))).toBeUndefined();
  });

  test('two profiles of the same carrier: the selected one fills by itself, both are listed', () => {
    const second = entry('p-second', 'opt-nc');
    expect(profilesForPage([opt, second], on('https://www.opt.nc/x'))).toEqual([opt, second]);
    expect(profileForPage([opt, second], on('https://www.opt.nc/x'))).toBe(opt);
    expect(profileForPage([opt, second], { ...on('https://www.opt.nc/x'), selectedId: 'p-second' })).toBe(
      second,
    );
  });

  test("P12: Fill this page uses the page carrier's profile, or asks which when several could apply", () => {
    expect(profileForRequest(both, on('https://www.airalo.com/help'))).toEqual({ entry: airalo });
    expect(profileForRequest(both, on('https://help.example.com/form'))).toEqual({ choose: both });
    expect(profileForRequest([airalo], on('https://help.example.com/form'))).toEqual({ entry: airalo });
    const second = entry('p-second', 'opt-nc');
    expect(profileForRequest([opt, airalo, second], on('https://www.opt.nc/x'))).toEqual({
      choose: [opt, second],
    });
  });
});
