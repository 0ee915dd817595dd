import './requests.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  loadRequests,
  onRequestsChanged,
  type RequestRecord,
  type RequestStatus,
  setReminder,
  setRequestStatus,
} from '../../src/journey/request-log';
import { documentLanguage, t } from '../../src/popup/i18n';

/** The request log, kept up to date while the popup is open (null while it is read). */
export function useRequests(): RequestRecord[] | null {
  const [requests, setRequests] = useState<RequestRecord[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadRequests().then((list) => live && setRequests(list));
    const unwatch = onRequestsChanged((list) => live && setRequests(list));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return requests;
}

/** "8 Dec 2026", in the popup's language. */
export function formatDay(at: number): string {
  try {
    return new Intl.DateTimeFormat(documentLanguage(), { dateStyle: 'medium' }).format(at);
  } catch {
    return new Date(at).toDateString();
  }
}

/** "www.opt.nc/particuliers/mobile/esim": the page without its scheme. */
function pageName(page: string): string {
  try {
    const url = new URL(page);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return page;
  }
}

const newestFirst = (a: RequestRecord, b: RequestRecord) => b.sentAt - a.sentAt;

interface RowProps {
  request: RequestRecord;
  now: number;
  onStatus(request: RequestRecord, status: RequestStatus): void;
  onRemind(request: RequestRecord, on: boolean): void;
}

/** One open request: where and when it went, when an answer is due, Answered / Close, Remind me. */
function OpenRow({ request, now, onStatus, onRemind }: RowProps) {
  const head = `request-${request.id}-head`;
  const remindId = `request-${request.id}-remind`;
  const overdue = request.expectBy < now;
  return (
    <li class="request">
      <div class="request-head" id={head}>
        <span class="request-carrier">{request.carrierName || request.carrierId}</span>
        <span class="request-when">{t('request_sent_on', formatDay(request.sentAt))}</span>
      </div>
      <p class="request-page">{pageName(request.page)}</p>
      {request.orderNumber ? <p class="request-order">{t('request_order', request.orderNumber)}</p> : null}
      <p class={`request-due${overdue ? ' overdue' : ''}`}>
        {t(overdue ? 'request_overdue' : 'request_expect_by', formatDay(request.expectBy))}
      </p>
      <div class="switch-row">
        <input
          id={remindId}
          type="checkbox"
          role="switch"
          class="switch"
          checked={request.remind === true}
          aria-checked={request.remind === true}
          aria-describedby={`${remindId}-hint`}
          onChange={(event) => onRemind(request, (event.currentTarget as HTMLInputElement).checked)}
        />
        <label for={remindId}>{t('request_remind')}</label>
      </div>
      <p class="hint" id={`${remindId}-hint`}>
        {t('request_remind_hint')}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button small"
          aria-describedby={head}
          onClick={() => onStatus(request, 'answered')}
        >
          {t('request_answered')}
        </button>
        <button
          type="button"
          class="button small"
          aria-describedby={head}
          onClick={() => onStatus(request, 'closed')}
        >
          {t('request_close')}
        </button>
      </div>
    </li>
  );
}

/** One answered or closed request, with Reopen (a mistaken press). */
function SettledRow({ request, onStatus }: Pick<RowProps, 'request' | 'onStatus'>) {
  const head = `request-${request.id}-head`;
  return (
    <li class="request settled">
      <div class="request-head" id={head}>
        <span class="request-carrier">{request.carrierName || request.carrierId}</span>
        <span class="request-when">{t('request_sent_on', formatDay(request.sentAt))}</span>
      </div>
      <p class="request-page">{pageName(request.page)}</p>
      <div class="request-settled">
        <span class="request-state">
          {t(request.status === 'answered' ? 'request_state_answered' : 'request_state_closed')}
        </span>
        <button
          type="button"
          class="button small"
          aria-describedby={head}
          onClick={() => onStatus(request, 'open')}
        >
          {t('request_reopen')}
        </button>
      </div>
    </li>
  );
}

/**
 * The Requests view: each request sent through a form ReSIM filled. Open ones first, with the date an
 * answer is due, Answered / Close and an opt-in reminder; answered and closed ones folded below.
 */
export function RequestsView({ now = Date.now() }: { now?: number }) {
  const requests = useRequests();
  const [failed, setFailed] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const open = (requests ?? []).filter((request) => request.status === 'open').sort(newestFirst);
  const settled = (requests ?? []).filter((request) => request.status !== 'open').sort(newestFirst);

  const change = (action: Promise<unknown>, moved: boolean) => {
    setFailed(false);
    void action.catch(() => setFailed(true));
    // The row left this list: keep keyboard focus in the view rather than on the page's start.
    if (moved) title.current?.focus();
  };

  return (
    <div class="requests">
      <h2 class="view-title" ref={title} tabIndex={-1}>
        {t('requests_title')}
      </h2>
      <p class="hint">{t('requests_hint')}</p>
      {requests === null ? null : open.length === 0 ? (
        <p class="card hint">{t('requests_none')}</p>
      ) : (
        <ul class="request-list card" aria-label={t('requests_title')}>
          {open.map((request) => (
            <OpenRow
              key={request.id}
              request={request}
              now={now}
              onStatus={(chosen, status) => change(setRequestStatus(chosen.id, status), true)}
              onRemind={(chosen, on) => change(setReminder(chosen.id, on), false)}
            />
          ))}
        </ul>
      )}
      {settled.length > 0 ? (
        <details class="card settled-requests">
          <summary>{t('requests_settled_title', String(settled.length))}</summary>
          <ul class="request-list">
            {settled.map((request) => (
              <SettledRow
                key={request.id}
                request={request}
                onStatus={(chosen, status) => change(setRequestStatus(chosen.id, status), true)}
              />
            ))}
          </ul>
        </details>
      ) : null}
      <p role="status" class="outcome error">
        {failed ? t('requests_change_failed') : ''}
      </p>
    </div>
  );
}
