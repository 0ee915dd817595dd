import { storage } from 'wxt/utils/storage';
import type { FillReport } from './types';

/**
 * What was filled in each tab, per frame, for the badge and the popup. Session storage: kept while
 * the browser runs (the service worker may sleep in between), never written to disk.
 */
type TabReports = Record<string, Record<string, FillReport>>;

const tabReportsItem = storage.defineItem<TabReports>('session:tabReports', { fallback: {} });

export async function recordReport(
  tabId: number,
  frameId: number,
  report: FillReport,
): Promise<FillReport[]> {
  const all = await tabReportsItem.getValue();
  const frames = { ...(all[tabId] ?? {}), [frameId]: report };
  await tabReportsItem.setValue({ ...all, [tabId]: frames });
  return Object.values(frames);
}

export async function reportsForTab(tabId: number): Promise<FillReport[]> {
  const all = await tabReportsItem.getValue();
  return Object.values(all[tabId] ?? {});
}

/** A new top-level page starts with a clean slate. */
export async function forgetTab(tabId: number): Promise<void> {
  const all = await tabReportsItem.getValue();
  if (!(tabId in all)) return;
  const { [tabId]: _dropped, ...rest } = all;
  await tabReportsItem.setValue(rest);
}

export const filledCount = (reports: readonly FillReport[]): number =>
  reports.reduce((sum, report) => sum + report.filled.length, 0);
