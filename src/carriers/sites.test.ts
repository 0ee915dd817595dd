import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type AddedSite,
  addSite,
  isBuiltInSite,
  loadSites,
  onSitesChanged,
  removeSite,
  setSiteAutoFill,
  siteForUrl,
  siteMatchPattern,
  siteOrigin,
} from './sites';

beforeEach(() => fakeBrowser.reset());

const SUPPORT = 'https://support.example.com';

describe('siteOrigin', () => {
  test('is the https origin of a page, lowercase, without path, query or credentials', () => {
    expect(siteOrigin('https://Support.Example.com/contact?x=1#top')).toBe(SUPPORT);
    expect(siteOrigin('https://user:pw@support.example.com/')).toBe(SUPPORT);
    expect(siteOrigin('https://support.example.com:443/a')).toBe(SUPPORT);
  });

  test('is null for anything that is not an https page', () => {
    for (const url of [
      'http://support.example.com/',
      'file:///home/me/form.html',
      'chrome://extensions',
      'chrome-extension://abcdef/popup.html',
      'about:blank',
      'data:text/html,<form>',
      'not a url',
      '',
      'https://support.example.com:8443/',
    ]) {
      expect(siteOrigin(url), url).toBeNull();
    }
  });

  test('the match pattern covers every page of that origin only', () => {
    expect(siteMatchPattern(SUPPORT)).toBe('https://support.example.com/*');
  });
});

describe('siteForUrl', () => {
  const sites: AddedSite[] = [
    { origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC', autoFill: false, addedAt: 1 },
  ];

  test('matches the exact https origin, any path', () => {
    expect(siteForUrl(sites, 'https://support.example.com/esim/replace')?.carrierId).toBe('opt-nc');
  });

  test('a subdomain, a parent domain, a lookalike, http or no URL are other sites', () => {
    for (const url of [
      'https://www.support.example.com/',
      'https://example.com/',
      'https://support.example.com.evil.test/',
      'https://support-example.com/',
      'http://support.example.com/',
      undefined,
    ]) {
      expect(siteForUrl(sites, url), String(url)).toBeUndefined();
    }
  });
});

describe('storage', () => {
  test('nothing stored: no sites', async () => {
    expect(await loadSites()).toEqual([]);
  });

  test('added sites are kept under local:sites, version 1, off by itself unless asked', async () => {
    await addSite({ origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC' });
    await addSite({
      origin: 'https://help.other.test',
      carrierId: 'other',
      carrierName: 'Telco X',
      autoFill: true,
    });
    const sites = await loadSites();
    expect(sites.map(({ addedAt, ...rest }) => rest)).toEqual([
      { origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC', autoFill: false },
      { origin: 'https://help.other.test', carrierId: 'other', carrierName: 'Telco X', autoFill: true },
    ]);
    expect(sites[0]!.addedAt).toBeGreaterThan(0);
    const stored = await fakeBrowser.storage.local.get(['sites', 'sites$']);
    expect(stored.sites).toHaveLength(2);
    expect(stored.sites$).toEqual({ v: 1 });
  });

  test('adding the same origin again replaces its entry', async () => {
    await addSite({ origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC', autoFill: true });
    await addSite({ origin: SUPPORT, carrierId: 'other', carrierName: 'Telco X' });
    expect(await loadSites()).toMatchObject([{ origin: SUPPORT, carrierId: 'other', autoFill: false }]);
  });

  test('refuses what is not an https origin, a built-in carrier domain, or a nameless carrier', async () => {
    await expect(
      addSite({ origin: 'http://support.example.com', carrierId: 'x', carrierName: 'X' }),
    ).rejects.toThrow();
    await expect(
      addSite({ origin: `${SUPPORT}/contact`, carrierId: 'x', carrierName: 'X' }),
    ).rejects.toThrow();
    await expect(
      addSite({ origin: 'https://www.opt.nc', carrierId: 'opt-nc', carrierName: 'OPT' }),
    ).rejects.toThrow(/built-in/);
    await expect(addSite({ origin: SUPPORT, carrierId: 'other', carrierName: '   ' })).rejects.toThrow();
    expect(await loadSites()).toEqual([]);
  });

  test('a registry domain and its subdomains are built in; a lookalike is not', () => {
    expect(isBuiltInSite('https://www.opt.nc')).toBe(true);
    expect(isBuiltInSite('https://opt.nc')).toBe(true);
    expect(isBuiltInSite('https://opt.nc.example.com')).toBe(false);
    expect(isBuiltInSite(SUPPORT)).toBe(false);
  });

  test('removeSite and setSiteAutoFill change only the origin named', async () => {
    await addSite({ origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC' });
    await addSite({ origin: 'https://help.other.test', carrierId: 'other', carrierName: 'Telco X' });
    await setSiteAutoFill(SUPPORT, true);
    await setSiteAutoFill('https://unknown.test', true);
    expect((await loadSites()).map((site) => [site.origin, site.autoFill])).toEqual([
      [SUPPORT, true],
      ['https://help.other.test', false],
    ]);
    await removeSite('https://help.other.test');
    expect((await loadSites()).map((site) => site.origin)).toEqual([SUPPORT]);
  });

  test('quick successive changes in one page are all kept', async () => {
    await Promise.all([
      addSite({ origin: 'https://a.test', carrierId: 'other', carrierName: 'A' }),
      addSite({ origin: 'https://b.test', carrierId: 'other', carrierName: 'B' }),
      addSite({ origin: 'https://c.test', carrierId: 'other', carrierName: 'C' }),
      setSiteAutoFill('https://a.test', true),
    ]);
    expect((await loadSites()).map((site) => [site.origin, site.autoFill])).toEqual([
      ['https://a.test', true],
      ['https://b.test', false],
      ['https://c.test', false],
    ]);
  });

  test('damaged data never throws: unreadable entries are dropped, the rest kept', async () => {
    await fakeBrowser.storage.local.set({
      sites: [
        { origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC', autoFill: true, addedAt: 5 },
        { origin: 'http://plain.test', carrierId: 'other', carrierName: 'X', autoFill: true, addedAt: 1 },
        {
          origin: 'https://path.test/contact',
          carrierId: 'other',
          carrierName: 'X',
          autoFill: true,
          addedAt: 1,
        },
        { origin: 'https://noname.test', carrierId: 'other', carrierName: '', autoFill: true, addedAt: 1 },
        { origin: 'https://odd.test', carrierId: 'other', carrierName: 'Odd', autoFill: 'yes', addedAt: 'x' },
        null,
        'https://string.test',
      ],
      sites$: { v: 1 },
    });
    expect(await loadSites()).toEqual([
      { origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC', autoFill: true, addedAt: 5 },
      // A damaged switch reads as off.
      { origin: 'https://odd.test', carrierId: 'other', carrierName: 'Odd', autoFill: false, addedAt: 0 },
    ]);
    await fakeBrowser.storage.local.set({ sites: { not: 'a list' } });
    expect(await loadSites()).toEqual([]);
    // Writing over damaged data works and leaves a clean list.
    await addSite({ origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC' });
    expect(await loadSites()).toHaveLength(1);
  });

  test('onSitesChanged reports the readable list after each change, until unwatched', async () => {
    const seen: string[][] = [];
    const unwatch = onSitesChanged((sites) => seen.push(sites.map((site) => site.origin)));
    await addSite({ origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC' });
    await removeSite(SUPPORT);
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    await addSite({ origin: SUPPORT, carrierId: 'opt-nc', carrierName: 'OPT-NC' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([[SUPPORT], []]);
  });
});
