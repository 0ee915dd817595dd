#!/usr/bin/env node
// Measures the detector on annotated pages (default: tests/fixtures/inspector/*.html).
// Each control's expected field is its `data-expect` attribute (absent/empty = none); pages marked
// <html data-expect-esim="no"> must get no eSIM-specific field at all.
//   node scripts/inspect-accuracy.mjs [--json] [--verbose] [file.html ...]
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { openInspector, visitAll } from './inspect/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_DIR = join(ROOT, 'tests/fixtures/inspector');
const CONTACT = new Set([
  'givenName',
  'familyName',
  'fullName',
  'email',
  'phone',
  'phoneCountryCode',
  'phoneNational',
]);
const ESIM = new Set([
  'imei',
  'eid',
  'iccid',
  'activationCode',
  'orderNumber',
  'deviceModel',
  'carrier',
  'reason',
]);

// Read in the page, beside (never inside) the detection bundle.
const READ_EXPECTATIONS = `(() => ({
  esim: document.documentElement.getAttribute('data-expect-esim') !== 'no',
  expect: Array.from(document.querySelectorAll('input, select, textarea'), (el) => { const v = el.getAttribute('data-expect'); return v && v !== 'none' ? v : null; }),
}))()`;

/** Scores one page: expected = controls with an expected field; wrong = any field that differs from the expectation. */
export function scorePage(page, result) {
  const { esim, expect } = result.extra;
  const rows = result.fields.map((f, i) => ({ ...f, expected: expect[i] ?? null }));
  const expected = rows.filter((r) => r.expected);
  const correct = expected.filter((r) => r.field === r.expected);
  const wrong = rows.filter((r) => r.field !== r.expected && (r.field || r.expected));
  const falsePositives = rows.filter((r) => r.field && r.field !== r.expected);
  const contact = expected.filter((r) => CONTACT.has(r.expected));
  const falseEsim = rows.filter((r) => r.field && ESIM.has(r.field) && r.field !== r.expected);
  return {
    page,
    esimPage: esim,
    expected: expected.length,
    correct: correct.length,
    contactExpected: contact.length,
    contactCorrect: contact.filter((r) => r.field === r.expected).length,
    falsePositives: falsePositives.length,
    falseEsimLabels: falseEsim.length,
    falseEsimOnNonEsimPages: esim ? 0 : rows.filter((r) => r.field && ESIM.has(r.field)).length,
    wrong: wrong.map((r) => ({
      index: r.index,
      name: r.name || r.id,
      expected: r.expected,
      got: r.field,
      evidence: r.evidence,
    })),
  };
}

export function summarise(pages) {
  const sum = (key) => pages.reduce((total, p) => total + p[key], 0);
  const ratio = (a, b) => (b ? Math.round((a / b) * 10000) / 100 : 100);
  return {
    pages: pages.length,
    expected: sum('expected'),
    correct: sum('correct'),
    accuracy: ratio(sum('correct'), sum('expected')),
    contactExpected: sum('contactExpected'),
    contactCorrect: sum('contactCorrect'),
    contactAccuracy: ratio(sum('contactCorrect'), sum('contactExpected')),
    falsePositives: sum('falsePositives'),
    falseEsimLabels: sum('falseEsimLabels'),
    nonEsimPages: pages.filter((p) => !p.esimPage).length,
    falseEsimOnNonEsimPages: sum('falseEsimOnNonEsimPages'),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  let files = args.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    files = readdirSync(DEFAULT_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => join(DEFAULT_DIR, f));
  }
  const inspector = await openInspector();
  try {
    const results = await visitAll(inspector, files, READ_EXPECTATIONS);
    const pages = [];
    for (const [i, result] of results.entries()) {
      const page = relative(ROOT, resolve(files[i]));
      if (result.error) {
        console.error(`${page}: ${result.error}`);
        process.exitCode = 1;
        continue;
      }
      pages.push(scorePage(page, result));
    }
    const summary = summarise(pages);
    if (json) {
      process.stdout.write(`${JSON.stringify({ summary, pages }, null, 2)}\n`);
      return;
    }
    for (const p of pages) {
      const flag = p.wrong.length ? '✗' : '✓';
      console.log(`${flag} ${p.page}: ${p.correct}/${p.expected}${p.esimPage ? '' : ' (non-eSIM)'}`);
      if (verbose || p.wrong.length) {
        for (const w of p.wrong)
          console.log(`    #${w.index} ${w.name}: expected ${w.expected}, got ${w.got} — ${w.evidence}`);
      }
    }
    console.log(
      `\nAccuracy ${summary.correct}/${summary.expected} = ${summary.accuracy}% · contact fields ${summary.contactCorrect}/${summary.contactExpected} = ${summary.contactAccuracy}%` +
        ` · wrong labels ${summary.falsePositives} · false eSIM labels ${summary.falseEsimLabels}` +
        ` (on ${summary.nonEsimPages} non-eSIM pages: ${summary.falseEsimOnNonEsimPages})`,
    );
  } finally {
    await inspector.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
