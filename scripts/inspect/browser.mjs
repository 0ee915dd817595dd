// One headless Chromium for a whole run; a few tabs, each reused from input to input.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { bundleInspector, GLOBAL_NAME } from './bundle.mjs';

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const isUrl = (input) => /^https?:\/\//i.test(input);

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const DECLARED_CHARSET = /<meta\b[^>]*\bcharset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * A saved page is often re-encoded to UTF-8 with its old `<meta charset="windows-1251">` kept (many of
 * the corpora's pages are), and a browser believes the meta: "Имя" would read "РРјСЏ". Such a file is
 * opened from a copy that starts with a byte-order mark, which outranks the meta: the text reads as the
 * page showed it. The copy keeps the file's path under `copies` (a file URL's path is no page's words,
 * src/detect/gate.ts), so its relative links lead nowhere: only such pages are copied, any other file
 * opens as it is.
 */
export function readablePath(path, copies) {
  const bytes = readFileSync(path);
  const declared = DECLARED_CHARSET.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
  if (!declared || /^utf-?8$/i.test(declared) || bytes.subarray(0, 3).equals(BOM)) return path;
  if (bytes.every((byte) => byte < 0x80)) return path;
  try {
    UTF8.decode(bytes);
  } catch {
    return path;
  }
  const copy = join(copies, path);
  // Written once: another tab may be reading it (the same page inspected twice in one run).
  if (!existsSync(copy)) {
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, Buffer.concat([BOM, bytes]));
  }
  return copy;
}

export async function openInspector() {
  const script = await bundleInspector();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
  // File pages get no network at all; URLs load as given (CSP bypassed so the script can run).
  const fileContext = await browser.newContext({ javaScriptEnabled: true });
  await fileContext.route(/^(?!file:)/, (route) => route.abort('blockedbyclient'));
  const webContext = await browser.newContext({ bypassCSP: true, ignoreHTTPSErrors: true });
  const copies = mkdtempSync(join(tmpdir(), 'resim-inspect-'));

  /** A tab that is reused from input to input (opening a fresh one costs more than the page itself). */
  function tab() {
    const pages = new Map();
    const pageFor = async (context) => {
      let page = pages.get(context);
      if (!page || page.isClosed()) {
        page = await context.newPage();
        page.on('dialog', (dialog) =>
          (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(() => {}),
        );
        pages.set(context, page);
      }
      return page;
    };

    /**
     * Loads one input and returns the detection report (plus `extra`, evaluated in the page).
     * Never throws: failures come back as `{ error }`, and a page that failed is replaced.
     */
    async function visit(input, extra) {
      let target;
      if (isUrl(input)) target = input;
      else {
        const path = resolve(input);
        if (!existsSync(path)) return { error: `no such file: ${input}` };
        target = pathToFileURL(readablePath(path, copies)).href;
      }
      const context = isUrl(input) ? webContext : fileContext;
      const page = await pageFor(context);
      try {
        const response = await page.goto(target, {
          waitUntil: 'load',
          timeout: isUrl(input) ? 45_000 : 15_000,
        });
        // An error page has controls of its own (a search box): it is not the page that was asked for.
        if (isUrl(input) && response && !response.ok()) {
          return { error: `HTTP ${response.status()} ${response.statusText()}`.trim() };
        }
        // Let late-rendering apps (React/Vue mounted after load) settle.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30))));
        const report = await page.evaluate(`(() => { ${script}; return ${GLOBAL_NAME}.inspect(); })()`);
        const more = extra ? await page.evaluate(extra) : undefined;
        return { ...report, extra: more };
      } catch (error) {
        await page.close().catch(() => {});
        return { error: String(error?.message ?? error).split('\n')[0] };
      }
    }

    return { visit, close: () => Promise.all([...pages.values()].map((p) => p.close().catch(() => {}))) };
  }

  return {
    tab,
    async close() {
      await browser.close();
      rmSync(copies, { recursive: true, force: true });
    },
  };
}

/** Runs every input through a few reused tabs, keeping the input order in the results. */
export async function visitAll(inspector, inputs, extra, concurrency = 2) {
  const results = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    const tab = inspector.tab();
    while (next < inputs.length) {
      const i = next++;
      results[i] = await tab.visit(inputs[i], extra);
    }
    await tab.close();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, inputs.length)) }, worker));
  return results;
}
