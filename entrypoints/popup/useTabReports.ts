import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { BackgroundResponses, PageActionRequest, TabReportsRequest } from '../../src/messaging/protocol';
import type { FillReport } from '../../src/report/types';

export type PageAction = PageActionRequest['type'];
export type ActionOutcome = 'done' | 'unreachable' | null;

export interface TabReports {
  tabId: number | null;
  reports: FillReport[];
  /** The first answer about the tab is in (its reports, or that there is no tab). */
  ready?: boolean;
  outcome: { action: PageAction; result: Exclude<ActionOutcome, null> } | null;
  busy: boolean;
  run(action: PageAction): Promise<void>;
}

/** How long the page's engine gets to report again after an undo or a new fill. */
const REPORT_SETTLE_MS = 300;

async function fetchReports(tabId: number): Promise<FillReport[]> {
  const request: TabReportsRequest = { type: 'tab:reports', tabId };
  try {
    const reports = (await browser.runtime.sendMessage(request)) as
      | BackgroundResponses['tab:reports']
      | undefined;
    return Array.isArray(reports) ? reports : [];
  } catch {
    // No background answer (extension just reloaded): the panel simply stays hidden.
    return [];
  }
}

/** Calls back whenever the background records or forgets a report (session storage changes). */
function watchReports(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && 'tabReports' in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The reports of the tab the popup was opened over, and the Undo / Fill again actions on it. */
export function useTabReports(): TabReports {
  const [tabId, setTabId] = useState<number | null>(null);
  const [reports, setReports] = useState<FillReport[]>([]);
  const [ready, setReady] = useState(false);
  const [outcome, setOutcome] = useState<TabReports['outcome']>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    let stopWatching = () => {};
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
      if (!live) return;
      if (tab?.id === undefined) return setReady(true);
      const id = tab.id;
      setTabId(id);
      const refresh = async () => {
        const found = await fetchReports(id);
        if (live) setReports(found);
      };
      // The page may fill (an offer pressed, a late form) while the popup is open: follow it.
      stopWatching = watchReports(() => void refresh());
      await refresh();
      if (live) setReady(true);
    })();
    return () => {
      live = false;
      stopWatching();
    };
  }, []);

  const run = useCallback(
    async (action: PageAction) => {
      if (tabId === null) return;
      setBusy(true);
      try {
        const message: PageActionRequest = { type: action, tabId };
        const answer = (await browser.runtime.sendMessage(message)) as { ok: boolean } | undefined;
        if (!answer?.ok) throw new Error('unreachable');
        await new Promise((resolve) => setTimeout(resolve, REPORT_SETTLE_MS));
        setReports(await fetchReports(tabId));
        setOutcome({ action, result: 'done' });
      } catch {
        setOutcome({ action, result: 'unreachable' });
      } finally {
        setBusy(false);
      }
    },
    [tabId],
  );

  return { tabId, reports, ready, outcome, busy, run };
}
