// Detection touches each control once (issue 10): the DOM work of a pass grows with the page, not
// with the page squared. Counted, never timed: on generated pages (scripts/bench/scaling-page.mjs)
// four times larger, every count below may grow about four times — a query run once per control
// over the whole page, or a style read once per control for each of its ancestors, would grow
// sixteen times or show more reads than the page has elements.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SAMPLE_DATA, scalingPage } from '../../scripts/bench/scaling-page.mjs';
import { fillPage } from '../fill/run';
import { PLATFORMS } from '../platforms';

interface Reads {
  controls: number;
  elements: number;
  /** getComputedStyle calls. */
  styles: number;
  /** querySelectorAll / querySelector calls, and the elements under the nodes they searched. */
  queries: number;
  searched: number;
}

const QUERY_OWNERS = [Element.prototype, Document.prototype, DocumentFragment.prototype];

function readsOf(controls: number): Reads {
  const html = scalingPage(controls, { deviceModels: 20 });
  document.documentElement.innerHTML = html.slice(html.indexOf('<head>'), html.lastIndexOf('</html>'));
  const reads: Reads = {
    controls: document.querySelectorAll('input, select, textarea').length,
    elements: document.getElementsByTagName('*').length,
    styles: 0,
    queries: 0,
    searched: 0,
  };
  const computedStyle = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((...args) => {
    reads.styles++;
    return computedStyle(...args);
  });
  for (const owner of QUERY_OWNERS) {
    for (const method of ['querySelectorAll', 'querySelector'] as const) {
      const original = owner[method] as (this: ParentNode, selector: string) => unknown;
      vi.spyOn(owner, method).mockImplementation(function (this: ParentNode, selector: string) {
        reads.queries++;
        reads.searched += (this as Element).getElementsByTagName?.('*').length ?? 0;
        return original.call(this, selector);
      } as never);
    }
  }
  const pass = fillPage(document, SAMPLE_DATA, {
    adapters: PLATFORMS,
    mode: 'auto',
    telecom: true,
    frameUrl: 'https://www.carrier.example/support/esim-replacement',
  });
  vi.restoreAllMocks();
  expect(pass.session.report.filled.map((entry) => entry.field)).toEqual(
    expect.arrayContaining(['fullName', 'email', 'imei', 'eid', 'iccid', 'reason', 'description']),
  );
  return reads;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('detection and fill read the page in one linear pass', () => {
  test('four times the controls: about four times the reads, never sixteen', { timeout: 120_000 }, () => {
    const small = readsOf(100);
    const large = readsOf(400);
    const growth = large.controls / small.controls;
    expect(growth).toBeGreaterThan(3.5);
    // Each element's computed style is read at most once.
    expect(large.styles).toBeLessThanOrEqual(large.elements);
    expect(large.styles / small.styles).toBeLessThan(growth * 1.25);
    expect(large.queries / small.queries).toBeLessThan(growth * 1.25);
    // The elements the queries searched: a page-wide query per control would square this.
    expect(large.searched / small.searched).toBeLessThan(growth * 1.5);
  });
});
