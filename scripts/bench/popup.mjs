// Popup first render: popup.html opened in a tab of the extension (the popup's own size, 360×600),
// with a profile stored, as a person who set ReSIM up opens it. Per load: first-contentful-paint
// (the popup's HTML is an empty #app until Preact renders, so the first paint is the rendered popup)
// and when #app first has content, both from the page's own clock; medians of `loads` fresh tabs
// (one more before them, not counted, warms the browser up).
import { launchWithExtension, median, serviceWorker } from './browser.mjs';
import { BENCH_PROFILE } from './heavy-page.mjs';

const FIRST_RENDER = `new Promise((resolve) => {
  const done = () => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    if (!paint) return false;
    resolve({ firstContentfulPaint: paint.startTime, rendered: window.__benchRendered ?? null });
    return true;
  };
  if (!done()) new PerformanceObserver(() => done()).observe({ type: 'paint', buffered: true });
})`;

/** Marks when #app first gets content (an init script: runs before the popup's own scripts). */
const RENDER_MARK = `(() => {
  if (!location.pathname.endsWith('/popup.html')) return;
  new MutationObserver((_, observer) => {
    const app = document.getElementById('app');
    if (app && app.firstChild) { window.__benchRendered = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
})();`;

export async function measurePopup({ extensionDir, loads = 7 }) {
  const browser = await launchWithExtension(extensionDir);
  try {
    const worker = await serviceWorker(browser.context);
    const extensionId = new URL(worker.url()).host;
    await worker.evaluate(async (profile) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ profile, profile$: { v: 2 } });
    }, BENCH_PROFILE);
    await browser.context.addInitScript({ content: RENDER_MARK });
    const samples = [];
    for (let load = 0; load <= loads; load++) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 360, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      const sample = await page.evaluate(FIRST_RENDER);
      await page.close();
      if (load > 0) samples.push(sample);
    }
    return {
      loads,
      firstContentfulPaintMs: median(samples.map((s) => s.firstContentfulPaint)),
      renderedMs: median(samples.map((s) => s.rendered).filter((ms) => ms !== null)),
      samples,
    };
  } finally {
    await browser.close();
  }
}
