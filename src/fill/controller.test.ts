import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { $ } from '../../tests/support/dom';
import { DATA } from '../../tests/support/fill';
import type { FormDetection } from '../detect/types';
import type { FillReport } from '../report/types';
import { createFrameRuntime, type FrameStart } from './controller';

// The origin happy-dom gives the test document: the frame the background approved.
const ORIGIN = document.location.origin;

const REPLACEMENT = `<form id="esim"><h2>Demande de remplacement d'eSIM</h2><label for="mail">Adresse e-mail</label><input id="mail" type="email" name="mail">
    <label for="imei">Numéro IMEI</label><input id="imei" name="imei">
    <label for="msg">Votre message</label><textarea id="msg" name="message"></textarea><button>Envoyer</button></form>`;
const CONTACT = `<form id="contact"><h2>Contactez-nous</h2><label for="c-mail">Adresse e-mail</label><input id="c-mail" type="email" name="mail">
    <label for="c-msg">Votre message</label><textarea id="c-msg" name="message"></textarea><button>Envoyer</button></form>`;

const running: { stop(): void }[] = [];

function harness(showable = true) {
  const sent: FillReport[] = [];
  const presses = new Map<Element, () => void>();
  const dismisses = new Map<Element, () => void>();
  const removed: Element[] = [];
  const runtime = createFrameRuntime({
    doc: document,
    adapters: [],
    sendReport: async (report) => {
      sent.push(report);
    },
    showOffer: (detection: FormDetection, press, dismiss) => {
      if (!showable) return null;
      presses.set(detection.root, press);
      dismisses.set(detection.root, dismiss);
      return { remove: () => removed.push(detection.root) };
    },
  });
  running.push(runtime);
  return { runtime, sent, presses, dismisses, removed, last: () => sent.at(-1) };
}

const start = (mode: FrameStart['mode']): FrameStart => ({ mode, data: DATA, origin: ORIGIN, telecom: true });

