import { storage } from 'wxt/utils/storage';
import type { FillReport } from './types';

/**
 * What was filled in each tab, per frame, for the badge and the popup. Session storage: kept while
 * the browser runs (the service worker may sleep in between), never written to disk.
 */
type TabReports = Record<string, Record<string, FillReport>>;

const tabReportsItem = storage.defineItem<TabReports>('session:tabReports', { fallback: {} });

// Frames of one tab report at the same moment: each change reads and writes the whole item, so
// changes run one after another, or one frame's report would overwrite another's.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change, change);
  queue = next.catch(() => {});
  return next;
}

export function recordReport(tabId: number, frameId: number, report: FillReport): Promise<FillReport[]> {
  return serially(async () => {
    const all = await tabReportsItem.getValue();
    const frames = { ...(all[tabId] ?? {}), [frameId]: report };
    await tabReportsItem.setValue({ ...all, [tabId]: frames });
    return Object.values(frames);
  });
}

export function reportsForTab(tabId: number): Promise<FillReport[]> {
  return serially(async () => {
    const all = await tabReportsItem.getValue();
    return Object.values(all[tabId] ?? {});
  });
}

/** A new top-level page starts with a clean slate. */
export function forgetTab(tabId: number): Promise<void> {
  return serially(async () => {
    const all = await tabReportsItem.getValue();
    if (!(tabId in all)) return;
    const { [tabId]: _dropped, ...rest } = all;
    await tabReportsItem.setValue(rest);
  });
}

export const filledCount = (reports: readonly FillReport[]): number =>
  reports.reduce((sum, report) => sum + report.filled.length, 0);
