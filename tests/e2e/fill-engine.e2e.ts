// Spec: the fill engine's writers and visibility rules in real Chromium (layout, editing commands) and
// against real React 19 and Vue 3 state — what happy-dom cannot show. No extension needed: the
// engine's modules are bundled and run in the page, as the content script would run them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { hiddenBy, isVisible } from '../../src/dom/visibility';
import type { writeValue } from '../../src/dom/write';
import type { Snapshot } from '../../src/fill/undo';
import type { wantedFor, writeField } from '../../src/fill/write';
import { ROOT } from '../support/harness';

/** What the bundled engine puts on the page's window. */
interface EngineWindow {
  engine: {
    writeValue: typeof writeValue;
    writeField: typeof writeField;
    wantedFor: typeof wantedFor;
    hiddenBy: typeof hiddenBy;
    isVisible: typeof isVisible;
    snapshot(el: Element): Snapshot;
    restore(saved: Snapshot): void;
  };
  saved: Snapshot;
}

let browser: Browser;
let engine: string;
let reactApp: string;
const vue = readFileSync(join(ROOT, 'node_modules/vue/dist/vue.global.prod.js'), 'utf8');

async function bundle(contents: string, loader: 'ts' | 'tsx'): Promise<string> {
  const result = await build({
    stdin: { contents, loader, resolveDir: ROOT, sourcefile: `entry.${loader}` },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  engine = await bundle(
    `import { writeValue } from './src/dom/write';
     import { hiddenBy, isVisible } from './src/dom/visibility';
     import { wantedFor, writeField } from './src/fill/write';
     import { snapshot, restore } from './src/fill/undo';
     (window as unknown as { engine: unknown }).engine = { writeValue, writeField, wantedFor, hiddenBy, isVisible, snapshot, restore };`,
    'ts',
  );
  reactApp = await bundle(
    `import { useState } from 'react';
     import { createRoot } from 'react-dom/client';
     function App() {
       const [s, set] = useState({ email: '', message: '', model: '', reason: '' });
       const on = (key) => (e) => set({ ...s, [key]: e.target.value });
       return (<form>
         <input id="email" value={s.email} onChange={on('email')} />
         <textarea id="message" value={s.message} onChange={on('message')} />
         <select id="model" value={s.model} onChange={on('model')}>
           <option value="">Choose…</option><option value="p">Apple iPhone 15 Pro</option><option value="m">Apple iPhone 15 Pro Max</option>
         </select>
         <label><input type="radio" name="reason" value="lost" checked={s.reason === 'lost'} onChange={on('reason')} /> Lost/Stolen</label>
         <label><input type="radio" name="reason" value="broken" checked={s.reason === 'broken'} onChange={on('reason')} /> Broken</label>
         <output id="state">{JSON.stringify(s)}</output>
       </form>);
     }
     createRoot(document.getElementById('root')).render(<App />);`,
    'tsx',
  );
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function open(html: string, ...scripts: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
  for (const content of [engine, ...scripts]) await page.addScriptTag({ content });
  return page;
}

const stateOf = async (page: Page) => JSON.parse((await page.textContent('#state')) ?? '{}');

describe('with real layout, the engine tells hidden boxes from real ones', () => {
  test('every kind of honeypot is hidden, real controls are visible', async () => {
    const page = await open(`
      <style>.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>
      <input id="ok"><div style="height:120px;overflow:auto"><div style="height:600px"></div><input id="scrolled"></div>
      <label for="radio">Lost</label><input type="radio" id="radio" style="opacity:0;position:absolute;width:0">
      <input id="sr" class="sr"><input id="tiny" style="width:1px;height:1px;padding:0;border:0">
      <input id="left" style="position:absolute;left:-9999px"><input id="tr" style="transform:translateX(-5000px)">
      <div style="height:0;overflow:hidden"><input id="box0"></div><input id="op" style="opacity:0">
      <input id="vis" style="visibility:hidden"><input id="clippath" style="clip-path:inset(50%)">
      <details><summary>More</summary><input id="det"></details><div aria-hidden="true"><input id="aria"></div>`);
    const verdicts = await page.evaluate(() => {
      const ids = [
        'ok',
        'scrolled',
        'radio',
        'sr',
        'tiny',
        'left',
        'tr',
        'box0',
        'op',
        'vis',
        'clippath',
        'det',
        'aria',
      ];
      const { hiddenBy } = (window as unknown as EngineWindow).engine;
      const visible = (window as unknown as EngineWindow).engine.isVisible;
      return Object.fromEntries(
        ids.map((id) => [
          id,
          visible(document.getElementById(id)!) ? 'visible' : hiddenBy(document.getElementById(id)!),
        ]),
      );
    });
    expect(verdicts).toEqual({
      ok: 'visible',
      scrolled: 'visible',
      radio: 'visible',
      sr: 'clip',
      tiny: 'size',
      left: 'off-screen',
      tr: 'off-screen',
      box0: 'size',
      op: 'opacity',
      vis: 'visibility',
      clippath: 'clip',
      det: 'closed-details',
      aria: 'aria-hidden',
    });
    await page.close();
  });
});

describe('the engine writes the way a person types, so apps and editors see every value', () => {
  test('React 19 controlled inputs, select and radios see every write, and undo', async () => {
    const page = await open('<div id="root"></div>', reactApp);
    await page.waitForSelector('#email');
    const results = await page.evaluate(() => {
      const { writeField: write, wantedFor, snapshot } = (window as unknown as EngineWindow).engine;
      const writeField = (
        el: HTMLElement,
        field: Parameters<typeof wantedFor>[0],
        value: string,
        wanted = value,
      ) => write(el, value, wantedFor(field, wanted));
      const $ = (s: string) => document.querySelector<HTMLElement>(s)!;
      (window as unknown as EngineWindow).saved = snapshot($('#email'));
      return [
        writeField($('#email'), 'email', 'jean@example.nc'),
        writeField($('#message'), 'description', 'Hello,\nThanks.'),
        writeField($('#model'), 'deviceModel', 'iPhone 15 Pro'),
        writeField($('input[value=lost]'), 'reason', 'Téléphone perdu ou volé', 'lost'),
      ].map((r) => r.ok);
    });
    expect(results).toEqual([true, true, true, true]);
    await page.waitForTimeout(50);
    expect(await stateOf(page)).toEqual({
      email: 'jean@example.nc',
      message: 'Hello,\nThanks.',
      model: 'p',
      reason: 'lost',
    });
    await page.evaluate(() =>
      (window as unknown as EngineWindow).engine.restore((window as unknown as EngineWindow).saved),
    );
    await page.waitForTimeout(50);
    expect((await stateOf(page)).email).toBe('');
    expect(await page.inputValue('#email')).toBe('');
    await page.close();
  });

  test('Vue 3 v-model, v-model.lazy, select and radios', async () => {
    const page = await open(
      `<div id="app"><input id="email" v-model="email"><input id="order" v-model.lazy="order">
        <select id="cc" v-model="cc"><option value="">--</option><option value="33">France (+33)</option><option value="687">Nouvelle-Calédonie (+687)</option></select>
        <label><input type="radio" value="new" v-model="reason"> Changement de téléphone</label>
        <label><input type="radio" value="lost" v-model="reason"> Perte ou vol</label>
        <output id="state">{{ JSON.stringify({ email, order, cc, reason }) }}</output></div>`,
      vue,
      `Vue.createApp({ data: () => ({ email: '', order: '', cc: '', reason: '' }) }).mount('#app');`,
    );
    await page.evaluate(() => {
      const { writeField: write, wantedFor } = (window as unknown as EngineWindow).engine;
      const writeField = (
        el: HTMLElement,
        field: Parameters<typeof wantedFor>[0],
        value: string,
        wanted = value,
      ) => write(el, value, wantedFor(field, wanted));
      const $ = (s: string) => document.querySelector<HTMLElement>(s)!;
      writeField($('#email'), 'email', 'jean@example.nc');
      writeField($('#order'), 'orderNumber', 'NC-42');
      writeField($('#cc'), 'phoneCountryCode', '+687');
      writeField($('input[value=new]'), 'reason', 'Changement de téléphone', 'newDevice');
    });
    await page.waitForTimeout(50);
    expect(await stateOf(page)).toEqual({
      email: 'jean@example.nc',
      order: 'NC-42',
      cc: '687',
      reason: 'new',
    });
    await page.close();
  });

  test('a rich-text editor is typed into with editing commands, line by line', async () => {
    const page = await open(
      `<div id="ed" contenteditable="true" style="min-height:80px"><p><br></p></div><input id="other">`,
    );
    const outcome = await page.evaluate(() => {
      const types: string[] = [];
      const ed = document.getElementById('ed')!;
      ed.addEventListener('input', (e) => types.push((e as InputEvent).inputType));
      (document.getElementById('other') as HTMLInputElement).focus();
      const result = (window as unknown as EngineWindow).engine.writeValue(ed, 'Bonjour,\nMerci.');
      // biome-ignore lint/performance/useDomNodeTextContent: what the person sees, line breaks included.
      return { result, types, text: ed.innerText, focused: document.activeElement?.id };
    });
    expect(outcome.result.ok).toBe(true);
    expect(outcome.text.split('\n').filter(Boolean)).toEqual(['Bonjour,', 'Merci.']);
    // Typed through the editor's own editing path (native input events), not by replacing its HTML.
    expect(outcome.types).toContain('insertText');
    expect(outcome.types).toContain('insertParagraph');
    expect(outcome.focused).toBe('other');
    await page.close();
  });
});
