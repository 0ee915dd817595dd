import { browser } from 'wxt/browser';
import { contentScriptMatches } from '../src/carriers/match';
import {
  type AutofillController,
  ENGINE_GLOBAL,
  type FillEngine,
  startAutofill,
} from '../src/fill/controller';
import type { ContentRequest, FillContextRequest, FillContextResponse } from '../src/messaging/protocol';

async function loadEngine(): Promise<FillEngine> {
  const scope = globalThis as Record<string, unknown>;
  if (!scope[ENGINE_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL('/fill-engine.js'));
  return scope[ENGINE_GLOBAL] as FillEngine;
}

// Declared only for the registry's carrier domains over https; the background's policy decides the
// rest. This script stays small: the engine is loaded only once the background says yes.
export default defineContentScript({
  matches: contentScriptMatches(),
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Sandboxed frames have an opaque origin: they get nothing, not even a question to the background.
    if (window.origin === 'null' || location.protocol !== 'https:') return;

    let controller: AutofillController | undefined;
    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = message as ContentRequest;
      if (request?.type === 'fill:undo') controller?.undo();
      if (request?.type === 'fill:again') controller?.fillAgain();
    });

    controller = await startAutofill({
      doc: document,
      signal: ctx.signal,
      requestContext: () =>
        browser.runtime.sendMessage({
          type: 'fill:context',
          frameOrigin: window.origin,
          pageStartedAt: performance.timeOrigin,
        } satisfies FillContextRequest) as Promise<FillContextResponse>,
      sendReport: async (report) => {
        if (ctx.isValid) await browser.runtime.sendMessage({ type: 'fill:report', report });
      },
      loadEngine,
    });
  },
});
