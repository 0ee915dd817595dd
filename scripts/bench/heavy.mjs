// The heavy page, ReSIM against the floor extension (scripts/bench/floor.mjs): each in its own
// Chromium, both launched before the first measurement and kept warm, measured in alternation
// (ReSIM, floor, ReSIM, floor…), a fresh tab for every load. Per load:
//   fill  — the page's DOMContentLoaded → the last write of the last field to fill, both read by the
//           page itself (navigation timing and its own input/change listener: heavy-page.mjs);
//   script — main-thread script time of the page's renderer for the whole load, from navigation to
//           SETTLE_MS after the form is complete (CDP Performance.getMetrics ScriptDuration: the
//           page's scripts and every content script the extension runs in it).
// One pair before the measured ones warms both browsers up (first service-worker start, caches).
//
// ScriptDuration counts the time scripts run, not the time V8 takes to compile a script when it is
// loaded or injected: the engine's compile (eager, see the compile hint in wxt.config.ts) is main-thread
// work it leaves out. After the pairs, a few more loads of each are traced (tracing slows a load, so
// these are not the timed ones) to measure what the extension's scripts cost to compile in the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, median, serveRoutes, serviceWorker, sleep } from './browser.mjs';
import { writeFloorExtension } from './floor.mjs';
import { BENCH_PROFILE, HEAVY_PAGE_URL, heavyPageRoutes, READ_PAGE } from './heavy-page.mjs';

const SETTLE_MS = 1000;
const FILL_TIMEOUT_MS = 20_000;

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/** One fresh load of the heavy page in `context`: the fill time and the script time, in ms. */
async function loadOnce(context) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    await page.goto(HEAVY_PAGE_URL, { waitUntil: 'domcontentloaded' });
    const complete = await Promise.race([
      page
        .evaluate('window.__bench.filled')
        .then(() => true)
        .catch(() => false), // the tab closed before the form was complete
      sleep(FILL_TIMEOUT_MS).then(() => false),
    ]);
    await sleep(SETTLE_MS);
    const after = await metrics(cdp);
    const seen = await page.evaluate(READ_PAGE);
    // The counters restart when the navigation swaps renderer processes.
    const delta = (name) => (after[name] >= before[name] ? after[name] - before[name] : after[name]) * 1000;
    return {
      complete,
      fillMs: complete && seen.lastWrite !== null ? seen.lastWrite - seen.domContentLoaded : null,
      scriptMs: delta('ScriptDuration'),
      taskMs: delta('TaskDuration'),
      wrong: seen.wrong,
      unrelatedChanged: seen.unrelatedChanged,
      controls: seen.controls,
    };
  } finally {
    await page.close();
  }
}

const TRACED_LOADS = 3;
const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile'];

/** One traced load: ms of `v8.compile` for the extension's scripts on the page's main thread. */
async function extensionCompileOnce(context) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: TRACE_CATEGORIES },
      transferMode: 'ReportEvents',
    });
    await page.goto(HEAVY_PAGE_URL, { waitUntil: 'domcontentloaded' });
    await Promise.race([page.evaluate('window.__bench.filled').catch(() => {}), sleep(FILL_TIMEOUT_MS)]);
    await sleep(SETTLE_MS);
    await cdp.send('Tracing.end');
    await done;
    // The page's renderer main thread: where the page's HTML was parsed.
    const parse = events.find((e) => e.name === 'ParseHTML');
    return events
      .filter(
        (e) =>
          e.name === 'v8.compile' &&
          e.ph === 'X' &&
          e.pid === parse?.pid &&
          e.tid === parse?.tid &&
          String(e.args?.data?.url ?? '').startsWith('chrome-extension://'),
      )
      .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  } finally {
    await page.close();
  }
}

