import { readdirSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import { contentScriptMatches } from './src/carriers/script-matches';
import type { Carrier } from './src/carriers/types';

/** The content script (entrypoints/carrier.ts), as the manifest declares it and site scripts register it. */
const CONTENT_SCRIPT = 'carrier.js';

/** The registry's carrier files, one per carrier (src/carriers/index.ts reads the same folder). */
async function carrierFiles(): Promise<Carrier[]> {
  const folder = 'src/carriers/data';
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();
  return Promise.all(files.map(async (file) => (await import(`./${folder}/${file}`)).default as Carrier));
}

/**
 * The popup's first paint in one chunk beside its entry, instead of the several shared chunks the
 * bundler makes by default (each one more file to fetch before the first render): every module the
 * popup imports statically. What it imports later (views, language packs, phone data) stays apart.
 * Only the ES build of the HTML pages splits code; the background and content scripts are single files.
 */
const popupStartInOneChunk: PluginOption = {
  name: 'resim:popup-start-chunk',
  outputOptions(options) {
    if (options.format !== 'es') return null;
    return { ...options, codeSplitting: { groups: [{ name: 'popup-start', tags: ['$initial'] }] } };
  },
};

/**
 * V8's explicit compile hint (Chrome 136+; a plain comment elsewhere), as the engine's first line:
 * its functions nearly all run on the first pass, so compiling them all with the script beats
 * pre-parsing them and compiling each again on its first call. Traced on the heavy page: about 10 ms
 * of compile in all instead of about 15 (most of that compile now happens at injection, which CDP's
 * ScriptDuration does not count: scripts/bench/heavy.mjs reports it apart). The scaling bench puts the
 * same line on its bundle of the engine's code (scripts/bench/scaling.mjs).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const engineCompileHint: PluginOption = {
  name: 'resim:engine-compile-hint',
  // After minification, which drops comments: the hint must be the file's first line.
  generateBundle(_options, bundle) {
    const engine = bundle['fill-engine.js'];
    if (engine?.type !== 'chunk') return;
    engine.code = `${COMPILE_HINT}\n${engine.code}`;
    // A source map (RESIM_SOURCEMAP) moves down one line with the code.
    const map = bundle['fill-engine.js.map'];
    if (map?.type === 'asset' && typeof map.source === 'string') {
      const parsed = JSON.parse(map.source) as { mappings: string };
      map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
    }
  },
};

// Firefox needs an add-on id and a data-collection declaration; Chrome rejects unknown keys
// silently but we keep its manifest clean.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Separate output folders let several test runs build side by side.
  outDir: process.env.RESIM_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), popupStartInOneChunk, engineCompileHint],
    build: {
      sourcemap: process.env.RESIM_SOURCEMAP ? 'hidden' : false,
      // Terser with three passes: 1 % smaller than Vite's default minifier on the engine (gzip), which
      // every approved frame loads and compiles. Readable bundles for profiling (RESIM_NO_MINIFY=1);
      // never for a package.
      minify: process.env.RESIM_NO_MINIFY ? false : 'terser',
      terserOptions: { compress: { passes: 3 }, format: { comments: false } },
    },
  }),
  // `npm run zip`: resim-<version>-chrome.zip, resim-<version>-firefox.zip and, with the Firefox one,
  // resim-<version>-sources.zip for addons.mozilla.org's reviewers (the bundles are minified). The
  // sources zip is an allow-list — what `npm ci && npm run build:firefox` needs and the build note —
  // so no tests, fixtures, build output or work in progress ride along.
  zip: {
    excludeSources: ['**'],
    includeSources: [
      'SOURCES.md',
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'src/**',
      'public/**',
      '!**/*.test.{ts,tsx}',
    ],
  },
  hooks: {
    // Host permissions are exactly where the content script is declared: the registry's verified
    // carrier domains over https (entrypoints/carrier.ts); any other site is asked for, one
    // origin at a time, when the person adds it [P9].
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.host_permissions = [
        ...new Set(manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? []),
      ];
    },
  },
  // Each permission and why: README "Permissions". The engine is injected by the background
  // (scripting.executeScript), so nothing is web-accessible [P10].
  manifest: async ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications'],
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'ReSIM' },
    content_scripts: [
      {
        matches: contentScriptMatches(await carrierFiles()),
        js: [CONTENT_SCRIPT],
        all_frames: true,
        run_at: 'document_start',
      },
    ],
    commands: {
      'fill-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_command_fill_page__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'resim@resim.invalid',
              // 140 (ESR) is the first desktop release that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
