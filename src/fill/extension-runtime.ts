/**
 * The one extension call the injected engine makes: a message to the background. Chrome MV3's
 * `chrome.runtime.sendMessage` and Firefox's `browser.runtime.sendMessage` both return a promise, so
 * the engine needs no webextension-polyfill (2.7 KB gzip of wrappers for APIs it never calls).
 */
interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

type ExtensionGlobal = { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

export function sendToBackground(message: unknown): Promise<unknown> {
  const scope = globalThis as ExtensionGlobal;
  // Firefox defines both; its `browser` is the promise-based one.
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime) return Promise.reject(new Error('no extension runtime'));
  return runtime.sendMessage(message);
}
