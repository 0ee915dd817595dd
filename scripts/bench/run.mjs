#!/usr/bin/env node
// `npm run bench`: builds the Chrome extension into its own folder, then measures and prints a table
// and the same figures as JSON (issue 10, "Fast" and "Small"). Report only: the size budgets are
// asserted by `npm test` (tests/e2e/bundle-budgets.e2e.ts); timings are never asserted.
//
//   npm run bench [-- --json] [--write [file]] [--no-build] [--out dir] [--pairs 7] [--runs 7]
//                 [--only sizes,scaling,heavy,popup] [--floor-run-at document_idle|document_end]
//
//   sizes    gzip -9 of each bundle against its budget (scripts/bench/sizes.mjs)
//   scaling  detection + fill on generated pages of 100, 1,000 and 10,000 controls
//            (scripts/bench/scaling.mjs), median of --runs loads each
//   heavy    the heavy carrier page, ReSIM against a floor extension, --pairs alternated pairs
//            (scripts/bench/heavy.mjs, floor.mjs, heavy-page.mjs)
//   popup    popup first render, median of --runs loads (scripts/bench/popup.mjs)
//
// --json prints the JSON only; --write saves it (default bench-results.json). Progress goes to stderr.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { CHROMIUM } from './browser.mjs';
import { measureHeavyPage } from './heavy.mjs';
import { measurePopup } from './popup.mjs';
import { formatSizes, measureSizes } from './sizes.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = args[at + 1];
  return value === undefined || value.startsWith('--') ? true : value;
};
const jsonOnly = args.includes('--json');
const writeTo = option('write', false);
const outDir = resolve(ROOT, option('out', '.output-bench'));
const pairs = Math.max(1, Number(option('pairs', 7)) || 7);
const runs = Math.max(1, Number(option('runs', 7)) || 7);
const only = new Set(String(option('only', 'sizes,scaling,heavy,popup')).split(','));
const floorRunAt = String(option('floor-run-at', 'document_idle'));
const extensionDir = join(outDir, 'chrome-mv3');

/** A path as short as it is clear: relative inside the project, absolute outside it. */
const shownPath = (path) => (relative(ROOT, path).startsWith('..') ? path : relative(ROOT, path));

const log = (line) => process.stderr.write(`${line}\n`);

const TARGETS = {
  scalingMsAt10000: 50,
  scalingGrowth: 12,
  heavyFillRatio: 1.5,
  heavyScriptRatio: 1.5,
  popupFirstRenderMs: 100,
};

function build() {
  log(`building the Chrome extension into ${outDir} …`);
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, RESIM_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('the build failed');
}

/** H6's scaling module, when it is there (it is optional for the rest of the bench). */
async function scaling() {
  let module;
  try {
    module = await import('./scaling.mjs');
  } catch (error) {
    return { error: `scripts/bench/scaling.mjs not available: ${error.message}` };
  }
  return { ...(await module.measureScaling({ runs })), format: module.formatScaling };
}

const chromiumVersion = () =>
  spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.match(/[\d.]{6,}/)?.[0] ?? 'unknown';

const machine = () => ({
  chromium: chromiumVersion(),
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 2 ** 30),
  loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
  node: process.version,
});