beforeEach(() => {
  vi.useFakeTimers();
  document.documentElement.lang = 'fr';
  document.title = 'OPT-NC';
});
afterEach(() => {
  for (const runtime of running.splice(0)) runtime.stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('one frame on a carrier page', () => {
  test('P5/P6: the replacement form fills by itself, the contact form only gets an offer', () => {
    document.body.innerHTML = REPLACEMENT + CONTACT;
    const h = harness();
    h.runtime.start(start('auto'));
    expect($('#mail').value).toBe(DATA.values.email);
    expect($('#c-mail').value).toBe('');
    expect([...h.presses.keys()].map((root) => root.id)).toEqual(['contact']);
    expect(h.last()).toMatchObject({ offered: 1 });
  });

  test('P6: pressing the offer fills that form and takes the offer away', () => {
    document.body.innerHTML = CONTACT;
    const h = harness();
    h.runtime.start(start('auto'));
    h.presses.get($('#contact'))!();
    expect($('#c-mail').value).toBe(DATA.values.email);
    expect($<HTMLTextAreaElement>('#c-msg').value).toContain('Bonjour');
    expect(h.removed.map((root) => root.id)).toEqual(['contact']);
    expect(h.last()).toMatchObject({ offered: 0 });
    expect(h.last()!.filled.length).toBeGreaterThan(1);
  });

  test('P6: "not now" takes the offer away for good and the badge stops waiting', async () => {
    document.body.innerHTML = CONTACT;
    const h = harness();
    h.runtime.start(start('auto'));
    h.dismisses.get($('#contact'))!();
    expect(h.last()).toMatchObject({ offered: 0 });
    document.body.insertAdjacentHTML('beforeend', '<p>late content</p>');
    await vi.advanceTimersByTimeAsync(1500);
    expect(h.presses.size).toBe(1);
    expect($('#c-mail').value).toBe('');
  });

  test('P8: in offer mode nothing is written before a press', () => {
    document.body.innerHTML = REPLACEMENT;
    const h = harness();
    h.runtime.start(start('offer'));
    expect($('#mail').value).toBe('');
    expect($('#imei').value).toBe('');
    expect(h.presses.size).toBe(1);
  });

  test('P6: an offer that cannot be shown is not retried on every change, and nothing is written', () => {
    document.body.innerHTML = CONTACT;
    const h = harness(false);
    h.runtime.start(start('auto'));
    expect($('#c-mail').value).toBe('');
    expect(h.presses.size).toBe(0);
  });

  test('P3: a frame that moved to another origin is not written', () => {
    document.body.innerHTML = REPLACEMENT;
    const h = harness();
    h.runtime.start({ ...start('auto'), origin: 'https://elsewhere.example' });
    expect($('#mail').value).toBe('');
  });

  test('a form rendered later is filled by the watcher; undo restores everything', async () => {
    const h = harness();
    h.runtime.start(start('auto'));
    document.body.innerHTML = REPLACEMENT;
    await vi.advanceTimersByTimeAsync(1500);
    expect($('#mail').value).toBe(DATA.values.email);
    h.runtime.undo();
    expect($('#mail').value).toBe('');
    expect(h.last()!.filled).toEqual([]);
  });

  test('P12: a request fills every request form at once and removes the offers', () => {
    document.body.innerHTML = CONTACT;
    const h = harness();
    h.runtime.start(start('auto'));
    const result = h.runtime.request({ data: DATA, origin: ORIGIN, telecom: true });
    expect('report' in result && result.report.filled.length).toBeGreaterThan(1);
    expect($('#c-mail').value).toBe(DATA.values.email);
    expect(h.removed.map((root) => root.id)).toEqual(['contact']);
  });

  test('P14: a preview lists boxes and writes nothing', () => {
    document.body.innerHTML = REPLACEMENT;
    const h = harness();
    const result = h.runtime.request({ data: DATA, origin: ORIGIN, telecom: false, preview: ['imei'] });
    expect(result).toEqual({ preview: [{ label: 'Numéro IMEI', fields: ['imei'] }] });
    expect($('#imei').value).toBe('');
    expect(h.sent).toEqual([]);
  });

  test('a report the background can no longer take stops the frame for good', async () => {
    document.body.innerHTML = CONTACT;
    const removed: Element[] = [];
    const runtime = createFrameRuntime({
      doc: document,
      adapters: [],
      sendReport: () => Promise.reject(new Error('Extension context invalidated')),
      showOffer: (detection) => ({ remove: () => removed.push(detection.root) }),
    });
    runtime.start(start('auto'));
    await vi.advanceTimersByTimeAsync(0);
    expect(removed.map((root) => root.id)).toEqual(['contact']);
    document.body.insertAdjacentHTML('beforeend', REPLACEMENT);
    await vi.advanceTimersByTimeAsync(1500);
    expect($('#mail').value).toBe('');
  });
});

describe('a large page: the replacement form first, other forms as the person turns to them', () => {
  /** A phone shop's filters: hundreds of controls that ask for nothing of ours. */
  const FILTERS = `<form id="filters" action="/boutique">${Array.from(
    { length: 300 },
    (_, i) => `<label><input type="checkbox" name="f${i}"> Couleur ${i}</label>`,
  ).join('')}</form>`;

  test('P5: the replacement form fills at start; another form is read when the person moves into it', async () => {
    document.body.innerHTML = FILTERS + CONTACT + REPLACEMENT;
    const h = harness();
    h.runtime.start(start('auto'));
    expect($('#mail').value).toBe(DATA.values.email);
    expect($('#imei').value).toBe(DATA.values.imei);
    expect(h.last()).toMatchObject({ formCount: 1, offered: 0 });
    const first = h.last()!.filled;

    // Nothing else is read after load, however long the page waits.
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.presses.size).toBe(0);

    // The person tabs into the contact form: it is read now, and gets its offer [P6].
    $('#c-mail').focus();
    expect([...h.presses.keys()].map((root) => root.id)).toEqual(['contact']);
    expect(h.last()).toMatchObject({ formCount: 1, offered: 1 });
    expect(h.last()!.filled).toEqual(first);
    expect($('#c-mail').value).toBe('');

    // A filter box is a form of its own: focusing it reads it, and it asks for nothing of ours.
    $('#filters input').focus();
    expect(h.presses.size).toBe(1);
    expect(h.last()!.filled).toEqual(first);
  });

  test('a loose box (no <form>) read on focus does not stop the forms after it from being read', () => {
    document.body.innerHTML = `${FILTERS}<label>Code promo <input id="loose" name="promo"></label>${CONTACT}${REPLACEMENT}`;
    const h = harness();
    h.runtime.start(start('auto'));
    expect($('#mail').value).toBe(DATA.values.email);
    $('#loose').focus();
    expect(h.presses.size).toBe(0);
    $('#c-mail').focus();
    expect([...h.presses.keys()].map((root) => root.id)).toEqual(['contact']);
  });

  test('the filled form is still watched: its next step fills when it appears', async () => {
    document.body.innerHTML =
      FILTERS +
      REPLACEMENT.replace(
        '</form>',
        '<div id="step2" hidden><label for="iccid">ICCID</label><input id="iccid" name="iccid"></div></form>',
      );
    const h = harness();
    h.runtime.start(start('auto'));
    expect($('#imei').value).toBe(DATA.values.imei);
    $('#step2').hidden = false;
    await vi.advanceTimersByTimeAsync(1500);
    expect($('#iccid').value).toBe(DATA.values.iccid);
  });

  test('the same page ends the same whether it is large or not', async () => {
    document.body.innerHTML = CONTACT + REPLACEMENT;
    const small = harness();
    small.runtime.start(start('auto'));
    const values = () =>
      Array.from(document.querySelectorAll('input, textarea'), (el) => (el as HTMLInputElement).value);
    const smallValues = values();
    const smallReport = small.last()!;
    small.runtime.stop();

    document.body.innerHTML = FILTERS + CONTACT + REPLACEMENT;
    const large = harness();
    large.runtime.start(start('auto'));
    $('#c-mail').focus();
    expect(values().slice(300)).toEqual(smallValues);
    expect(large.last()!.filled).toEqual(smallReport.filled);
    expect(large.last()!.skipped).toEqual(smallReport.skipped);

    large.runtime.undo();
    expect(values().every((value) => value === '' || value === 'on')).toBe(true);
  });

  test('the first fill keeps the rules: a hidden box stays empty, a box the person filled keeps its value', () => {
    document.body.innerHTML =
      FILTERS +
      REPLACEMENT.replace(
        '<label for="imei">',
        '<div hidden><label for="h-phone">Téléphone</label><input id="h-phone" type="tel" name="phone"></div><label for="imei">',
      ).replace(
        'id="mail" type="email" name="mail"',
        'id="mail" type="email" name="mail" value="moi@exemple.nc"',
      );
    const h = harness();
    h.runtime.start(start('auto'));
    expect($('#imei').value).toBe(DATA.values.imei);
    expect($('#mail').value).toBe('moi@exemple.nc');
    expect($('#h-phone').value).toBe('');
    expect(h.last()!.filled.map((entry) => entry.field)).not.toContain('email');
  });

  test('P16: with the same request already sent, nothing fills first; the form waits behind its notice', async () => {
    document.body.innerHTML = FILTERS + REPLACEMENT;
    const h = harness();
    h.runtime.start({
      ...start('auto'),
      lastRequest: { sentAt: Date.now() - 3_600_000, page: 'https://opt.nc/' },
    });
    expect($('#mail').value).toBe('');
    expect($('#imei').value).toBe('');
    expect([...h.presses.keys()].map((root) => root.id)).toEqual(['esim']);
  });

  test('P8: in offer mode nothing is written first, large page or not', async () => {
    document.body.innerHTML = FILTERS + REPLACEMENT;
    const h = harness();
    h.runtime.start(start('offer'));
    await vi.advanceTimersByTimeAsync(0);
    expect($('#mail').value).toBe('');
    expect(h.presses.size).toBe(1);
  });

  test('P3: a frame that moved to another origin is not written first either', () => {
    document.body.innerHTML = FILTERS + REPLACEMENT;
    const h = harness();
    h.runtime.start({ ...start('auto'), origin: 'https://elsewhere.example' });
    expect($('#mail').value).toBe('');
  });
});
