// Issue 10 "Small": the built Chrome extension stays within its size budgets (gzip -9, deterministic
// for a given build). Budgets and "the popup at first paint" are defined once, in
// scripts/bench/sizes.mjs, which `npm run bench` prints too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatSizes, measureSizes } from '../../scripts/bench/sizes.mjs';
import { EXTENSION_DIR } from '../support/harness';

const sizes = measureSizes(EXTENSION_DIR);
const table = formatSizes(sizes, EXTENSION_DIR).join('\n');

describe('bundle sizes stay within budget (gzip -9)', () => {
  for (const row of sizes.rows.filter((row) => !row.ceiling)) {
    test(`${row.label} ≤ ${(row.budget / 1024).toFixed(0)} KB`, () => {
      expect(
        row.gzip,
        `${row.label} is ${(row.gzip / 1024).toFixed(1)} KB gzip\n${table}`,
      ).toBeLessThanOrEqual(row.budget);
    });
  }

  // A bundle still over its budget may only shrink; once under the budget its ceiling must go, so the
  // budget itself is asserted again.
  for (const row of sizes.rows.filter((row) => row.ceiling)) {
    const ceiling = row.ceiling ?? 0;
    test(`${row.label} ≤ ${(ceiling / 1024).toFixed(0)} KB, its ceiling until it meets ${(row.budget / 1024).toFixed(0)} KB`, () => {
      expect(
        row.gzip,
        `${row.label} is ${(row.gzip / 1024).toFixed(1)} KB gzip\n${table}`,
      ).toBeLessThanOrEqual(ceiling);
      expect(
        row.gzip,
        `${row.label} now meets its ${(row.budget / 1024).toFixed(0)} KB budget: remove its ceiling (scripts/bench/sizes.mjs)`,
      ).toBeGreaterThan(row.budget);
    });
  }

  // The engine's parts injected only when needed are listed beside it, never hidden: the in-page
  // prompt (fill-prompt.js) is one, and the engine itself carries none of the prompt's words.
  test("the engine's on-demand parts are measured apart: the in-page prompt", () => {
    expect(sizes.engineOnDemand.map((size) => size.file)).toContain('fill-prompt.js');
    const engine = readFileSync(join(EXTENSION_DIR, 'fill-engine.js'), 'utf8');
    const prompt = readFileSync(join(EXTENSION_DIR, 'fill-prompt.js'), 'utf8');
    for (const words of ['Fill with ReSIM', 'Remplir avec ReSIM']) {
      expect(engine).not.toContain(words);
      expect(prompt).toContain(words);
    }
  });

  // Guards the budget itself: a parser that missed the popup's scripts would pass any budget.
  test('the popup at first paint counts the script and the style sheet popup.html loads', () => {
    const files =
      sizes.rows.find((row) => row.key === 'popupFirstPaint')?.files.map((size) => size.file) ?? [];
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    expect(files.some((file) => file.endsWith('.css'))).toBe(true);
  });
});
