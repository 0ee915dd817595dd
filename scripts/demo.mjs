#!/usr/bin/env node
// npm start [-- --headless] [-- --no-build]
// Builds ReSIM, opens Chromium with it loaded and a sample profile (obviously fake, valid identifiers)
// in its storage, and shows a sample OPT-NC eSIM replacement page (demo/) at its real carrier URL:
// the form fills by itself. With --headless: no window; waits for the form to be filled, writes
// docs/demo-filled.png and docs/demo-popup.png, and exits (1 if the form was not filled).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, extensionArgs } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(resolve(ROOT, process.env.RESIM_OUT_DIR ?? '.output'), 'chrome-mv3');
const PAGE_URL = 'https://www.opt.nc/particuliers/mobile/esim/remplacement-esim';
const PAGE_FILE = join(ROOT, 'demo/opt-nc-remplacement-esim.html');
const SHOTS = { filled: join(ROOT, 'docs/demo-filled.png'), popup: join(ROOT, 'docs/demo-popup.png') };
const FILL_TIMEOUT_MS = 30_000;

// A sample person, stored where src/profile/storage.ts keeps profiles (`local:profile`, version 3).
// Fake but valid: IMEI 490154203237518 is the textbook example (Luhn), the EID passes ISO 7064 mod 97,
// the ICCID starts 89 687 (New Caledonia) and passes Luhn, the activation code names example.com.
const SAMPLE_PROFILE = {
  id: 'main',
  label: 'Démo',
  givenName: 'Camille',
  familyName: 'Exemple',
  email: 'camille.exemple@example.com',
  phone: '+687 75 12 34',
  carrierId: 'opt-nc',
  carrierOtherName: '',
  deviceModel: 'iPhone 15 Pro',
  orderNumber: '',
  activationCode: 'LPA:1$smdp.example.com$DEMO-0000-0000-0001',
  imei: '490154203237518',
  eid: '89044000000000000000000012345617',
  iccid: '8968700000000123458',
  reason: 'lost',
  notes: 'Téléphone perdu à Nouméa (profil de démonstration).',
};
const STORAGE = {
  profile: { entries: [SAMPLE_PROFILE], selectedId: SAMPLE_PROFILE.id },
  profile$: { v: 3 },
};

// What a filled form shows: every box ReSIM should have written (the form in demo/).
const FILLED_CHECK = `(() => {
  const value = (id) => document.getElementById(id)?.value ?? '';
  const filled = {
    'Prénom': value('edit-prenom') !== '',
    'Nom': value('edit-nom') !== '',
    'Indicatif': value('edit-mobile-indicatif') !== '',
    'N° de mobile': value('edit-mobile-numero') !== '',
    'Adresse e-mail': value('edit-courriel') !== '',
    'Modèle': value('edit-modele') !== '',
    'EID': value('edit-eid') !== '',
    'IMEI': value('edit-imei') !== '',
    'Motif': !!document.querySelector('input[name=motif]:checked'),
    'Précisions': value('edit-precisions') !== '',
  };
  return { filled, missing: Object.keys(filled).filter((k) => !filled[k]) };
})()`;

function parse(argv) {
  const options = { headless: false, build: true, help: false };
  for (const arg of argv) {
    if (arg === '--headless') options.headless = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else return { error: `unknown option ${arg}` };
  }
  return options;
}

const USAGE = `Usage: npm start [-- --headless] [-- --no-build]

  (no option)  opens Chromium with ReSIM, a sample profile and a sample OPT-NC page that fills itself
  --headless   the same without a window: writes docs/demo-filled.png and docs/demo-popup.png, then exits
  --no-build   use the extension already built in .output/chrome-mv3`;

const hasDisplay = () =>
  process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function build() {
  console.log('Building ReSIM for Chromium (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error('the build failed (see above)');
  }
}

async function launch(headless, userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1100, height: 900 } : null,
    args: extensionArgs(EXTENSION_DIR, { headless }),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** The sample page at its carrier URL; a sent form gets a page saying nothing was sent. */
