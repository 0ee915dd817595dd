import { ENGINE_GLOBAL } from '../src/fill/controller';
import { createFillEngine } from '../src/fill/engine';
import { PLATFORMS } from '../src/platforms';

// Loaded by the content script into its own isolated world, and only in frames the background
// allowed: carrier pages that are not filled never pay for detection and filling. The one place
// the platform adapters are plugged into the engine.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = createFillEngine(PLATFORMS);
});
