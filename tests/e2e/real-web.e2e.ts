import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Inspector, openInspector, type Visit, visitAll } from '../../scripts/inspect/browser.mjs';
import { ROOT } from '../support/harness';
import { addUp, type Label, percent, scorePage, summaryLine } from '../support/real-web-score.mjs';

// Real-web regression test: the detector (as `npm run inspect` runs it, no extension needed) on 200
// real-site pages from Formasaurus, vendored by scripts/vendor-real-web.mjs, scored like the corpora
// the project is judged on. The floors in floors.json are what the detector measured when they were
// set: raise them as detection improves, never lower them to make a change pass.
const DIR = join(ROOT, 'tests/fixtures/real-web');
const CORPUS = join(DIR, 'formasaurus');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

interface Floors {
  accuracy: number;
  falseLabelRate: number;
  esimFalseLabels: number;
}
const floors = readJson<Floors>(join(DIR, 'floors.json'));
const labels = readJson<Record<string, Label[]>>(join(CORPUS, 'labels.json'));
const sample = readJson<string[]>(join(CORPUS, 'sample.json'));

describe('real-web regression: Formasaurus sample', () => {
  let inspector: Inspector;
  let visits: Visit[] = [];

  beforeAll(async () => {
    inspector = await openInspector();
    visits = await visitAll(
      inspector,
      sample.map((page) => join(CORPUS, 'pages', page)),
      undefined,
      4,
    );
  }, 180_000);

  afterAll(async () => {
    await inspector?.close();
  });

  test('the vendored sample is whole: 200 pages, each with its labels', () => {
    expect(sample).toHaveLength(200);
    expect([...sample].sort()).toEqual(sample);
    expect(Object.keys(labels).sort()).toEqual(sample);
    expect(readdirSync(join(CORPUS, 'pages')).sort()).toEqual(sample);
  });

  test('every page loads and reports one control per label', () => {
    const broken = sample.flatMap((page, i) => {
      const visit = visits[i];
      if (!visit || visit.error) return [`${page}: ${visit?.error ?? 'not visited'}`];
      const count = visit.fields?.length ?? 0;
      return count === labels[page]!.length
        ? []
        : [`${page}: ${count} controls, ${labels[page]!.length} labels`];
    });
    expect(broken).toEqual([]);
  });

  test('accuracy, false labels and eSIM false labels stay within the floors', () => {
    const scores = sample.map((page, i) => ({ page, ...scorePage(labels[page]!, visits[i]?.fields ?? []) }));
    const total = addUp(scores);
    console.log(summaryLine('real-web formasaurus sample', total));

    const misses = scores
      .flatMap((s) => s.misses.map((m) => `${s.page}#${m.index} ${m.kind}: want ${m.want}, got ${m.got}`))
      .join('\n');
    expect(percent(total.right, total.inScope), misses).toBeGreaterThanOrEqual(floors.accuracy);
    expect(percent(total.falseLabels, total.negatives), misses).toBeLessThanOrEqual(floors.falseLabelRate);
    expect(total.esimFalse, misses).toBeLessThanOrEqual(floors.esimFalseLabels);
    expect(total.pages).toBe(200);
  });
});
