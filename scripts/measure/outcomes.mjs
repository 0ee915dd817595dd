#!/usr/bin/env node
// What ReSIM's gate decides for every form of a Formasaurus corpus when its pages are served on a
// carrier's own https domain (https://www.opt.nc/…): automatic, offer or nothing, per annotated kind.
// node scripts/measure/outcomes.mjs [corpus dir, default ../shared/corpora/formasaurus] [--json]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { bundleInspector, GLOBAL_NAME } from '../inspect/bundle.mjs';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpora/formasaurus');
const kinds = JSON.parse(readFileSync(join(dir, 'forms.json'), 'utf8'));
const pages = Object.keys(kinds);
const script = await bundleInspector();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({ javaScriptEnabled: true });
await context.route(
  (url) => url.hostname === 'www.opt.nc' && /^\/formasaurus\/\d+\.html$/.test(url.pathname),
  (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(dir, 'pages', new URL(route.request().url()).pathname.split('/').pop())),
    }),
);
await context.route(
  (url) => !/^\/formasaurus\/\d+\.html$/.test(url.pathname),
  (route) => route.abort(),
);
const page = await context.newPage();
const rows = [];
for (const name of pages) {
  try {
    await page.goto(`https://www.opt.nc/formasaurus/${name}`, { waitUntil: 'load', timeout: 15000 });
    await page.addScriptTag({ content: script });
    const result = await page.evaluate((g) => globalThis[g].inspect(), GLOBAL_NAME);
    rows.push({ page: name, annotated: kinds[name], forms: result.forms });
  } catch (error) {
    rows.push({ page: name, error: String(error).slice(0, 200) });
  }
}
await browser.close();

const perPage = { automatic: 0, offer: 0, nothing: 0 };
const byKind = {};
const automatic = [];
const offeredOther = [];
for (const row of rows) {
  if (!row.forms) continue;
  const outcomes = row.forms.map((f) => f.outcome);
  const top = outcomes.includes('automatic') ? 'automatic' : outcomes.includes('offer') ? 'offer' : 'nothing';
  perPage[top]++;
  if (top === 'automatic')
    automatic.push(
      `${row.page}: ${row.forms
        .filter((f) => f.outcome === 'automatic')
        .map((f) => `${f.root} ${f.kind} ${f.outcomeEvidence}`)
        .join(' | ')} [${row.annotated.join(', ')}]`,
    );
  row.annotated.forEach((kind, index) => {
    const form = row.forms.find((f) => f.formIndex === index);
    const outcome = form?.outcome ?? 'nothing';
    byKind[kind] ??= { forms: 0, automatic: 0, offer: 0, nothing: 0 };
    byKind[kind].forms++;
    byKind[kind][outcome]++;
    if (outcome === 'offer' && !/contact|other|NOT ANN|SKIP/.test(kind))
      offeredOther.push(
        `${row.page}#${index} ${kind}: ${form.kind} ${form.reason} / ${form.outcomeEvidence}`,
      );
  });
}
if (args.includes('--json')) console.log(JSON.stringify({ perPage, byKind, automatic }, null, 2));
else {
  console.log(`pages: ${rows.length} (errors ${rows.filter((r) => r.error).length})`);
  console.log('per page (strongest outcome):', perPage);
  console.table(byKind);
  console.log(`automatic:\n${automatic.join('\n')}`);
  if (args.includes('--offers')) console.log(`offers on non-contact forms:\n${offeredOther.join('\n')}`);
}
