import type { ComponentChildren } from 'preact';
import { SKIP_MESSAGES } from '../../src/popup/form-fields';
import { t } from '../../src/popup/i18n';
import type { PageSummary } from '../../src/popup/reports';
import { formatDay } from './RequestsView';
import type { TabReports } from './useTabReports';

interface Props {
  summary: PageSummary;
  page: TabReports;
  /** The automatic-fill switch of the profile's carrier. */
  autofill?: ComponentChildren;
  /** The prepared message, on chat-only pages. */
  chat?: ComponentChildren;
}

function outcomeText(outcome: TabReports['outcome']): string {
  if (!outcome) return '';
  if (outcome.result === 'unreachable') return t('page_unreachable');
  return t(outcome.action === 'page:undo' ? 'page_undone' : 'page_refilled');
}

/** What ReSIM did on the tab behind the popup, with Undo and Fill again. */
export function ThisPagePanel({ summary, page, autofill, chat }: Props) {
  const { filled, skipped } = summary;
  const canAct = !summary.chatOnly || filled.length > 0;
  // The same request is open: ReSIM held the replacement form back (one request, not two).
  const duplicate = page.reports.find((report) => report.duplicateOf)?.duplicateOf;
  return (
    <section class="card page-panel" aria-labelledby="page-title">
      <h2 id="page-title">{t('page_title')}</h2>
      {duplicate ? <p class="banner notice">{t('page_duplicate', formatDay(duplicate.sentAt))}</p> : null}
      {filled.length > 0 ? (
        <>
          <h3 id="page-filled">{t('page_filled')}</h3>
          <ul class="entries filled" aria-labelledby="page-filled">
            {filled.map((entry) => (
              <li key={`${entry.field}|${entry.label}|${entry.shown}`}>
                <span class="entry-label">{entry.label}</span>
                <span class="entry-value">{entry.shown}</span>
              </li>
            ))}
          </ul>
        </>
      ) : summary.chatOnly ? null : (
        <p class="hint">{t('page_nothing_filled')}</p>
      )}
      {skipped.length > 0 ? (
        <>
          <h3 id="page-skipped">{t('page_skipped')}</h3>
          <ul class="entries skipped" aria-labelledby="page-skipped">
            {skipped.map((entry) => (
              <li key={`${entry.field}|${entry.label}|${entry.reason}`}>
                <span class="entry-label">{entry.label}</span>
                <span class="entry-reason">{t(SKIP_MESSAGES[entry.reason])}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {chat}
      {canAct ? (
        <div class="actions">
          <button
            type="button"
            class="button small"
            disabled={page.busy || filled.length === 0}
            onClick={() => void page.run('page:undo')}
          >
            {t('page_undo')}
          </button>
          <button
            type="button"
            class="button small"
            disabled={page.busy}
            onClick={() => void page.run('page:again')}
          >
            {t('page_fill_again')}
          </button>
        </div>
      ) : null}
      <p role="status" class={`outcome${page.outcome?.result === 'unreachable' ? ' error' : ''}`}>
        {outcomeText(page.outcome)}
      </p>
      {autofill}
    </section>
  );
}
