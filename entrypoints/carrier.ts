import { sendToBackground } from '../src/fill/extension-runtime';
import type { FillContextRequest } from '../src/messaging/protocol';

// The content script: declared in the manifest (wxt.config.ts) for the registry's verified carrier
// domains over https, and registered at run time for the sites the person added. It only asks: the
// background decides (docs/fill-policy.md P1–P9) and injects the engine into this frame itself, so
// carrier pages that are not filled pay for nothing. It asks at document_start: the question, the
// policy and the engine's loading overlap the page's parsing, and the engine detects once the
// document is parsed (entrypoints/fill-engine.ts).
//
// An unlisted script, not a WXT content script: WXT wraps those in a context that brings in
// webextension-polyfill, 4 KB gzip and a few milliseconds on every carrier page for one message.
export default defineUnlistedScript(() => {
  // Sandboxed frames have an opaque origin: they get nothing, not even a question to the background.
  if (window.origin === 'null' || location.protocol !== 'https:') return;
  sendToBackground({
    type: 'fill:context',
    frameOrigin: window.origin,
    pageStartedAt: performance.timeOrigin,
  } satisfies FillContextRequest).catch(() => {});
});
