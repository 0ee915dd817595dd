import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearRequests,
  loadRequests,
  MAX_REQUESTS,
  markReminded,
  onRequestsChanged,
  pageOf,
  type RequestRecord,
  recordRequest,
  replaceRequests,
  setReminder,
  setRequestStatus,
} from './request-log';

beforeEach(() => fakeBrowser.reset());

const SENT_AT = new Date(2026, 11, 3, 16, 0).getTime(); // Thursday 3 Dec 2026, 16:00 local

const sent = (extra: Partial<Parameters<typeof recordRequest>[0]> = {}) =>
  recordRequest({
    carrierId: 'opt-nc',
    carrierName: 'OPT-NC (Mobilis / Helia)',
    orderNumber: 'OPT-2024-118734',
    page: 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim?token=secret#top',
    fields: ['givenName', 'email', 'eid'],
    sentAt: SENT_AT,
    ...extra,
  });

const stored = async () => (await fakeBrowser.storage.local.get('requests')).requests;

describe('pageOf', () => {
  test('keeps origin and path, drops query and fragment', () => {
    expect(pageOf('https://www.opt.nc/a/b?x=1#y')).toBe('https://www.opt.nc/a/b');
    expect(pageOf('https://WWW.OPT.NC')).toBe('https://www.opt.nc/');
  });

  test('is empty for what is no web page', () => {
    for (const url of ['not a url', '', 'chrome://extensions', 'javascript:alert(1)', 'data:text/html,x'])
      expect(pageOf(url), url).toBe('');
  });
});

describe('request log storage', () => {
  test('records an open request with its due date, and reads it back', async () => {
    const record = await sent();
    expect(record).toMatchObject({
      carrierId: 'opt-nc',
      orderNumber: 'OPT-2024-118734',
      page: 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim',
      fields: ['givenName', 'email', 'eid'],
      status: 'open',
      sentAt: SENT_AT,
      expectBy: new Date(2026, 11, 8, 16, 0).getTime(),
    });
    expect(record.id).toMatch(/\S{8,}/);
    expect(await loadRequests()).toEqual([record]);
    // Stored versioned, and without the query (it may hold tokens).
    expect((await fakeBrowser.storage.local.get('requests$')).requests$).toEqual({ v: 1 });
    expect(JSON.stringify(await stored())).not.toContain('secret');
  });

  test("a carrier's own delay sets the due date", async () => {
    const record = await sent({ carrierId: 'other', carrierName: 'Lagoon' });
    expect(new Date(record.expectBy).getDate()).toBe(8);
    const slow = await recordRequest(
      {
        carrierId: 'x',
        carrierName: 'X',
        orderNumber: '',
        page: 'https://x.example/',
        fields: [],
        sentAt: SENT_AT,
      },
      { answerWithinWorkingDays: 10 } as never,
    );
    expect(new Date(slow.expectBy).getDate()).toBe(17);
  });

  test('refuses a request without a carrier or a page', async () => {
    await expect(sent({ carrierId: '' })).rejects.toThrow();
    await expect(sent({ page: 'about:blank' })).rejects.toThrow();
    expect(await loadRequests()).toEqual([]);
  });

  test('status and reminder changes are kept; an unknown id changes nothing', async () => {
    const first = await sent();
    const second = await sent({ orderNumber: 'B-2' });
    expect(await setRequestStatus(first.id, 'answered')).toBe(true);
    expect(await setReminder(second.id, true)).toBe(true);
    expect(await markReminded(second.id, 5)).toBe(true);
    expect(await setRequestStatus('nope', 'closed')).toBe(false);
    const [a, b] = await loadRequests();
    expect(a).toMatchObject({ id: first.id, status: 'answered' });
    expect(b).toMatchObject({ id: second.id, status: 'open', remind: true, remindedAt: 5 });
    // Switched on again: the reminder may be shown again.
    await setReminder(second.id, true);
    expect((await loadRequests())[1]).not.toHaveProperty('remindedAt');
  });

  test('quick changes one after another lose nothing', async () => {
    await Promise.all([sent(), sent({ orderNumber: '2' }), sent({ orderNumber: '3' })]);
    expect((await loadRequests()).map((r) => r.orderNumber).sort()).toEqual(['2', '3', 'OPT-2024-118734']);
  });

  test('damaged data: unreadable entries are dropped, readable ones kept, bad parts read safely', async () => {
    const good = await sent();
    await fakeBrowser.storage.local.set({
      requests: [
        good,
        null,
        'text',
        { ...good, id: '' },
        { ...good, id: 'no-page', page: 'javascript:alert(1)' },
        { ...good, id: 'no-time', sentAt: 'yesterday' },
        {
          ...good,
          id: 'odd',
          status: 'pending',
          fields: ['email', 'password', 42, 'email'],
          remind: 'yes',
          carrierName: 7,
          extra: 'dropped',
        },
      ],
    });
    const list = await loadRequests();
    expect(list.map((r) => r.id)).toEqual([good.id, 'odd']);
    // An unreadable status is read as settled: it never stops a form from filling.
    expect(list[1]).toEqual({ ...good, id: 'odd', status: 'closed', fields: ['email'], carrierName: '' });
  });

  test('a stored value that is not a list reads as an empty log', async () => {
    await fakeBrowser.storage.local.set({ requests: { not: 'a list' } });
    expect(await loadRequests()).toEqual([]);
    await sent();
    expect(await loadRequests()).toHaveLength(1);
  });

  test('replaceRequests (a restored backup) keeps the readable entries; clearRequests empties the log', async () => {
    const old = await sent();
    const restored: unknown[] = [
      { ...old, id: 'r1', status: 'answered' },
      { broken: true },
      { ...old, id: 'r2', sentAt: SENT_AT - 1 },
    ];
    const kept = await replaceRequests(restored);
    expect(kept.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect((await loadRequests()).map((r) => r.id)).toEqual(['r2', 'r1']);
    await clearRequests();
    expect(await loadRequests()).toEqual([]);
    expect(await stored()).toBeUndefined();
  });

  test(`keeps at most ${MAX_REQUESTS}: settled ones go first`, async () => {
    const base = await sent();
    const many: RequestRecord[] = Array.from({ length: MAX_REQUESTS + 5 }, (_, i) => ({
      ...base,
      id: `r${i}`,
      sentAt: SENT_AT + i,
      status: i < 3 ? 'open' : 'closed',
    }));
    const kept = await replaceRequests(many);
    expect(kept).toHaveLength(MAX_REQUESTS);
    expect(kept.slice(0, 3).map((r) => r.id)).toEqual(['r0', 'r1', 'r2']);
    expect(kept.map((r) => r.id)).not.toContain('r3');
  });

  test('onRequestsChanged reports the readable log', async () => {
    const seen: RequestRecord[][] = [];
    const unwatch = onRequestsChanged((list) => seen.push(list));
    const record = await sent();
    await setRequestStatus(record.id, 'closed');
    unwatch();
    await setRequestStatus(record.id, 'open');
    expect(seen.map((list) => list.map((r) => r.status))).toEqual([['open'], ['closed']]);
  });
});
