#!/usr/bin/env node
// Vendors a deterministic sample of the Formasaurus real-site corpus into the repository, so that the
// real-web regression test (tests/e2e/real-web.e2e.ts) runs in any clone, without ../shared/.
//
//   node scripts/vendor-real-web.mjs [CORPUS_DIR]     (default: ../shared/corpora/formasaurus)
//
// The sample: every page sorted by sha1(page name), skipping pages over 300 KB and pages without an
// in-scope label (a label that is not null, not "-" and does not start with "?"); the first 200.
// Writes tests/fixtures/real-web/formasaurus/{pages/,labels.json,forms.json,sample.json}; leaves its
// README.md and LICENSE alone. This is the only script that reads ../shared/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(process.argv[2] ?? join(ROOT, '../shared/corpora/formasaurus'));
const TARGET = join(ROOT, 'tests/fixtures/real-web/formasaurus');
const SIZE = 200;
const MAX_BYTES = 300 * 1024;

if (!existsSync(join(SOURCE, 'labels.json'))) {
  console.error(`no corpus at ${SOURCE} (expected pages/, labels.json, forms.json)`);
  process.exit(2);
}
const readJson = (file) => JSON.parse(readFileSync(join(SOURCE, file), 'utf8'));
const labels = readJson('labels.json');
const forms = readJson('forms.json');

const sha1 = (text) => createHash('sha1').update(text).digest('hex');
const inScope = (label) => label !== null && label !== '-' && !label.startsWith('?');

const sample = Object.keys(labels)
  .map((page) => ({ page, hash: sha1(page) }))
  .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
  .map(({ page }) => page)
  .filter((page) => labels[page].some(inScope))
  .filter((page) => statSync(join(SOURCE, 'pages', page)).size <= MAX_BYTES)
  .slice(0, SIZE)
  .sort();
if (sample.length < SIZE) throw new Error(`only ${sample.length} pages qualify, ${SIZE} wanted`);

rmSync(join(TARGET, 'pages'), { recursive: true, force: true });
mkdirSync(join(TARGET, 'pages'), { recursive: true });
let bytes = 0;
for (const page of sample) {
  copyFileSync(join(SOURCE, 'pages', page), join(TARGET, 'pages', page));
  bytes += statSync(join(TARGET, 'pages', page)).size;
}
const pick = (all) => Object.fromEntries(sample.map((page) => [page, all[page] ?? []]));
const write = (file, value) => writeFileSync(join(TARGET, file), `${JSON.stringify(value, null, 2)}\n`);
write('labels.json', pick(labels));
write('forms.json', pick(forms));
write('sample.json', sample);
// In the project's own JSON style, so that `biome check .` passes on the generated files.
execFileSync(
  'npx',
  ['biome', 'format', '--write', ...['labels.json', 'forms.json', 'sample.json'].map((f) => join(TARGET, f))],
  {
    cwd: ROOT,
    stdio: 'ignore',
  },
);

const controls = sample.reduce((n, page) => n + labels[page].filter(inScope).length, 0);
console.log(
  `vendored ${sample.length} pages (${(bytes / 1024).toFixed(0)} KB, ${controls} in-scope labels) into ${TARGET}`,
);
