import { ENGINE_GLOBAL } from '../src/fill/controller';
import { createFillEngine } from '../src/fill/engine';
import { sendToBackground } from '../src/fill/extension-runtime';
import { PLATFORMS } from '../src/platforms';

// Injected by the background with scripting.executeScript into frames the fill policy approved, in
// the extension's isolated world: no file of the extension is web-accessible, so a page cannot
// tell ReSIM is installed. Injected twice (a second request), it keeps the first engine and its
// undo history. The one place the platform adapters are plugged into the engine.
export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  scope[ENGINE_GLOBAL] ??= createFillEngine(
    PLATFORMS,
    async (report) => {
      await sendToBackground({ type: 'fill:report', report });
    },
    async (sent) => {
      await sendToBackground({ type: 'request:sent', ...sent });
    },
  );
});
