// Chromium with one unpacked extension, launched as the e2e harness does (tests/support/harness.ts),
// with every request refused unless the bench serves it: nothing reaches the network.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, extensionArgs } from '../chromium.mjs';

export { CHROMIUM };

export async function launchWithExtension(extensionDir) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'resim-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: extensionArgs(extensionDir),
  });
  await context.route(
    (url) => url.protocol !== 'chrome-extension:',
    (route) => route.abort('blockedbyclient'),
  );
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker (ReSIM has one; the floor has none). */
export async function serviceWorker(context) {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker', { timeout: 10_000 });
}

/** Serves each URL (origin and path; query ignored) its { contentType, body }; the rest stays refused. */
export async function serveRoutes(context, routes) {
  for (const [url, { contentType, body }] of Object.entries(routes)) {
    const target = new URL(url);
    await context.route(
      (candidate) => candidate.origin === target.origin && candidate.pathname === target.pathname,
      (route) => route.fulfill({ status: 200, contentType, body }),
    );
  }
}

export const median = (values) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
