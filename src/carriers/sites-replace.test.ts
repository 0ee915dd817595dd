import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite, clearSites, loadSites, replaceSites } from './sites';

beforeEach(() => fakeBrowser.reset());

const site = (origin: string, extra: Record<string, unknown> = {}) => ({
  origin,
  carrierId: 'other',
  carrierName: 'Wanderbyte',
  autoFill: false,
  addedAt: 1_700_000_000_000,
  ...extra,
});

describe('replaceSites', () => {
  test('replaces the whole list with the readable entries, exactly as given', async () => {
    await addSite({ origin: 'https://old.example.com', carrierId: 'other', carrierName: 'Old' });
    const list = [
      site('https://help.wanderbyte-esim.com', { autoFill: true }),
      site('https://support.example.com', { carrierId: 'airalo', carrierName: 'Airalo' }),
    ];
    expect(await replaceSites(list)).toEqual(list);
    expect(await loadSites()).toEqual(list);
  });

  test('leaves out damaged entries, a built-in carrier site, and repeats of one origin', async () => {
    const kept = await replaceSites([
      site('http://plain.example.com'),
      { origin: 'https://x.example.com' },
      'nonsense',
      site('https://www.opt.nc'),
      site('https://support.example.com', { carrierName: 'First' }),
      site('https://support.example.com', { carrierName: 'Second' }),
    ]);
    expect(kept.map((entry) => [entry.origin, entry.carrierName])).toEqual([
      ['https://support.example.com', 'Second'],
    ]);
    expect(await loadSites()).toEqual(kept);
  });
});

describe('clearSites', () => {
  test('forgets every added site and leaves nothing in storage', async () => {
    await addSite({ origin: 'https://support.example.com', carrierId: 'other', carrierName: 'X' });
    await clearSites();
    expect(await loadSites()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
