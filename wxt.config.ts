import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Firefox needs an add-on id and a data-collection declaration; Chrome rejects unknown keys
// silently but we keep its manifest clean.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Separate output folders let several test runs build side by side.
  outDir: process.env.RESIM_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The fill engine is imported by the content script on demand: expose it exactly where the
    // content script runs (the carriers' https domains), nowhere else.
    'build:manifestGenerated': (_wxt, manifest) => {
      const matches = [...new Set(manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [])];
      manifest.web_accessible_resources = [{ resources: ['fill-engine.js'], matches }];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: 'ReSIM' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'resim@resim.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
