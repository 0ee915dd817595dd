import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { $, html } from '../../tests/support/dom';
import { writeValue } from '../dom/write';
import { watchForms } from './watch';

// Fake timers: the debounce is checked in simulated time, so a loaded machine cannot skew it.
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
let controller: AbortController;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  controller?.abort();
  vi.useRealTimers();
});

function watch(options = { delay: 20, maxWait: 100 }) {
  controller = new AbortController();
  let calls = 0;
  watchForms(document, () => calls++, controller.signal, options);
  return () => calls;
}

describe('watchForms', () => {
  test('calls back once, debounced, when a form renders late', async () => {
    html('<main id="app"><input id="search-box"></main>');
    const calls = watch();
    const app = $('#app');
    app.insertAdjacentHTML('beforeend', '<form><input name="email"></form>');
    app.insertAdjacentHTML('beforeend', '<p>loading…</p>');
    $('form').insertAdjacentHTML('beforeend', '<textarea name="message"></textarea>');
    await wait(5);
    expect(calls()).toBe(0);
    await wait(60);
    expect(calls()).toBe(1);
  });

  test("a wizard's step 2 revealed by an attribute change", async () => {
    html('<form><div id="s1"><input name="email"></div><div id="s2" hidden><input name="imei"></div></form>');
    const calls = watch();
    $('#s1').hidden = true;
    $('#s2').hidden = false;
    await wait(60);
    expect(calls()).toBe(1);
  });

  test('our own writes, text changes and hidden additions do not call back', async () => {
    html('<form><input id="a"><div id="ed" contenteditable="true"></div></form>');
    const calls = watch();
    writeValue($('#a'), 'x');
    writeValue($('#ed'), 'line 1\nline 2');
    $('form').insertAdjacentHTML(
      'beforeend',
      '<div style="display:none"><input name="hp"></div><span>note</span>',
    );
    await wait(60);
    expect(calls()).toBe(0);
  });

  test('controls inside open shadow roots of components added later', async () => {
    html('<main id="app"></main>');
    const calls = watch();
    // As a custom element does in its constructor: a host appears and attaches its shadow root.
    const host = document.createElement('div');
    $('#app').append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="inner"></div>';
    await wait(60);
    expect(calls()).toBe(0);
    shadow.querySelector('#inner')!.innerHTML = '<input name="email">';
    await wait(60);
    expect(calls()).toBe(1);
  });

  test('a custom element defined after load, upgrading in place with a shadow form', async () => {
    html('<main><helia-late-form></helia-late-form></main>');
    const calls = watch();
    class LateForm extends HTMLElement {
      connectedCallback() {
        this.attachShadow({ mode: 'open' }).innerHTML = '<form><input name="email"></form>';
      }
    }
    customElements.define('helia-late-form', LateForm);
    await wait(700);
    expect(calls()).toBe(1);
  });

  test('stops when the signal aborts', async () => {
    html('<main id="app"></main>');
    const calls = watch();
    controller.abort();
    $('#app').innerHTML = '<form><input name="email"></form>';
    await wait(60);
    expect(calls()).toBe(0);
  });

  test('a page that never stops changing still gets its check within maxWait', async () => {
    html('<main id="app"></main>');
    const calls = watch({ delay: 30, maxWait: 80 });
    $('#app').innerHTML = '<form><input name="email"></form>';
    const ticker = setInterval(() => $('#app').setAttribute('class', String(Math.random())), 10);
    await wait(150);
    clearInterval(ticker);
    expect(calls()).toBe(1);
  });
});
