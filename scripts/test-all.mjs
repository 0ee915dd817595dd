#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, build (Chrome + Firefox, web-ext lint), end-to-end tests.
// Ends with one summary line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reportDir = mkdtempSync(join(tmpdir(), 'resim-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

function vitest(project) {
  const out = join(reportDir, `${project}.json`);
  const ok = run(`${project} tests`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (!ok && report.numFailedTests === 0) failed += 1;
  } catch {
    failed += 1;
  }
}

function step(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else failed += 1;
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['biome', 'check', '.']);
vitest('unit');
step('build chrome-mv3', 'npm', ['run', 'build']);
step('build firefox-mv3', 'npm', ['run', 'build:firefox']);
step('web-ext lint (Firefox)', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv3',
  '--self-hosted',
]);
vitest('e2e');

console.log(`\nChecks and tests${failures.length ? ` — failed: ${failures.join(', ')}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
