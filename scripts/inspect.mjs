#!/usr/bin/env node
// npm run inspect -- [--json] [--out file.json] <file.html | URL>...
// Loads each page in one headless Chromium, runs the content script's detection code and prints, for
// every form, its kind and outcome (automatic | offer | nothing) and why, and for every
// input/select/textarea of the top document in document order, the field it maps to and why.
// Ignores the rest of the fill policy (visibility, whose carrier the page is).
// Exits 1 when a page could not be inspected (missing file, unreachable URL, HTTP error).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openInspector, visitAll } from './inspect/browser.mjs';

const USAGE = `Usage: npm run -s inspect -- [--json] [--out file.json] <file.html | URL>...

  --json             print one JSON array on stdout instead of the tables (-s keeps npm's banner out)
  --out file.json    also write that JSON array to a file
  -h, --help         this help

JSON: [{ "page", "error"?, "forms": [{ "root", "formIndex", "kind", "support", "esimContext", "reason",
"outcome", "outcomeEvidence", "platform", "language" }], "fields": [{ "index", "tag", "type", "name",
"id", "form", "field", "score", "evidence" }] }] — a field's "form" is its form's position in "forms".
Exit status: 0 when every page was inspected, 1 when one could not be, 2 on a usage error.`;

function parse(argv) {
  const inputs = [];
  let json = false;
  let help = false;
  let out = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--out' || arg.startsWith('--out=')) {
      out = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!out) return { error: '--out needs a file name' };
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else inputs.push(arg);
  }
  return { inputs, json, help, out };
}

// `npm run` starts scripts in the project's root; paths typed in a sub-folder are relative to it.
const callerDir =
  process.env.npm_lifecycle_event === 'inspect' && process.env.INIT_CWD
    ? process.env.INIT_CWD
    : process.cwd();
const located = (input) => (/^https?:\/\//i.test(input) ? input : resolve(callerDir, input));

const COLUMNS = ['index', 'tag', 'type', 'name', 'id', 'form', 'field', 'score', 'evidence'];
const cut = (value, max) => {
  const text = String(value ?? '—');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

function formLine(form, position) {
  const kind = form.support ? 'support form' : `${form.kind} form`;
  const context = [
    form.reason && form.reason !== kind ? `${kind} (${form.reason})` : kind,
    form.esimContext ? 'eSIM context' : '',
    `lang ${form.language}`,
    form.platform ? `platform ${form.platform}` : '',
  ].filter(Boolean);
  return `  form ${position} ${form.root}: ${form.outcome} (${form.outcomeEvidence}) — ${context.join('; ')}`;
}

function table(result) {
  const lines = result.forms.map(formLine);
  if (!lines.length) lines.push('  no form');
  const rows = result.fields.map((f) =>
    COLUMNS.map((c) => cut(c === 'score' ? f.score.toFixed(2) : f[c], c === 'evidence' ? 70 : 28)),
  );
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `  ${cells.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`.trimEnd();
  lines.push(line(COLUMNS), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  if (!rows.length) lines.push('  (no input, select or textarea)');
  return lines.join('\n');
}

async function main() {
  const options = parse(process.argv.slice(2));
  if (options.error || (!options.help && !options.inputs.length)) {
    console.error(`${options.error ? `${options.error}\n` : ''}${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const inspector = await openInspector();
  let pages;
  try {
    const results = await visitAll(inspector, options.inputs.map(located));
    pages = options.inputs.map((page, i) => {
      const { error, forms = [], fields = [] } = results[i];
      return error ? { page, error, forms: [], fields: [] } : { page, forms, fields };
    });
  } finally {
    await inspector.close();
  }
  const json = `${JSON.stringify(pages, null, 2)}\n`;
  if (options.out) writeFileSync(resolve(callerDir, options.out), json);
  if (options.json) process.stdout.write(json);
  else {
    for (const result of pages) {
      console.log(`\n${result.page}`);
      console.log(result.error ? `  error: ${result.error}` : table(result));
    }
  }
  const failed = pages.filter((p) => p.error);
  for (const { page, error } of failed) console.error(`${page}: ${error}`);
  if (failed.length) console.error(`${failed.length} of ${pages.length} pages could not be inspected.`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