async function startResim(extensionDir, routes) {
  const browser = await launchWithExtension(extensionDir);
  const worker = await serviceWorker(browser.context);
  // Where src/profile/storage.ts keeps the profile (a v2 single profile, migrated on first read, as
  // the e2e suites store it); the carrier's automatic fill is on by default.
  await worker.evaluate(async (profile) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ profile, profile$: { v: 2 } });
  }, BENCH_PROFILE);
  await serveRoutes(browser.context, routes);
  return browser;
}

async function startFloor(floorDir, routes, runAt) {
  const id = writeFloorExtension(floorDir, { runAt });
  const browser = await launchWithExtension(floorDir);
  const setup = await browser.context.newPage();
  await setup.goto(`chrome-extension://${id}/setup.html`);
  await setup.evaluate((profile) => chrome.storage.local.set({ profile }), BENCH_PROFILE);
  await setup.close();
  await serveRoutes(browser.context, routes);
  return browser;
}

const summary = (loads) => {
  const fills = loads.map((load) => load.fillMs).filter((ms) => ms !== null);
  return {
    fillMs: median(fills),
    scriptMs: median(loads.map((load) => load.scriptMs)),
    taskMs: median(loads.map((load) => load.taskMs)),
    incomplete: loads.filter((load) => !load.complete).length,
    wrongFields: [...new Set(loads.flatMap((load) => load.wrong))],
    unrelatedChanged: Math.max(0, ...loads.map((load) => load.unrelatedChanged)),
    loads,
  };
};

/** Runs `pairs` alternated pairs (plus one warm-up pair) and returns medians and ratios ReSIM/floor. */
export async function measureHeavyPage({
  root,
  extensionDir,
  pairs = 7,
  floorRunAt = 'document_idle',
  log = () => {},
}) {
  const routes = heavyPageRoutes(root);
  const floorDir = mkdtempSync(join(tmpdir(), 'resim-bench-floor-'));
  let resim;
  let floor;
  try {
    resim = await startResim(extensionDir, routes);
    floor = await startFloor(floorDir, routes, floorRunAt);
    const loads = { resim: [], floor: [] };
    for (let pair = 0; pair <= pairs; pair++) {
      const a = await loadOnce(resim.context);
      const b = await loadOnce(floor.context);
      if (pair === 0) continue; // warm-up
      loads.resim.push(a);
      loads.floor.push(b);
      log(
        `  pair ${pair}/${pairs}: ReSIM fill ${a.fillMs?.toFixed(0) ?? '—'} ms, script ${a.scriptMs.toFixed(0)} ms;` +
          ` floor fill ${b.fillMs?.toFixed(0) ?? '—'} ms, script ${b.scriptMs.toFixed(0)} ms`,
      );
    }
    const result = { resim: summary(loads.resim), floor: summary(loads.floor) };
    const compiles = { resim: [], floor: [] };
    for (let load = 0; load < TRACED_LOADS; load++) {
      compiles.resim.push(await extensionCompileOnce(resim.context));
      compiles.floor.push(await extensionCompileOnce(floor.context));
    }
    for (const side of ['resim', 'floor']) {
      result[side].extensionCompileMs = median(compiles[side]);
      result[side].scriptWithCompileMs = result[side].scriptMs + result[side].extensionCompileMs;
    }
    log(
      `  traced (${TRACED_LOADS} loads each): the extension's compile in the page, ReSIM ${result.resim.extensionCompileMs.toFixed(1)} ms,` +
        ` floor ${result.floor.extensionCompileMs.toFixed(1)} ms`,
    );
    const ratio = (key) =>
      result.resim[key] !== null && result.floor[key] ? result.resim[key] / result.floor[key] : null;
    return {
      url: HEAVY_PAGE_URL,
      controls: loads.resim[0]?.controls ?? null,
      pairs,
      settleMs: SETTLE_MS,
      floorRunAt,
      tracedLoads: TRACED_LOADS,
      ...result,
      ratios: {
        fill: ratio('fillMs'),
        script: ratio('scriptMs'),
        scriptWithCompile: ratio('scriptWithCompileMs'),
      },
    };
  } finally {
    await resim?.close();
    await floor?.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}