const ms = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(0)} ms`);
const times = (value) => (value === null || value === undefined ? '—' : `${value.toFixed(2)}×`);
const verdict = (ok) => (ok ? 'ok' : 'OVER');

function table(results) {
  const lines = ['', 'ReSIM bench'];
  const m = results.machine;
  lines.push(
    `machine: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB, load average ${m.loadAverage.join(' ')} at start;` +
      ` Chromium ${m.chromium}, Node ${m.node}`,
  );
  if (results.sizes)
    lines.push('', 'Sizes', ...formatSizes(results.sizes, shownPath(extensionDir)).map((l) => `  ${l}`));
  if (results.scaling) {
    lines.push('', `Scaling: detection + fill on generated pages, median of ${runs} loads`);
    if (results.scaling.error) lines.push(`  ${results.scaling.error}`);
    else lines.push(results.scalingTable);
  }
  const heavy = results.heavy;
  if (heavy) {
    lines.push(
      '',
      `Heavy page: ${heavy.url}, ${heavy.controls} controls (2,500 unrelated, a 1,500-option device select);` +
        ` medians of ${heavy.pairs} alternated pairs after 1 warm-up pair; floor at ${heavy.floorRunAt}`,
      '                      ReSIM      floor   ReSIM/floor  target',
      `  DCL → filled    ${ms(heavy.resim.fillMs).padStart(9)}  ${ms(heavy.floor.fillMs).padStart(9)}  ${times(heavy.ratios.fill).padStart(11)}  ≤ ${TARGETS.heavyFillRatio}×  ${verdict(heavy.ratios.fill !== null && heavy.ratios.fill <= TARGETS.heavyFillRatio)}`,
      `  script time     ${ms(heavy.resim.scriptMs).padStart(9)}  ${ms(heavy.floor.scriptMs).padStart(9)}  ${times(heavy.ratios.script).padStart(11)}  ≤ ${TARGETS.heavyScriptRatio}×  ${verdict(heavy.ratios.script !== null && heavy.ratios.script <= TARGETS.heavyScriptRatio)}`,
      `  + compile       ${ms(heavy.resim.scriptWithCompileMs).padStart(9)}  ${ms(heavy.floor.scriptWithCompileMs).padStart(9)}  ${times(heavy.ratios.scriptWithCompile).padStart(11)}  ≤ ${TARGETS.heavyScriptRatio}×  ${verdict(heavy.ratios.scriptWithCompile !== null && heavy.ratios.scriptWithCompile <= TARGETS.heavyScriptRatio)}`,
      `  (main-thread task time ${ms(heavy.resim.taskMs)} vs ${ms(heavy.floor.taskMs)}; script and task time counted until ${heavy.settleMs} ms after the form is complete;`,
      `  "+ compile": the script time with the extension's own compile in the page, ${ms(heavy.resim.extensionCompileMs)} vs ${ms(heavy.floor.extensionCompileMs)},`,
      `  which CDP ScriptDuration leaves out: median of ${heavy.tracedLoads} traced loads each, after the timed pairs)`,
    );
    for (const [who, side] of [
      ['ReSIM', heavy.resim],
      ['floor', heavy.floor],
    ]) {
      if (side.incomplete) lines.push(`  ${who}: ${side.incomplete} load(s) never completed the form`);
      if (side.wrongFields.length) lines.push(`  ${who}: wrong or missing: ${side.wrongFields.join(', ')}`);
      if (side.unrelatedChanged)
        lines.push(`  ${who}: changed ${side.unrelatedChanged} unrelated control(s)`);
    }
  }
  const popup = results.popup;
  if (popup) {
    lines.push(
      '',
      `Popup first render (popup.html in a tab, 360×600, profile stored), median of ${popup.loads} loads`,
      `  first contentful paint ${ms(popup.firstContentfulPaintMs)} (#app rendered at ${ms(popup.renderedMs)})` +
        `  target ≤ ${TARGETS.popupFirstRenderMs} ms  ${verdict(popup.firstContentfulPaintMs <= TARGETS.popupFirstRenderMs)}`,
    );
  }
  lines.push(
    '',
    'Timings are reported, never asserted; on a shared or busy machine they vary from run to run.',
  );
  return lines.join('\n');
}

async function main() {
  const results = { date: new Date().toISOString(), machine: machine(), targets: TARGETS, extensionDir };
  if (!args.includes('--no-build')) build();
  if (only.has('sizes')) results.sizes = measureSizes(extensionDir);
  if (only.has('scaling')) {
    log('scaling series …');
    const { format, ...series } = await scaling();
    results.scaling = series;
    if (format) results.scalingTable = format(series);
  }
  if (only.has('heavy')) {
    log(`heavy page, ${pairs} pairs …`);
    results.heavy = await measureHeavyPage({ root: ROOT, extensionDir, pairs, floorRunAt, log });
  }
  if (only.has('popup')) {
    log(`popup first render, ${runs} loads …`);
    results.popup = await measurePopup({ extensionDir, loads: runs });
  }
  const { scalingTable, ...json } = results;
  const text = JSON.stringify(json, null, 2);
  if (!jsonOnly) console.log(`${table(results)}\n\nJSON\n${text}`);
  else console.log(text);
  if (writeTo) {
    const file = resolve(ROOT, writeTo === true ? 'bench-results.json' : writeTo);
    writeFileSync(file, `${text}\n`);
    log(`written to ${file}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
