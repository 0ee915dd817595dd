import type { FilledEntry, FillReport, SkippedEntry } from '../report/types';

export interface PageSummary {
  filled: FilledEntry[];
  skipped: SkippedEntry[];
  /** Some frame is a chat-only support page: the popup offers a message to copy. */
  chatOnly: boolean;
}

/** One view over every frame's report of the tab (a form may sit in a same-carrier iframe). */
export function summarizeReports(reports: readonly FillReport[]): PageSummary {
  const filled: FilledEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const seenSkips = new Set<string>();
  for (const report of [...reports].sort((a, b) => a.at - b.at)) {
    filled.push(...report.filled);
    for (const entry of report.skipped) {
      // A wizard re-reports the same untouched control at every step; once is enough.
      const key = `${entry.field}|${entry.label}|${entry.reason}`;
      if (seenSkips.has(key)) continue;
      seenSkips.add(key);
      skipped.push(entry);
    }
  }
  return { filled, skipped, chatOnly: reports.some((report) => report.chatOnly === true) };
}

/** Worth showing the "This page" panel: something was filled, skipped, or the page is chat-only. */
export const hasSomethingToShow = (summary: PageSummary): boolean =>
  summary.filled.length > 0 || summary.skipped.length > 0 || summary.chatOnly;
