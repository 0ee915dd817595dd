import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { $ } from '../../tests/support/dom';
import { DATA } from '../../tests/support/fill';
import type { FormDetection } from '../detect/types';
import type { FillReport } from '../report/types';
import { createFrameRuntime, type FrameStart } from './controller';
import { formatSentDay } from './offer-prompt';
import { isSubmitButton, type SentForm, watchSent } from './sent';

const ORIGIN = document.location.origin;

const REPLACEMENT = `<form id="esim"><h2>Demande de remplacement d'eSIM</h2><label for="mail">Adresse e-mail</label><input id="mail" type="email" name="mail">
    <label for="imei">Numéro IMEI</label><input id="imei" name="imei">
    <label for="msg">Votre message</label><textarea id="msg" name="message"></textarea><button id="send">Envoyer</button></form>`;
const CONTACT = `<form id="contact"><h2>Contactez-nous</h2><label for="c-mail">Adresse e-mail</label><input id="c-mail" type="email" name="mail">
    <label for="c-msg">Votre message</label><textarea id="c-msg" name="message"></textarea><button>Envoyer</button></form>`;
/** An app without <form>: the container holding the boxes and its send button. */
const APP = `<div id="app"><h2>Remplacement eSIM</h2><label for="a-mail">Adresse e-mail</label><input id="a-mail" type="email">
    <label for="a-imei">Numéro IMEI</label><input id="a-imei">
    <button type="button" id="a-back">Retour</button><button type="button" id="a-send">Envoyer la demande</button></div>`;

