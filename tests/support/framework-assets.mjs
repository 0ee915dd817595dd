#!/usr/bin/env node
// Builds the framework fixtures (tests/fixtures/frameworks) with the real React / Vue from node_modules.
// Used in memory by the e2e suite (`buildFrameworkAssets()`); run directly to write the bundles to a
// folder for manual inspection: `node tests/support/framework-assets.mjs [outDir]` (default: a temp dir).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Bundles one React entry, a path from the repository root (JSX, automatic runtime, production React). */
export async function bundleReact(entry) {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    // The project's tsconfig targets Preact: these fixtures are real React, whatever it says.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"production"' },
    absWorkingDir: ROOT,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Script path (as the page requests it) → JavaScript source. */
export async function buildFrameworkAssets() {
  return {
    '/_next/static/chunks/pages/help/esim-replacement-4f9c2b.js': await bundleReact(
      'tests/fixtures/frameworks/react-wizard/main.jsx',
    ),
    '/assets/vue/vue.global.prod.js': readFileSync(
      join(ROOT, 'node_modules/vue/dist/vue.global.prod.js'),
      'utf8',
    ),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2]
    ? resolve(process.argv[2])
    : mkdtempSync(join(tmpdir(), 'resim-frameworks-'));
  for (const [path, source] of Object.entries(await buildFrameworkAssets())) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, source);
    console.log(`${file} ${(source.length / 1024).toFixed(1)} KiB`);
  }
}
