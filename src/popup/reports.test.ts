import { describe, expect, test } from 'vitest';
import type { FillReport } from '../report/types';
import { hasSomethingToShow, summarizeReports } from './reports';

const report = (over: Partial<FillReport>): FillReport => ({
  url: 'https://www.opt.nc/esim',
  formCount: 1,
  filled: [],
  skipped: [],
  platform: null,
  at: 1,
  ...over,
});

describe('summarizeReports', () => {
  test('joins the frames of a tab in the order they reported', () => {
    const summary = summarizeReports([
      report({ at: 2, filled: [{ field: 'eid', label: 'EID', shown: '••••1235' }] }),
      report({ at: 1, filled: [{ field: 'givenName', label: 'Prénom', shown: 'Marie' }] }),
    ]);
    expect(summary.filled.map((entry) => entry.label)).toEqual(['Prénom', 'EID']);
    expect(summary.chatOnly).toBe(false);
  });

  test('lists a skipped control once even when several reports name it', () => {
    const skip = { field: 'phone' as const, label: 'Téléphone', reason: 'not-empty' as const };
    const summary = summarizeReports([report({ skipped: [skip] }), report({ at: 2, skipped: [skip] })]);
    expect(summary.skipped).toEqual([skip]);
  });

  test('a chat-only frame makes the page chat-only', () => {
    expect(summarizeReports([report({}), report({ chatOnly: true, formCount: 0 })]).chatOnly).toBe(true);
  });

  test('nothing to show for no reports, or reports where nothing happened', () => {
    expect(hasSomethingToShow(summarizeReports([]))).toBe(false);
    expect(hasSomethingToShow(summarizeReports([report({})]))).toBe(false);
    expect(hasSomethingToShow(summarizeReports([report({ chatOnly: true })]))).toBe(true);
  });
});
