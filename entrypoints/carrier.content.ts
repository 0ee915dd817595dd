import { browser } from 'wxt/browser';
import { contentScriptMatches } from '../src/carriers/match';
import { type AutofillController, startAutofill } from '../src/fill/controller';
import { fillPage } from '../src/fill/run';
import { watchForms } from '../src/fill/watch';
import type { ContentRequest, FillContextRequest, FillContextResponse } from '../src/messaging/protocol';
import { PLATFORMS } from '../src/platforms';

// Declared only for the registry's carrier domains over https; the background's policy decides the rest.
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
      fill: (doc, data, options) => fillPage(doc, data, { ...options, adapters: PLATFORMS }),
      watch: watchForms,
      isChatOnly: (doc) => PLATFORMS.some((platform) => platform.isChatOnly?.(doc) ?? false),
    });
  },
});
