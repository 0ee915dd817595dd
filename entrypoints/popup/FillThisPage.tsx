import './profiles.css';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type {
  BackgroundResponses,
  PageFillRequest,
  PageFillResponse,
  PagePendingRequest,
  PendingFill,
  ProfileChoice,
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
  | { kind: 'confirm'; boxes: SensitiveBox[]; profileId: string }
  | { kind: 'choose'; profiles: ProfileChoice[] }
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

const isChoiceList = (value: unknown): value is ProfileChoice[] =>
  Array.isArray(value) &&
  value.every((choice) => typeof choice?.id === 'string' && typeof choice?.label === 'string');

/** The question the background answered or left waiting, as the popup shows it; null for anything else. */
function questionOf(value: unknown): State | null {
  if (typeof value !== 'object' || value === null) return null;
  const answer = value as Partial<PendingFill>;
  if (answer.status === 'confirm' && isBoxList(answer.boxes) && answer.boxes.length > 0) {
    return { kind: 'confirm', boxes: answer.boxes, profileId: String(answer.profileId ?? '') };
  }
  if (answer.status === 'choose-profile' && isChoiceList(answer.profiles) && answer.profiles.length > 0) {
    return { kind: 'choose', profiles: answer.profiles };
  }
  return null;
}

/** What a profile is called in the choice: its title, else "Profile 2" by its place in the list. */
const choiceName = (choice: ProfileChoice, index: number) =>
  choice.label || t('profile_untitled', String(index + 1));

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
    if (state.kind === 'confirm' || state.kind === 'choose') confirmRef.current?.focus();
    else if (acted.current && (!document.activeElement || document.activeElement === document.body)) {
      buttonRef.current?.focus();
    }
  }, [state.kind]);

  // A keyboard shortcut or the context menu may have left a question waiting for this tab.
  useEffect(() => {
    let live = true;
    const request: PagePendingRequest = { type: 'page:pending', tabId };
    void browser.runtime
      .sendMessage(request)
      .catch(() => null)
      .then((pending: unknown) => {
        const question = questionOf(pending);
        if (live && question) setState((current) => (current.kind === 'idle' ? question : current));
      });
    return () => {
      live = false;
    };
  }, [tabId]);

  const fill = async (identifiers: PageFillRequest['identifiers'], profileId?: string) => {
    if (state.kind === 'busy') return;
    acted.current = true;
    setState({ kind: 'busy' });
    const request: PageFillRequest = { type: 'page:fill', tabId, identifiers };
    if (profileId) request.profileId = profileId;
    let response: BackgroundResponses['page:fill'] | undefined;
    try {
      const answer: unknown = await browser.runtime.sendMessage(request);
      response = isResponse(answer) ? answer : undefined;
    } catch {
      response = undefined;
    }
    if (!response) return setState({ kind: 'failed' });
    const question = questionOf(response);
    if (question) return setState(question);
    if (response.status === 'refused') return setState({ kind: 'refused', reason: response.reason });
    if (response.status !== 'filled') return setState({ kind: 'failed' });
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
            <button
              type="button"
              class="button small primary"
              onClick={() => void fill('include', state.profileId)}
            >
              {t('fill_page_include')}
            </button>
            <button
              type="button"
              class="button small"
              onClick={() => void fill('leave-out', state.profileId)}
            >
              {t('fill_page_leave_out')}
            </button>
          </div>
        </div>
      ) : state.kind === 'choose' ? (
        <div class="choose-profile">
          <p id="fill-choose-title" ref={confirmRef} tabIndex={-1}>
            {t('fill_page_choose')}
          </p>
          <ul class="profile-choices" aria-labelledby="fill-choose-title">
            {state.profiles.map((choice, index) => (
              <li key={choice.id}>
                <button
                  type="button"
                  class="button small"
                  data-profile-id={choice.id}
                  onClick={() => void fill('ask', choice.id)}
                >
                  {choiceName(choice, index)}
                </button>
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="button small link" onClick={() => setState({ kind: 'idle' })}>
              {t('fill_page_cancel')}
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
