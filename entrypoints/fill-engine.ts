import { ENGINE_GLOBAL, type FrameRuntime } from '../src/fill/controller';
import { createFillEngine } from '../src/fill/engine';
import { loadPromptFile, sendToBackground } from '../src/fill/extension-runtime';
import { PLATFORMS } from '../src/platforms';

/**
 * The content script asks at document_start, so the engine may arrive while the page is still being
 * parsed: its automatic pass then waits for DOMContentLoaded, and reads the whole form once.
 */
const startWhenParsed = (engine: FrameRuntime): FrameRuntime => ({
  ...engine,
  start(context) {
    if (document.readyState !== 'loading') engine.start(context);
    else document.addEventListener('DOMContentLoaded', () => engine.start(context), { once: true });
  },
});

// Injected by the background with scripting.executeScript into frames the fill policy approved (or,
// on a verified carrier domain, while the background reads the profile: then it waits, idle, for a
// start that may never come), in the extension's isolated world: no file of the extension is
// web-accessible, so a page cannot tell ReSIM is installed. Injected twice (a second request), it
// keeps the first engine and its undo history. The one place the platform adapters are plugged in.
export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  scope[ENGINE_GLOBAL] ??= startWhenParsed(
    createFillEngine({
      adapters: PLATFORMS,
      async sendReport(report) {
        await sendToBackground({ type: 'fill:report', report });
      },
      async sendSent(sent) {
        await sendToBackground({ type: 'request:sent', ...sent });
      },
      // The in-page prompt is a file of its own (fill-prompt.js), brought in for the first offer.
      loadPrompt: loadPromptFile,
    }),
  );
});
