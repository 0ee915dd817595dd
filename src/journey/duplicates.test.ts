import { describe, expect, test } from 'vitest';
import { normalizeOrderNumber, openRequestFor } from './duplicates';
import type { RequestRecord } from './request-log';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 10, 12);
const PAGE = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';

const request = (extra: Partial<RequestRecord> = {}): RequestRecord => ({
  id: 'r1',
  carrierId: 'opt-nc',
  carrierName: 'OPT-NC',
  orderNumber: 'OPT-2024-118734',
  page: PAGE,
  sentAt: NOW - 2 * DAY,
  fields: ['email'],
  status: 'open',
  expectBy: NOW + DAY,
  ...extra,
});

describe('normalizeOrderNumber', () => {
  test('ignores case, spaces and dashes of every kind', () => {
    for (const written of ['OPT-2024-118734', 'opt 2024 118734', 'Opt–2024—118734', ' OPT2024\u00a0118734 '])
      expect(normalizeOrderNumber(written), written).toBe('opt2024118734');
  });
});

describe('openRequestFor', () => {
  test('finds the open request for the same carrier and order number, however written', () => {
    const requests = [request()];
    expect(openRequestFor(requests, 'opt-nc', 'OPT-2024-118734', NOW)?.id).toBe('r1');
    expect(openRequestFor(requests, 'opt-nc', 'opt 2024 118734', NOW)?.id).toBe('r1');
    expect(openRequestFor(requests, 'opt-nc', 'Opt–2024–118734', NOW)?.id).toBe('r1');
  });

  test('another order number, another carrier or no carrier is another request', () => {
    const requests = [request()];
    expect(openRequestFor(requests, 'opt-nc', 'OPT-2024-118735', NOW)).toBeUndefined();
    expect(openRequestFor(requests, 'airalo', 'OPT-2024-118734', NOW)).toBeUndefined();
    expect(openRequestFor(requests, '', 'OPT-2024-118734', NOW)).toBeUndefined();
  });

  test('an order number on one side only is another request', () => {
    expect(openRequestFor([request()], 'opt-nc', '', NOW, 7, PAGE)).toBeUndefined();
    expect(openRequestFor([request({ orderNumber: '' })], 'opt-nc', 'OPT-1', NOW, 7, PAGE)).toBeUndefined();
  });

  test('without order numbers: the same carrier on the same page (query ignored), only when the page is given', () => {
    const requests = [request({ orderNumber: '' })];
    expect(openRequestFor(requests, 'opt-nc', '', NOW, 7, `${PAGE}?step=2#form`)?.id).toBe('r1');
    expect(openRequestFor(requests, 'opt-nc', '  ', NOW, 7, PAGE)?.id).toBe('r1');
    expect(openRequestFor(requests, 'opt-nc', '', NOW, 7, 'https://www.opt.nc/contact')).toBeUndefined();
    expect(openRequestFor(requests, 'opt-nc', '', NOW)).toBeUndefined();
  });

  test('window edges: exactly 7 days counts, a moment more does not; the window can be set', () => {
    expect(
      openRequestFor([request({ sentAt: NOW - 7 * DAY })], 'opt-nc', 'OPT-2024-118734', NOW),
    ).toBeDefined();
    expect(
      openRequestFor([request({ sentAt: NOW - 7 * DAY - 1 })], 'opt-nc', 'OPT-2024-118734', NOW),
    ).toBeUndefined();
    expect(
      openRequestFor([request({ sentAt: NOW - 3 * DAY })], 'opt-nc', 'OPT-2024-118734', NOW, 2),
    ).toBeUndefined();
    expect(openRequestFor([request({ sentAt: NOW })], 'opt-nc', 'OPT-2024-118734', NOW)).toBeDefined();
    // A date in the future (a clock put back) is no request in progress.
    expect(
      openRequestFor([request({ sentAt: NOW + DAY })], 'opt-nc', 'OPT-2024-118734', NOW),
    ).toBeUndefined();
  });

  test('answered and closed requests are not counted', () => {
    for (const status of ['answered', 'closed'] as const)
      expect(openRequestFor([request({ status })], 'opt-nc', 'OPT-2024-118734', NOW), status).toBeUndefined();
  });

  test('several open ones: the latest', () => {
    const requests = [
      request({ id: 'old', sentAt: NOW - 5 * DAY }),
      request({ id: 'new', sentAt: NOW - DAY }),
      request({ id: 'mid', sentAt: NOW - 3 * DAY }),
      request({ id: 'closed', sentAt: NOW - 1000, status: 'closed' }),
    ];
    expect(openRequestFor(requests, 'opt-nc', 'OPT-2024-118734', NOW)?.id).toBe('new');
  });
});
