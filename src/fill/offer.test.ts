import { afterEach, describe, expect, test, vi } from 'vitest';
import type { FormDetection } from '../detect/types';
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
