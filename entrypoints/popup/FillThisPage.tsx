import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type {
  BackgroundResponses,
  PageFillRequest,
  PageFillResponse,
  PagePendingRequest,
  SensitiveBox,
  TabReportsRequest,
} from '../../src/messaging/protocol';
import { formatList, t } from '../../src/popup/i18n';
import { FIELD_NAMES } from '../../src/popup/sites';
import type { FillReport } from '../../src/report/types';
import type { TabReports } from './useTabReports';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'confirm'; boxes: SensitiveBox[] }
  | { kind: 'filled'; filled: number }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed' };

interface Props {
  tabId: number;
  /** The page was filled: the popup reads the tab's reports again. */
  onFilled(): void;
}

const isResponse = (value: unknown): value is PageFillResponse =>
  typeof value === 'object' && value !== null && 'status' in value;

const isBoxList = (value: unknown): value is SensitiveBox[] =>
  Array.isArray(value) && value.every((box) => typeof box?.label === 'string' && Array.isArray(box?.fields));

function filledText(count: number): string {
  if (count === 0) return t('page_nothing_filled');
  return count === 1 ? t('fill_page_filled_one') : t('fill_page_filled', String(count));
}

/**
 * "Fill this page" on any https page: the background checks the page and fills it, but first lists
 * the boxes that would receive an identifier, and waits for the person's answer.
 */
export function FillThisPage({ tabId, onFilled }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const acted = useRef(false);

  // Keyboard focus follows the question: onto the list when it appears, back to the button after.
  useEffect(() => {
    if (state.kind === 'confirm') confirmRef.current?.focus();
    else if (acted.current && (!document.activeElement || document.activeElement === document.body)) {
      buttonRef.current?.focus();
    }
  }, [state.kind]);

  // A keyboard shortcut or the context menu may have left a confirmation waiting for this tab.
  useEffect(() => {
    let live = true;
    const request: PagePendingRequest = { type: 'page:pending', tabId };
    void browser.runtime
      .sendMessage(request)
      .catch(() => null)
      .then((pending: unknown) => {
        if (live && isBoxList(pending) && pending.length > 0) {
          setState((current) => (current.kind === 'idle' ? { kind: 'confirm', boxes: pending } : current));
        }
      });
    return () => {
      live = false;
    };
  }, [tabId]);

  const fill = async (identifiers: PageFillRequest['identifiers']) => {
    if (state.kind === 'busy') return;
    acted.current = true;
    setState({ kind: 'busy' });
    const request: PageFillRequest = { type: 'page:fill', tabId, identifiers };
    let response: BackgroundResponses['page:fill'] | undefined;
    try {
      const answer: unknown = await browser.runtime.sendMessage(request);
      response = isResponse(answer) ? answer : undefined;
    } catch {
      response = undefined;
    }
    if (!response) return setState({ kind: 'failed' });
    if (response.status === 'confirm') return setState({ kind: 'confirm', boxes: response.boxes });
    if (response.status === 'refused') return setState({ kind: 'refused', reason: response.reason });
    setState({ kind: 'filled', filled: response.filled });
    onFilled();
  };

  const busy = state.kind === 'busy';
  return (
    <section class="card fill-page" aria-label={t('fill_page')}>
      {state.kind === 'confirm' ? (
        <div class="confirm">
          <p id="fill-confirm-title" ref={confirmRef} tabIndex={-1}>
            {t('fill_page_confirm')}
          </p>
          <ul class="entries" aria-labelledby="fill-confirm-title">
            {state.boxes.map((box, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two boxes may share a label; the list never reorders.
              <li key={index}>
                <span class="entry-label">{box.label}</span>
                <span class="entry-value">
                  {formatList(box.fields.map((field) => t(FIELD_NAMES[field])))}
                </span>
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="button small primary" onClick={() => void fill('include')}>
              {t('fill_page_include')}
            </button>
            <button type="button" class="button small" onClick={() => void fill('leave-out')}>
              {t('fill_page_leave_out')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button
            type="button"
            class="button small primary"
            ref={buttonRef}
            // aria-disabled, not disabled: the button keeps keyboard focus while the page is filled.
            aria-disabled={busy}
            aria-describedby="fill-page-status"
            onClick={() => void fill('ask')}
          >
            {t('fill_page')}
          </button>
        </div>
      )}
      <p
        id="fill-page-status"
        role="status"
        class={`outcome${state.kind === 'refused' || state.kind === 'failed' ? ' error' : ''}`}
      >
        {state.kind === 'busy'
          ? t('fill_page_busy')
          : state.kind === 'filled'
            ? filledText(state.filled)
            : state.kind === 'refused'
              ? t('fill_page_refused', state.reason)
              : state.kind === 'failed'
                ? t('fill_page_failed')
                : ''}
      </p>
    </section>
  );
}

/** How long the content script gets to report after the background filled the page. */
const REPORT_SETTLE_MS = 300;

/**
 * The tab's reports, read again after "Fill this page" (the reports hook only rereads after its own
 * Undo / Fill again). Once that hook rereads, its list is the newer one and is shown again.
 */
export function useFreshReports(page: TabReports): [TabReports, () => void] {
  const [fresh, setFresh] = useState<{ over: FillReport[]; reports: FillReport[] } | null>(null);
  const { tabId, reports } = page;
  const refresh = useCallback(() => {
    if (tabId === null) return;
    void (async () => {
      await new Promise((resolve) => setTimeout(resolve, REPORT_SETTLE_MS));
      const request: TabReportsRequest = { type: 'tab:reports', tabId };
      const found: unknown = await browser.runtime.sendMessage(request).catch(() => undefined);
      if (Array.isArray(found)) setFresh({ over: reports, reports: found as FillReport[] });
    })();
  }, [tabId, reports]);
  const shown = fresh && fresh.over === reports ? fresh.reports : reports;
  return [shown === reports ? page : { ...page, reports: shown }, refresh];
}