/** What the person's own action gives the page: a trusted event (happy-dom's are never trusted). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const submitOf = (form: Element, isTrusted = true) => {
  const event = new Event('submit', { bubbles: true, cancelable: true });
  // The page's own listeners may cancel it (an app sends by fetch): it was still sent.
  form.addEventListener('submit', (e) => e.preventDefault(), { once: true });
  form.dispatchEvent(isTrusted ? trusted(event) : event);
};
const clickOn = (el: Element, isTrusted = true) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(isTrusted ? trusted(event) : event);
};

const aborts: AbortController[] = [];
const running: { stop(): void }[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  document.documentElement.lang = 'fr';
  document.title = 'OPT-NC';
});
afterEach(() => {
  for (const abort of aborts.splice(0)) abort.abort();
  for (const runtime of running.splice(0)) runtime.stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function watch() {
  const abort = new AbortController();
  aborts.push(abort);
  const sent: SentForm[] = [];
  const watcher = watchSent(document, abort.signal, (form) => sent.push(form));
  return { watcher, sent, abort };
}

describe('watchSent', () => {
  test("a filled form's submit is reported once, with its fields and the page without query", () => {
    document.body.innerHTML = REPLACEMENT;
    const { watcher, sent } = watch();
    watcher.track($('#esim'), ['email', 'imei']);
    watcher.track($('#esim'), ['description', 'email']);
    submitOf($('#esim'));
    submitOf($('#esim'));
    expect(sent).toEqual([
      { fields: ['email', 'imei', 'description'], url: `${ORIGIN}${document.location.pathname}` },
    ]);
  });

  test("a page's own submit event, an untracked form or nothing written are not reported", () => {
    document.body.innerHTML = REPLACEMENT + CONTACT;
    const { watcher, sent } = watch();
    watcher.track($('#esim'), ['email']);
    watcher.track($('#contact'), []);
    submitOf($('#esim'), false);
    submitOf($('#contact'));
    expect(sent).toEqual([]);
  });

  test('without <form>: a press on the send button of a filled container, not on another button', () => {
    document.body.innerHTML = APP;
    const { watcher, sent } = watch();
    watcher.track($('#app'), ['email', 'imei']);
    clickOn($('#a-back'));
    clickOn($('#a-send'), false);
    expect(sent).toEqual([]);
    clickOn($('#a-send'));
    clickOn($('#a-send'));
    expect(sent.map((form) => form.fields)).toEqual([['email', 'imei']]);
  });

  test('a click inside a <form> is left to its submit event (an invalid form sends nothing)', () => {
    document.body.innerHTML = REPLACEMENT;
    const { watcher, sent } = watch();
    watcher.track($('#esim'), ['email']);
    // (happy-dom would otherwise navigate to the form's GET address)
    $('#esim').addEventListener('submit', (event) => event.preventDefault());
    clickOn($('#send'));
    expect(sent).toEqual([]);
  });

  test("a form in a shadow root is heard there; clear() and the runtime's signal end it all", () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = $<HTMLElement>('#host').attachShadow({ mode: 'open' });
    shadow.innerHTML = REPLACEMENT;
    const { watcher, sent, abort } = watch();
    watcher.track($('#esim', shadow), ['email']);
    submitOf($('#esim', shadow));
    expect(sent).toHaveLength(1);
    watcher.track($('#esim', shadow), ['email']);
    watcher.clear();
    submitOf($('#esim', shadow));
    watcher.track($('#esim', shadow), ['email']);
    abort.abort();
    submitOf($('#esim', shadow));
    expect(sent).toHaveLength(1);
  });

  test('what counts as a send button', () => {
    document.body.innerHTML = `<input type="submit" id="i"><input type="button" id="ib" value="Envoyer">
      <button type="reset" id="r">Envoyer</button><button type="submit" id="s">?</button>
      <button id="b">Send my request</button><div role="button" id="d">Soumettre</div><button id="x">Annuler</button>`;
    const verdicts = Object.fromEntries(
      ['i', 'ib', 'r', 's', 'b', 'd', 'x'].map((id) => [id, isSubmitButton($(`#${id}`))]),
    );
    expect(verdicts).toEqual({ i: true, ib: false, r: false, s: true, b: true, d: true, x: false });
  });

  test("a wizard's Next or Continue moves a step and sends nothing, in any pack's words", () => {
    document.body.innerHTML = `<button id="en">Next</button><button id="fr">Suivant</button>
      <div role="button" id="zh">下一步</div><button id="de">Weiter</button><button id="c">Continue to payment</button>
      <button id="send">Envoyer la demande</button>`;
    const verdicts = Object.fromEntries(
      ['en', 'fr', 'zh', 'de', 'c', 'send'].map((id) => [id, isSubmitButton($(`#${id}`))]),
    );
    expect(verdicts).toEqual({ en: false, fr: false, zh: false, de: false, c: false, send: true });
  });
});

// ---- the frame runtime ----------------------------------------------------------------------------

function harness() {
  const reports: FillReport[] = [];
  const sent: SentForm[] = [];
  const shown: { root: Element; press: () => void; notice?: { sentAt: number } }[] = [];
  const runtime = createFrameRuntime({
    doc: document,
    adapters: [],
    sendReport: async (report) => {
      reports.push(report);
    },
    sendSent: async (form) => {
      sent.push(form);
    },
    showOffer: (detection: FormDetection, press, _dismiss, notice) => {
      shown.push({ root: detection.root, press, notice });
      return { remove: () => undefined };
    },
  });
  running.push(runtime);
  return { runtime, reports, sent, shown, last: () => reports.at(-1) };
}

const SENT_AT = new Date(2026, 11, 3, 9, 30).getTime();
const start = (mode: FrameStart['mode'], extra: Partial<FrameStart> = {}): FrameStart => ({
  mode,
  data: DATA,
  origin: ORIGIN,
  telecom: true,
  ...extra,
});

describe('the frame runtime and sent requests', () => {
  test('submit after an automatic fill is sent once, with the fields filled in that form', async () => {
    document.body.innerHTML = REPLACEMENT + CONTACT;
    const h = harness();
    h.runtime.start(start('auto'));
    expect($('#mail').value).toBe(DATA.values.email);
    submitOf($('#esim'));
    submitOf($('#esim'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]!.fields).toEqual(expect.arrayContaining(['email', 'imei', 'description']));
    expect(JSON.stringify(h.sent)).not.toContain(DATA.values.email!);
  });

  test('no send for a form ReSIM did not fill (an offer not pressed), nor after undo', async () => {
    document.body.innerHTML = REPLACEMENT + CONTACT;
    const h = harness();
    h.runtime.start(start('auto'));
    submitOf($('#contact'));
    h.runtime.undo();
    submitOf($('#esim'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.sent).toEqual([]);
  });

  test('a pressed offer and a request fill are sent too', async () => {
    document.body.innerHTML = CONTACT;
    const h = harness();
    h.runtime.start(start('auto'));
    h.shown[0]!.press();
    submitOf($('#contact'));
    document.body.innerHTML = REPLACEMENT;
    h.runtime.request({ data: DATA, origin: ORIGIN, telecom: true });
    submitOf($('#esim'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.sent.map((form) => form.fields.includes('email'))).toEqual([true, true]);
  });

  test('with the same request open: the replacement form is not filled, the notice is shown; its press fills it', () => {
    document.body.innerHTML = REPLACEMENT + CONTACT;
    const h = harness();
    h.runtime.start(start('auto', { lastRequest: { sentAt: SENT_AT, page: `${ORIGIN}/esim` } }));
    expect($('#mail').value).toBe('');
    expect($('#imei').value).toBe('');
    // The replacement form gets the notice; the contact form its usual offer.
    expect(h.shown.map((s) => [s.root.id, s.notice])).toEqual([
      ['esim', { sentAt: SENT_AT }],
      ['contact', undefined],
    ]);
    expect(h.last()).toMatchObject({ duplicateOf: { sentAt: SENT_AT }, offered: 2 });
    h.shown[0]!.press();
    expect($('#mail').value).toBe(DATA.values.email);
    expect($('#c-mail').value).toBe('');
    expect(h.last()).toMatchObject({ duplicateOf: { sentAt: SENT_AT }, offered: 1 });
  });

  test('without an open request nothing is said of duplicates', () => {
    document.body.innerHTML = REPLACEMENT;
    const h = harness();
    h.runtime.start(start('auto'));
    expect(h.last()).not.toHaveProperty('duplicateOf');
  });

  test("the notice's date is written in the page's language", () => {
    expect(formatSentDay(SENT_AT, 'fr')).toBe('3 déc. 2026');
    expect(formatSentDay(SENT_AT, 'de')).toBe('3. Dez. 2026');
    expect(formatSentDay(SENT_AT, 'en')).toBe('Dec 3, 2026');
    expect(formatSentDay(SENT_AT, 'not a tag!')).toBe('Dec 3, 2026');
  });
});
