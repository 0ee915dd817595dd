import { afterEach, describe, expect, test, vi } from 'vitest';
import { DATA } from '../../tests/support/fill';
import type { FormDetection } from '../detect/types';
import type { FrameRuntime } from './controller';
import { createFillEngine } from './engine';
import { type LoadPrompt, offersOnDemand } from './offer';
import type { PromptRequest, ShowPrompt } from './prompt-global';

// The engine side of an offer: it carries no prompt, so the first offer asks for the prompt's file and
// every offer hands the frame's engine a handle at once (src/fill/controller.ts expects one).

afterEach(() => {
  document.body.innerHTML = '';
});

function form(): { detection: FormDetection; mail: Element } {
  document.body.innerHTML = `<form><label for="q">Question</label><input id="q" name="q">
    <label for="mail">E-mail</label><input id="mail" type="email" name="mail"></form>`;
  const root = document.querySelector('form')!;
  const [q, mail] = [document.querySelector('#q')!, document.querySelector('#mail')!];
  const detection = {
    root,
    language: 'fr',
    controls: [
      { element: q, field: null },
      { element: mail, field: 'email' },
    ],
  } as unknown as FormDetection;
  return { detection, mail };
}

/** A prompt file that arrives when `arrive()` is called, recording what it was asked to show. */
function promptFile() {
  const shown: PromptRequest[] = [];
  const removed: PromptRequest[] = [];
  const show: ShowPrompt = (request) => {
    shown.push(request);
    return { remove: () => removed.push(request) };
  };
  let arrive: (value: ShowPrompt | undefined) => void = () => undefined;
  const load = vi.fn<LoadPrompt>(
    () =>
      new Promise((resolve) => {
        arrive = resolve;
      }),
  );
  return { shown, removed, load, arrive: () => arrive(show), fail: () => arrive(undefined) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('offers on demand', () => {
  test('a handle at once; the prompt shows beside the first box of ours, in the page language, once its file is in', async () => {
    const file = promptFile();
    const { detection, mail } = form();
    const press = vi.fn();
    const dismiss = vi.fn();
    const handle = offersOnDemand(file.load)(detection, press, dismiss);
    expect(handle).not.toBeNull();
    expect(file.shown).toEqual([]);
    file.arrive();
    await settle();
    expect(file.shown).toHaveLength(1);
    const [request] = file.shown;
    expect(request).toMatchObject({ anchor: mail, lang: 'fr' });
    expect(request?.notice).toBeUndefined();
    request?.onPress();
    request?.onDismiss();
    expect(press).toHaveBeenCalledOnce();
    expect(dismiss).toHaveBeenCalledOnce();
    handle?.remove();
    expect(file.removed).toEqual([request]);
  });

  test('the notice carries the day the request was sent', async () => {
    const file = promptFile();
    const { detection } = form();
    offersOnDemand(file.load)(detection, vi.fn(), vi.fn(), { sentAt: 42 });
    file.arrive();
    await settle();
    expect(file.shown[0]?.notice).toEqual({ sentAt: 42 });
  });

  test('removed before the file arrives (the form went, the page was filled, the engine stopped), it never shows', async () => {
    const file = promptFile();
    const { detection } = form();
    const dismiss = vi.fn();
    offersOnDemand(file.load)(detection, vi.fn(), dismiss)?.remove();
    file.arrive();
    await settle();
    expect(file.shown).toEqual([]);
    expect(dismiss).not.toHaveBeenCalled();
  });

  test('the file is asked for once per frame, whatever the number of offers', async () => {
    const file = promptFile();
    const show = offersOnDemand(file.load);
    const { detection } = form();
    show(detection, vi.fn(), vi.fn());
    show(detection, vi.fn(), vi.fn());
    file.arrive();
    await settle();
    show(detection, vi.fn(), vi.fn());
    await settle();
    expect(file.load).toHaveBeenCalledOnce();
    expect(file.shown).toHaveLength(3);
  });

  test('when the file cannot come, the offer is let go as if dismissed, and the next offer asks again', async () => {
    const file = promptFile();
    const show = offersOnDemand(file.load);
    const { detection } = form();
    const dismiss = vi.fn();
    show(detection, vi.fn(), dismiss);
    file.fail();
    await settle();
    expect(dismiss).toHaveBeenCalledOnce();
    file.load.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    const second = vi.fn();
    show(detection, vi.fn(), second);
    await settle();
    expect(second).toHaveBeenCalledOnce();
    expect(file.load).toHaveBeenCalledTimes(2);
    expect(file.shown).toEqual([]);
  });

  test('no visible box: no offer, and nothing is asked for', () => {
    const file = promptFile();
    const { detection } = form();
    for (const control of detection.controls) (control.element as HTMLElement).hidden = true;
    expect(offersOnDemand(file.load)(detection, vi.fn(), vi.fn())).toBeNull();
    expect(file.load).not.toHaveBeenCalled();
  });
});

describe('a frame engine whose prompt file is on its way', () => {
  const CONTACT = `<form id="contact"><h2>Contactez-nous</h2><label for="c-mail">Adresse e-mail</label><input id="c-mail" type="email" name="mail">
    <label for="c-msg">Votre message</label><textarea id="c-msg" name="message"></textarea><button>Envoyer</button></form>`;
  const ORIGIN = document.location.origin;
  const engines: FrameRuntime[] = [];
  afterEach(() => {
    for (const engine of engines.splice(0)) engine.stop();
  });

  function engineWith(file: ReturnType<typeof promptFile>) {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = CONTACT;
    const reports: { offered?: number }[] = [];
    const engine = createFillEngine({
      adapters: [],
      sendReport: async (report) => {
        reports.push(report);
      },
      loadPrompt: file.load,
    });
    engines.push(engine);
    engine.start({ mode: 'auto', data: DATA, origin: ORIGIN, telecom: true });
    return { engine, reports };
  }

  test('the contact form is offered at once (badge "+"); its prompt shows when the file is in; a press fills it', async () => {
    const file = promptFile();
    const { reports } = engineWith(file);
    expect(reports.at(-1)).toMatchObject({ offered: 1 });
    expect(file.load).toHaveBeenCalledOnce();
    file.arrive();
    await settle();
    expect(file.shown).toHaveLength(1);
    file.shown[0]?.onPress();
    expect(document.querySelector<HTMLInputElement>('#c-mail')?.value).toBe(DATA.values.email);
    expect(file.removed).toHaveLength(1);
  });

  test('stopped, or the page filled from the popup, before the file is in: the prompt never shows', async () => {
    for (const takeBack of [
      (engine: FrameRuntime) => engine.stop(),
      (engine: FrameRuntime) => engine.request({ data: DATA, origin: ORIGIN, telecom: true }),
    ]) {
      const file = promptFile();
      const { engine } = engineWith(file);
      takeBack(engine);
      file.arrive();
      await settle();
      expect(file.shown).toEqual([]);
    }
  });

  test('the file refused: the offer is let go and the report stops counting it', async () => {
    const file = promptFile();
    const { reports } = engineWith(file);
    file.fail();
    await settle();
    expect(reports.at(-1)).toMatchObject({ offered: 0 });
    expect(document.querySelector<HTMLInputElement>('#c-mail')?.value).toBe('');
  });
});
