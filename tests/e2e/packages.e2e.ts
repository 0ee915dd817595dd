import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readZip } from '../../scripts/packages/read-zip.mjs';
import { ROOT } from '../support/harness';

// The Firefox half of `npm run zip` (the Chrome half is WXT's plain `wxt zip`: one build less for
// `npm test`), into a temporary folder. Whether the sources rebuild the Firefox zip byte for byte needs
// `npm ci` (network, minutes): node scripts/check-packages.mjs runs all of it.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
};
const { version } = pkg;
const out = mkdtempSync(join(tmpdir(), 'resim-zip-'));
const zip = (target: string) => join(out, `resim-${version}-${target}.zip`);

/** Files of a folder of the project, as they would appear in the sources zip. */
function projectFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

beforeAll(
  () =>
    new Promise<void>((done, fail) => {
      execFile(
        'npx',
        ['wxt', 'zip', '-b', 'firefox', '--mv3'],
        { cwd: ROOT, env: { ...process.env, RESIM_OUT_DIR: out }, maxBuffer: 16 * 1024 * 1024 },
        (error, _stdout, stderr) => (error ? fail(new Error(`wxt zip failed:\n${stderr}`)) : done()),
      );
    }),
  180_000,
);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run zip', () => {
  test('makes the Chrome Web Store zip, then the Firefox zip and its sources zip', () => {
    expect(pkg.scripts.zip).toBe('wxt zip && wxt zip -b firefox --mv3');
    expect(
      readdirSync(out)
        .filter((name) => name.endsWith('.zip'))
        .sort(),
    ).toEqual([zip('firefox'), zip('sources')].map((path) => relative(out, path)));
  });

  test('the Firefox zip holds the built extension, with its add-on id and the version of package.json', () => {
    const files = readZip(zip('firefox'));
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(version);
    expect(manifest.browser_specific_settings.gecko.id).toBe('resim@resim.invalid');
    for (const name of ['background.js', 'popup.html', 'fill-engine.js', 'carrier.js']) {
      expect([...files.keys()]).toContain(name);
    }
  });

  test('the sources zip holds what `npm ci && npm run build:firefox` needs, and nothing else', () => {
    const names = [...readZip(zip('sources')).keys()].sort();
    const isTest = (name: string) => /\.test\.tsx?$/.test(name);
    const expected = [
      'SOURCES.md',
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      ...['entrypoints', 'src', 'public'].flatMap(projectFiles).filter((name) => !isTest(name)),
    ].sort();
    expect(names).toEqual(expected);
    expect(names.filter((name) => /^(tests|node_modules|scripts|docs)\/|^\./.test(name))).toEqual([]);
  });
});
