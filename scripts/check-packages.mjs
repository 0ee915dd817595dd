#!/usr/bin/env node
// node scripts/check-packages.mjs [--keep]
// What an addons.mozilla.org reviewer does with the sources zip, end to end: makes the three packages
// (`npm run zip`, in a temporary folder), unpacks resim-<version>-sources.zip elsewhere, runs
// `npm ci && npm run build:firefox` there, and compares the rebuilt extension with the files of
// resim-<version>-firefox.zip, byte for byte. Needs the npm registry (npm ci); takes a minute or two.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { readZip } from './packages/read-zip.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'resim-packages-'));

function run(command, args, cwd, env = process.env) {
  console.log(`\n$ ${command} ${args.join(' ')}   (in ${cwd})`);
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function filesUnder(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path).replaceAll('\\', '/')];
  });
}

function check() {
  const packages = join(work, 'packages');
  run('npm', ['run', 'zip'], ROOT, { ...process.env, RESIM_OUT_DIR: packages });
  const zips = readdirSync(packages).filter((name) => name.endsWith('.zip'));
  const find = (suffix) => {
    const name = zips.find((z) => z.endsWith(suffix));
    if (!name) throw new Error(`npm run zip made no *${suffix} (made: ${zips.join(', ') || 'nothing'})`);
    return join(packages, name);
  };
  const chrome = find('-chrome.zip');
  const firefox = find('-firefox.zip');
  const sources = find('-sources.zip');

  const rebuild = join(work, 'rebuild');
  for (const [name, content] of readZip(sources)) {
    mkdirSync(dirname(join(rebuild, name)), { recursive: true });
    writeFileSync(join(rebuild, name), content);
  }
  const env = { ...process.env };
  delete env.RESIM_OUT_DIR;
  run('npm', ['ci', '--no-audit', '--no-fund'], rebuild, env);
  run('npm', ['run', 'build:firefox'], rebuild, env);

  const built = join(rebuild, '.output/firefox-mv3');
  const shipped = readZip(firefox);
  const rebuilt = new Set(filesUnder(built));
  const problems = [];
  for (const [name, content] of shipped) {
    if (!rebuilt.has(name)) problems.push(`missing from the rebuild: ${name}`);
    else if (!readFileSync(join(built, name)).equals(content)) problems.push(`differs: ${name}`);
  }
  for (const name of rebuilt) if (!shipped.has(name)) problems.push(`only in the rebuild: ${name}`);

  console.log('\nPackages:');
  for (const zip of [chrome, firefox, sources]) {
    console.log(`  ${relative(packages, zip).padEnd(28)} ${(statSync(zip).size / 1024).toFixed(1)} KB`);
  }
  if (problems.length) {
    console.error(`\nThe sources do not rebuild the Firefox package:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  console.log(
    `\nRebuilt from the sources zip: all ${shipped.size} files of the Firefox zip are byte-identical.`,
  );
  return 0;
}

let code = 1;
try {
  code = check();
} catch (error) {
  console.error(`\n${error.message}`);
} finally {
  if (keep) console.log(`\nKept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(code);
