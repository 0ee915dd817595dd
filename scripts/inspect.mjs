#!/usr/bin/env node
// npm run inspect -- [--json] <file.html | URL>...
// Loads each page in one headless Chromium, runs the content script's detection code and prints, for
// every input/select/textarea of the top document in document order, the field it maps to and why.
// Ignores the fill policy (visibility, carrier, support gate for contact fields).
import { openInspector, visitAll } from './inspect/browser.mjs';

const USAGE = `Usage: npm run inspect -- [--json] <file.html | URL>...

  --json   print one JSON array: [{ "page", "fields": [{ "index", "tag", "type", "name", "id", "field", "score", "evidence" }] }]
  -h, --help  this help`;

function parse(argv) {
  const inputs = [];
  let json = false;
  let help = false;
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') help = true;
    else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else inputs.push(arg);
  }
  return { inputs, json, help };
}

const COLUMNS = ['index', 'tag', 'type', 'name', 'id', 'field', 'score', 'evidence'];
const cut = (value, max) => {
  const text = String(value ?? '—');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

function table(result) {
  const lines = [];
  for (const form of result.forms ?? []) {
    const what = form.support ? 'support form' : `not a support form (${form.kind})`;
    lines.push(
      `  form ${form.root}: ${what}${form.esimContext ? ', eSIM context' : ''}; ${form.reason}; ` +
        `lang ${form.language}${form.platform ? `; platform ${form.platform}` : ''}`,
    );
  }
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
  try {
    const results = await visitAll(inspector, options.inputs);
    const pages = options.inputs.map((page, i) => ({ page, ...results[i] }));
    for (const { page, error } of pages) if (error) console.error(`${page}: ${error}`);
    if (options.json) {
      const out = pages.map(({ page, fields }) => ({ page, fields: fields ?? [] }));
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      for (const result of pages) {
        console.log(`\n${result.page}`);
        console.log(result.error ? `  error: ${result.error}` : table(result));
      }
    }
  } finally {
    await inspector.close();
  }
  return 0;
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
