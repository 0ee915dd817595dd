import { browser } from 'wxt/browser';
import { filledCount } from '../report/tab-reports';
import type { FillReport } from '../report/types';

/**
 * The toolbar badge of a tab: how many fields ReSIM filled, or "+" while a form waits for a press on
 * ReSIM's offer [P6]. Nothing when it did nothing.
 */
export async function showBadge(tabId: number, reports: readonly FillReport[]): Promise<void> {
  const filled = filledCount(reports);
  const offered = reports.reduce((sum, report) => sum + (report.offered ?? 0), 0);
  const text = filled > 0 ? String(filled) : offered > 0 ? '+' : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: filled > 0 ? '#0b6e4f' : '#1a4fa0' });
  }
}
