import { describe, expect, test, vi } from 'vitest';
import type { FillReport } from '../report/types';
import { type AutofillDeps, type FillPass, startAutofill } from './controller';

const report = (filled: number, formCount = 1): FillReport => ({
  url: 'https://www.opt.nc/x',
  formCount,
  filled: Array.from({ length: filled }, () => ({
    field: 'email' as const,
    label: 'Email',
    shown: 'a@b.nc',
  })),
  skipped: [],
  platform: null,
  at: 0,
});

function harness(overrides: Partial<AutofillDeps> = {}, chatOnly = false) {
  const sent: FillReport[] = [];
  let onChange: () => void = () => {};
  const undo = vi.fn();
  const passes: FillPass[] = [{ report: report(3), undo }];
  const fill = vi.fn((): FillPass => passes.shift() ?? { report: report(0, 0), undo: vi.fn() });
  const controller = new AbortController();
  const deps: AutofillDeps = {
    doc: document,
    signal: controller.signal,
    requestContext: async () => ({
      allowed: true,
      carrierId: 'opt-nc',
      data: { values: {}, reason: '', notes: '' },
    }),
    sendReport: async (r) => {
      sent.push(r);
    },
    loadEngine: async () => ({
      fill,
      watch: (_doc, callback) => {
        onChange = callback;
      },
      isChatOnly: () => chatOnly,
    }),
    ...overrides,
  };
  return { deps, sent, fill, undo, passes, abort: () => controller.abort(), change: () => onChange() };
}

describe('startAutofill', () => {
  test('does nothing when the background refuses', async () => {
    const h = harness({ requestContext: async () => ({ allowed: false, reason: 'third-party frame' }) });
    const loadEngine = vi.fn(h.deps.loadEngine);
    expect(await startAutofill({ ...h.deps, loadEngine })).toBeUndefined();
    expect(loadEngine).not.toHaveBeenCalled();
    expect(h.fill).not.toHaveBeenCalled();
    expect(h.sent).toEqual([]);
  });

  test('fills once, reports, then fills what appears later', async () => {
    const h = harness();
    await startAutofill(h.deps);
    expect(h.fill).toHaveBeenCalledWith(
      document,
      expect.anything(),
      expect.objectContaining({ force: false }),
    );
    expect(h.sent.at(-1)?.filled).toHaveLength(3);
    h.passes.push({ report: report(2), undo: vi.fn() });
    h.change();
    expect(h.sent.at(-1)?.filled).toHaveLength(5);
    expect(h.sent.at(-1)?.formCount).toBe(2);
  });

  test('a pass that finds nothing new sends no report', async () => {
    const h = harness();
    await startAutofill(h.deps);
    const count = h.sent.length;
    h.change();
    expect(h.sent).toHaveLength(count);
  });

  test('undo reverts every pass and reports nothing filled', async () => {
    const h = harness();
    const controller = await startAutofill(h.deps);
    controller?.undo();
    expect(h.undo).toHaveBeenCalledOnce();
    expect(h.sent.at(-1)?.filled).toEqual([]);
  });

  test('fill again forces a new pass', async () => {
    const h = harness();
    const controller = await startAutofill(h.deps);
    controller?.fillAgain();
    expect(h.fill).toHaveBeenLastCalledWith(
      document,
      expect.anything(),
      expect.objectContaining({ force: true }),
    );
  });

  test('stops when the content script context is invalidated', async () => {
    const h = harness();
    await startAutofill(h.deps);
    h.abort();
    h.change();
    expect(h.fill).toHaveBeenCalledOnce();
  });

  test('a chat-only page is reported as such when there is nothing to fill', async () => {
    const h = harness({}, true);
    h.passes.length = 0;
    await startAutofill(h.deps);
    expect(h.sent.at(-1)?.chatOnly).toBe(true);
  });

  test('a value the page throws away after a frame is re-reported as skipped', async () => {
    const h = harness();
    const settledReport = {
      ...report(2),
      skipped: [{ field: 'email' as const, label: 'Email', reason: 'reverted-by-page' as const }],
    };
    h.passes[0] = { report: report(3), settled: Promise.resolve(settledReport), undo: vi.fn() };
    await startAutofill(h.deps);
    await Promise.resolve();
    expect(h.sent.at(-1)?.filled).toHaveLength(2);
    expect(h.sent.at(-1)?.skipped).toEqual(settledReport.skipped);
  });
});

test('a field the first pass itself reveals (a reason’s dependent field) is filled by a second pass', async () => {
  const { watchForms } = await import('./watch');
  document.body.innerHTML = '<form><select id="reason"></select><input id="dependent" hidden></form>';
  const dependent = document.getElementById('dependent')!;
  const h = harness();
  h.passes.push({ report: report(1), undo: vi.fn() });
  // The first pass chooses the reason; the page shows the dependent field at once, as HubSpot does.
  const fill = vi.fn((): FillPass => {
    dependent.hidden = false;
    return h.passes.shift() ?? { report: report(0, 0), undo: vi.fn() };
  });
  await startAutofill({
    ...h.deps,
    loadEngine: async () => ({
      fill,
      watch: (doc, callback, signal) => watchForms(doc, callback, signal, { delay: 10, maxWait: 50 }),
      isChatOnly: () => false,
    }),
  });
  await vi.waitFor(() => expect(fill).toHaveBeenCalledTimes(2), { timeout: 1000 });
  h.abort();
});
