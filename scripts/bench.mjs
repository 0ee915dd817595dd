#!/usr/bin/env node
// Size and speed report for the automatic fill (report only: nothing here is a pass/fail gate).
//
//   node scripts/bench.mjs [--runs N] [--json]
//
// 1. Content script size: .output/chrome-mv3/content-scripts/carrier.js (or $RESIM_OUT_DIR), raw and
//    gzip -9, and whether zod or Preact slipped into it (the issue aims for ≤ 15 KB gzip, no zod/Preact).
// 2. Fill time per corpus page: the engine the content script runs (src/fill/run.ts `fillPage`, built
//    with Vite so import.meta.glob registries work) is injected into each e2e fixture page, served at
//    its carrier URL in plain headless Chromium, and timed with performance.now() around the call in
//    the page. Each page is loaded fresh for every run; the median is reported.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { buildFrameworkAssets } from '../tests/fixtures/frameworks/build.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = resolve(ROOT, process.env.RESIM_OUT_DIR ?? '.output');
const CONTENT_SCRIPT = join(OUT_DIR, 'chrome-mv3/content-scripts/carrier.js');
// Loaded by the content script only in frames the background allowed.
const FILL_ENGINE = join(OUT_DIR, 'chrome-mv3/fill-engine.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIXTURES = join(ROOT, 'tests/fixtures');

const args = process.argv.slice(2);
const json = args.includes('--json');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 5) : 5;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function contentScriptSize(file = CONTENT_SCRIPT) {
  if (!existsSync(file)) return { error: `no ${file}: build first (RESIM_OUT_DIR=… npx wxt build)` };
  const source = readFileSync(file);
  const text = source.toString('utf8');
  return {
    file,
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    // Markers that survive minification: zod's error class name, Preact's internal option hooks.
    containsZod: /ZodError|\$ZodType/.test(text),
    containsPreact: /__PREACT_DEVTOOLS__|options\.__b|preact/i.test(text),
  };
}

/** The corpus and the profile formatting, from the e2e suite's TypeScript, as one ESM file. */
async function loadCorpus(dir) {
  const outfile = join(dir, 'corpus.mjs');
  await esbuild({
    stdin: {
      contents: `export * from './tests/fixtures/sites/corpus.ts'; export { formattedValues } from './tests/fixtures/sites/oracle.ts';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
  return import(pathToFileURL(outfile).href);
}

/** fillPage built exactly from src/, exposed to the page as window.__resimBench(data). */
async function buildEngine(dir) {
  const entry = join(dir, 'bench-entry.ts');
  writeFileSync(
    entry,
    `import { fillPage } from ${JSON.stringify(join(ROOT, 'src/fill/run.ts'))};
import { PLATFORMS } from ${JSON.stringify(join(ROOT, 'src/platforms/index.ts'))};
(window as any).__resimBench = (data: any) => {
  const start = performance.now();
  const session = fillPage(document, data, { force: false, frameUrl: location.href, adapters: PLATFORMS });
  const ms = performance.now() - start;
  return { ms, filled: session.report.filled.length, skipped: session.report.skipped.length, forms: session.report.formCount };
};
`,
  );
  const output = await viteBuild({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'ResimBench', fileName: () => 'bench.js' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  return chunks.find((chunk) => chunk.type === 'chunk').code;
}

const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

async function timePages(corpus) {
  const assets = await buildFrameworkAssets();
  // Slow scripts of the corpus answer at once here: the bench times the fill, not the page's load.
  const routeBody = (route) => {
    if ('file' in route) {
      return {
        body: readFileSync(join(FIXTURES, route.file)),
        contentType: CONTENT_TYPES[extname(route.file)],
      };
    }
    return { body: 'asset' in route ? assets[route.asset] : route.script, contentType: CONTENT_TYPES['.js'] };
  };
  const pages = [...corpus.SUPPORT_PAGES, ...corpus.DYNAMIC_PAGES];
  const routes = new Map();
  for (const page of pages) {
    for (const [url, route] of [[page.url, page.route], ...Object.entries(page.extra ?? {})]) {
      const u = new URL(url);
      routes.set(`${u.origin}${u.pathname}`, route);
    }
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
  });
  const results = [];
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      const served = routes.get(`${u.origin}${u.pathname}`);
      return served ? route.fulfill({ status: 200, ...routeBody(served) }) : route.abort('blockedbyclient');
    });
    const engine = await buildEngine(mkdtempSync(join(tmpdir(), 'resim-bench-engine-')));
    for (const page of pages) {
      const data = {
        values: corpus.formattedValues(page.profile),
        reason: page.profile.reason,
        notes: page.profile.notes,
      };
      const samples = [];
      let last;
      for (let run = 0; run < RUNS; run++) {
        const tab = await context.newPage();
        await tab.goto(page.url, { waitUntil: 'load' });
        if (page.readySelector) await tab.locator(page.readySelector).first().waitFor({ timeout: 10_000 });
        await tab.addScriptTag({ content: engine });
        last = await tab.evaluate((fillData) => window.__resimBench(fillData), data);
        samples.push(last.ms);
        await tab.close();
      }
      results.push({
        page: page.name,
        url: page.url,
        ...last,
        ms: median(samples),
        min: Math.min(...samples),
        max: Math.max(...samples),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function main() {
  const size = contentScriptSize();
  const dir = mkdtempSync(join(tmpdir(), 'resim-bench-'));
  let timings;
  try {
    timings = await timePages(await loadCorpus(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (json) {
    console.log(
      JSON.stringify(
        { contentScript: size, fillEngine: contentScriptSize(FILL_ENGINE), runs: RUNS, timings },
        null,
        2,
      ),
    );
    return;
  }
  console.log('ReSIM bench (report only)');
  if (size.error) console.log(`  content script: ${size.error}`);
  else
    console.log(
      `  content script ${size.file.replace(`${ROOT}/`, '')}: ${kb(size.raw)} raw, ${kb(size.gzip)} gzip -9` +
        `${size.containsZod ? ', CONTAINS ZOD' : ''}${size.containsPreact ? ', CONTAINS PREACT' : ''}`,
    );
  const engine = contentScriptSize(FILL_ENGINE);
  if (!engine.error)
    console.log(
      `  fill engine (loaded on demand) ${engine.file.replace(`${ROOT}/`, '')}: ${kb(engine.raw)} raw, ${kb(engine.gzip)} gzip -9` +
        `${engine.containsZod ? ', CONTAINS ZOD' : ''}${engine.containsPreact ? ', CONTAINS PREACT' : ''}`,
    );
  console.log(`  fillPage time per page (median of ${RUNS} fresh loads, headless Chromium, this machine):`);
  for (const t of timings) {
    console.log(
      `    ${t.ms.toFixed(1).padStart(6)} ms (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)})  ` +
        `${String(t.filled).padStart(2)} filled, ${String(t.skipped).padStart(2)} skipped, ${t.forms} form(s)  ${t.page}`,
    );
  }
  const all = timings.map((t) => t.ms);
  console.log(`  median over pages ${median(all).toFixed(1)} ms, slowest ${Math.max(...all).toFixed(1)} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
