#!/usr/bin/env node
// Dumps what the detector sees on every page of a labelled corpus (signals, rule scores, forms), one
// JSON line per page, so that scripts/learn/train.mjs can learn and evaluate without a browser.
//   node scripts/learn/dump.mjs <corpus dir> <out.jsonl>
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { readablePath } from '../inspect/browser.mjs';
import { bundleEntry } from '../inspect/bundle.mjs';

const [dir, out] = process.argv.slice(2);
if (!dir || !out || !existsSync(join(dir, 'labels.json'))) {
  console.error('usage: node scripts/learn/dump.mjs <corpus dir with pages/ and labels.json> <out.jsonl>');
  process.exit(2);
}
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
const pages = Object.keys(labels).sort();
const script = await bundleEntry(resolve(import.meta.dirname, 'dump-entry.ts'), '__resimDump');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const context = await browser.newContext();
await context.route(/^(?!file:)/, (route) => route.abort('blockedbyclient'));
const sink = createWriteStream(out);
// Pages re-encoded to UTF-8 under an old meta charset are read as the inspector reads them.
const copies = mkdtempSync(join(tmpdir(), 'resim-dump-'));
let next = 0;
let done = 0;
async function worker() {
  let page = await context.newPage();
  while (next < pages.length) {
    const name = pages[next++];
    try {
      const file = readablePath(resolve(dir, 'pages', name), copies);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 15000 });
      const result = await page.evaluate(`(() => { ${script}; return __resimDump.dump(); })()`);
      sink.write(`${JSON.stringify({ page: name, labels: labels[name], ...result })}\n`);
    } catch (error) {
      sink.write(
        `${JSON.stringify({ page: name, labels: labels[name], error: String(error).split('\n')[0] })}\n`,
      );
      await page.close().catch(() => {});
      page = await context.newPage();
    }
    if (++done % 200 === 0) process.stderr.write(`${done}/${pages.length}\n`);
  }
  await page.close().catch(() => {});
}
await Promise.all([worker(), worker()]);
sink.end();
await browser.close();
rmSync(copies, { recursive: true, force: true });
