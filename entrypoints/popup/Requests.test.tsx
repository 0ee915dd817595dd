import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadRequests, type RequestRecord, recordRequest } from '../../src/journey/request-log';
import { summarizeReports } from '../../src/popup/reports';
import type { FillReport } from '../../src/report/types';
import { useLocale } from '../../tests/support/fake-i18n';
import { RequestsView } from './RequestsView';
import { ThisPagePanel } from './ThisPagePanel';

// The popup's Requests view and the "already sent" line of the This page panel, over WXT's fake
// browser with the real request log in storage.

const SENT_AT = new Date(2026, 11, 3, 16, 0).getTime(); // Thursday 3 Dec 2026
const NOW = SENT_AT + 60 * 60 * 1000;

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const sent = (extra: Partial<Parameters<typeof recordRequest>[0]> = {}) =>
  recordRequest({
    carrierId: 'opt-nc',
    carrierName: 'OPT-NC (Mobilis / Helia)',
    orderNumber: 'OPT-2024-118734',
    page: 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim',
    fields: ['email'],
    sentAt: SENT_AT,
    ...extra,
  });

/** Lets storage answer and the view render again. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

async function show(now = NOW) {
  await act(() => render(<RequestsView now={now} />, root));
  await settle();
}

const rows = () => Array.from(root.querySelectorAll<HTMLLIElement>('ul[aria-label] > li'));
const button = (scope: ParentNode, name: string) =>
  Array.from(scope.querySelectorAll('button')).find((el) => el.textContent === name)!;

describe('the Requests view', () => {
  test('with nothing sent yet, says so', async () => {
    await show();
    expect(root.textContent).toContain('No request yet.');
  });

  test('an open request: carrier, page, date sent, and an answer expected 3 working days later', async () => {
    await sent();
    await show();
    const [row, ...more] = rows();
    expect(more).toEqual([]);
    const text = row!.textContent!;
    expect(text).toContain('OPT-NC (Mobilis / Helia)');
    expect(text).toContain('Sent on Dec 3, 2026');
    expect(text).toContain('www.opt.nc/particuliers/mobile/esim/remplacement-esim');
    expect(text).toContain('Order OPT-2024-118734');
    // Thursday + 3 working days: the weekend is skipped.
    expect(text).toContain('Expect an answer by Dec 8, 2026');
    expect(row!.querySelector<HTMLInputElement>('input[role="switch"]')!.checked).toBe(false);
  });

  test('past the date: the answer "was expected"', async () => {
    await sent();
    await show(SENT_AT + 10 * 24 * 60 * 60 * 1000);
    expect(rows()[0]!.querySelector('.request-due.overdue')?.textContent).toBe(
      'An answer was expected by Dec 8, 2026',
    );
  });

  test('Remind me is an opt-in switch kept in the log', async () => {
    const request = await sent();
    await show();
    const toggle = rows()[0]!.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(root.querySelector(`label[for="${toggle.id}"]`)?.textContent).toBe('Remind me');
    await act(() => toggle.click());
    await settle();
    expect((await loadRequests()).find((r) => r.id === request.id)?.remind).toBe(true);
  });

  test('Answered and Close fold the request below; Reopen brings it back', async () => {
    await sent();
    await sent({ orderNumber: 'B-2', sentAt: SENT_AT + 1000 });
    await show();
    expect(rows()).toHaveLength(2);
    await act(() => button(rows()[0]!, 'Answered').click());
    await settle();
    await act(() => button(rows()[0]!, 'Close').click());
    await settle();
    expect(rows()).toHaveLength(0);
    const folded = root.querySelector('details')!;
    expect(folded.querySelector('summary')?.textContent).toBe('Answered or closed (2)');
    expect(Array.from(folded.querySelectorAll('.request-state'), (el) => el.textContent).sort()).toEqual([
      'Answered',
      'Closed',
    ]);
    expect((await loadRequests()).map((r: RequestRecord) => r.status).sort()).toEqual(['answered', 'closed']);
    await act(() => button(folded, 'Reopen').click());
    await settle();
    expect(rows()).toHaveLength(1);
  });

  test('follows changes made elsewhere (the background logging a new request)', async () => {
    await show();
    await sent();
    await settle();
    expect(rows()).toHaveLength(1);
  });

  test('in French', async () => {
    useLocale('fr');
    await sent();
    await show();
    expect(rows()[0]!.textContent).toContain("Réponse attendue d'ici le 8 déc. 2026");
  });
});

describe('This page, when the same request was sent already', () => {
  const report = (extra: Partial<FillReport> = {}): FillReport => ({
    url: 'https://www.opt.nc/esim',
    formCount: 0,
    filled: [],
    skipped: [],
    platform: null,
    offered: 1,
    at: NOW,
    ...extra,
  });
  const panel = (reports: FillReport[]) =>
    act(() =>
      render(
        <ThisPagePanel
          summary={summarizeReports(reports)}
          page={{ tabId: 1, reports, outcome: null, busy: false, run: async () => undefined }}
        />,
        root,
      ),
    );

  test('says when it was sent, and that nothing was filled by itself', async () => {
    await panel([report({ duplicateOf: { sentAt: SENT_AT } })]);
    expect(root.textContent).toContain(
      'You already sent this request on Dec 3, 2026. A second one slows the review, so ReSIM filled nothing by itself.',
    );
  });

  test('says nothing of it otherwise', async () => {
    await panel([report()]);
    expect(root.textContent).not.toContain('already sent');
  });
});
