import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { filledCount, forgetTab, recordReport, reportsForTab } from './tab-reports';
import type { FillReport } from './types';

const report = (filled: number): FillReport => ({
  url: 'https://www.opt.nc/assistance',
  formCount: 1,
  filled: Array.from({ length: filled }, () => ({ field: 'email' as const, label: 'Email', shown: 'x' })),
  skipped: [],
  platform: null,
  at: 0,
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('tab reports', () => {
  test('frames reporting at the same moment all count', async () => {
    await Promise.all([
      recordReport(1, 0, report(8)),
      recordReport(1, 5, report(2)),
      recordReport(2, 0, report(1)),
    ]);
    expect(filledCount(await reportsForTab(1))).toBe(10);
    expect(filledCount(await reportsForTab(2))).toBe(1);
  });

  test('a frame reporting again replaces its own report only', async () => {
    await recordReport(1, 0, report(3));
    await recordReport(1, 7, report(1));
    const latest = await recordReport(1, 0, report(5));
    expect(filledCount(latest)).toBe(6);
  });

  test('forgetting a tab clears it, and only it, even amid reports', async () => {
    await recordReport(2, 0, report(4));
    await Promise.all([recordReport(1, 0, report(3)), forgetTab(1), recordReport(1, 0, report(2))]);
    expect(filledCount(await reportsForTab(1))).toBe(2);
    expect(filledCount(await reportsForTab(2))).toBe(4);
  });
});
