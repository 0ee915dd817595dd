import { browser } from 'wxt/browser';
import { contentScriptMatches } from '../src/carriers/match';
import type { FillContextRequest } from '../src/messaging/protocol';

// Declared for the registry's verified carrier domains over https, and registered at run time for
// the sites the person added. It only asks: the background decides (docs/fill-policy.md P1–P9) and
// injects the engine into this frame itself, so carrier pages that are not filled pay for nothing.
// It asks at document_start: the question, the policy and the engine's loading overlap the page's
// parsing, and the engine detects once the document is parsed (entrypoints/fill-engine.ts).
export default defineContentScript({
  matches: contentScriptMatches(),
  allFrames: true,
  runAt: 'document_start',
  main() {
    // Sandboxed frames have an opaque origin: they get nothing, not even a question to the background.
    if (window.origin === 'null' || location.protocol !== 'https:') return;
    void browser.runtime
      .sendMessage({
        type: 'fill:context',
        frameOrigin: window.origin,
        pageStartedAt: performance.timeOrigin,
      } satisfies FillContextRequest)
      .catch(() => {});
  },
});
