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

/**
 * A new top-level page starts with a clean slate: reports made before `pageStartedAt` (the new
 * page's navigation start) belong to the previous page. Reports from the new page's frames, which
 * may arrive before its top frame asks anything, are kept. Without a time the whole tab is forgotten.
 */
export function forgetTab(tabId: number, pageStartedAt = Number.POSITIVE_INFINITY): Promise<FillReport[]> {
  return serially(async () => {
    const all = await tabReportsItem.getValue();
    if (!(tabId in all)) return [];
    const { [tabId]: frames = {}, ...rest } = all;
    const kept = Object.fromEntries(
      Object.entries(frames).filter(([, report]) => report.at >= pageStartedAt),
    );
    await tabReportsItem.setValue(Object.keys(kept).length > 0 ? { ...rest, [tabId]: kept } : rest);
    return Object.values(kept);
  });
}

export const filledCount = (reports: readonly FillReport[]): number =>
  reports.reduce((sum, report) => sum + report.filled.length, 0);
