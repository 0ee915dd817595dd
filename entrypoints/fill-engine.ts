import { ENGINE_GLOBAL, fillEngine } from '../src/fill/engine';

// Loaded by the content script into its own isolated world, and only in frames the background
// allowed: carrier pages that are not filled never pay for detection and filling.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = fillEngine;
});