async function serveSamplePage(context, headless) {
  const page = readFileSync(PAGE_FILE);
  await context.route(
    (url) => url.origin === new URL(PAGE_URL).origin && url.pathname === new URL(PAGE_URL).pathname,
    (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: '<!doctype html><meta charset="utf-8"><title>Démo ReSIM</title><p>Démo : la demande n\'a été envoyée nulle part. <a href="">Revenir au formulaire</a></p>',
          })
        : route.fulfill({ contentType: 'text/html; charset=utf-8', body: page }),
  );
  // Headless runs touch no network at all, so the screenshots are the same on every machine.
  if (headless) {
    await context.route(
      (url) => url.protocol !== 'chrome-extension:' && url.href.split('?')[0] !== PAGE_URL,
      (route) => route.abort('blockedbyclient'),
    );
  }
}

async function waitUntilFilled(page) {
  const deadline = Date.now() + FILL_TIMEOUT_MS;
  let state = { missing: ['(page not loaded)'] };
  while (Date.now() < deadline) {
    state = await page.evaluate(FILLED_CHECK).catch(() => state);
    if (!state.missing.length) return;
    await page.waitForTimeout(100);
  }
  throw new Error(
    `the sample form was not filled within ${FILL_TIMEOUT_MS / 1000} s (empty: ${state.missing.join(', ')})`,
  );
}

/** The popup as it opens over the filled tab: opened in a background tab, so it reads that tab's report. */
async function screenshotPopup(session, page) {
  const opened = session.context.waitForEvent('page');
  await session.worker.evaluate(
    (url) => chrome.tabs.create({ url, active: false }),
    `chrome-extension://${session.extensionId}/popup.html`,
  );
  const popup = await opened;
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.waitForLoadState('load');
  // The popup opens on the page's report once it has read it: the report lists the sample's name.
  await popup
    .waitForFunction(() => document.body.textContent?.includes('Camille'), null, { timeout: 10_000 })
    .catch(() => {
      throw new Error("the popup did not show the page's report");
    });
  await popup.waitForTimeout(300); // the report's entrance transition
  await popup.bringToFront();
  await popup.screenshot({ path: SHOTS.popup });
  await page.bringToFront();
}

async function main() {
  const options = parse(process.argv.slice(2));
  if (options.error || options.help) {
    (options.error ? console.error : console.log)(`${options.error ? `${options.error}\n` : ''}${USAGE}`);
    return options.error ? 2 : 0;
  }
  if (!options.headless && !hasDisplay()) {
    console.error(
      'No display here (DISPLAY and WAYLAND_DISPLAY are not set), so Chromium cannot open a window.\n' +
        'Run the demo without one: npm start -- --headless   (writes docs/demo-filled.png and docs/demo-popup.png)',
    );
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(
      `No Chromium at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    return 1;
  }
  const start = performance.now();
  if (options.build) build();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No built extension at ${EXTENSION_DIR}: run without --no-build.`);
    return 1;
  }

  const userDataDir = mkdtempSync(join(tmpdir(), 'resim-demo-'));
  const session = await launch(options.headless, userDataDir);
  try {
    await session.worker.evaluate((items) => chrome.storage.local.set(items), STORAGE);
    await serveSamplePage(session.context, options.headless);
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    const opened = performance.now();
    await page.goto(PAGE_URL);
    await waitUntilFilled(page);
    console.log(
      `Filled: ${seconds(opened)} after opening the page, ${seconds(start)} after npm start. The sample profile is "Camille Exemple".`,
    );

    if (options.headless) {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      await page.waitForTimeout(300); // let the in-page note settle before the picture
      await page.screenshot({ path: SHOTS.filled, fullPage: true });
      await screenshotPopup(session, page);
      for (const shot of Object.values(SHOTS)) console.log(`Wrote ${relative(ROOT, shot)}`);
      return 0;
    }
    console.log(
      'Open ReSIM from the toolbar (puzzle piece → ReSIM; pin it) to see what it filled and why.\n' +
        'Close the browser window to end the demo.',
    );
    await new Promise((closed) => session.context.on('close', closed));
    return 0;
  } finally {
    await session.context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = String(error?.message ?? error);
    console.error(`Demo failed: ${message.split('\n')[0]}`);
    if (/display|X server|ozone/i.test(message))
      console.error('No usable display? Try: npm start -- --headless');
    process.exitCode = 1;
  },
);
