import { PROMPT_GLOBAL, type ShowPrompt } from './prompt-global';

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

/**
 * Asks the background for the in-page prompt's file (it injects fill-prompt.js into this very frame,
 * and only into a frame it started), then takes the function that file left in the isolated world.
 */
export async function loadPromptFile(): Promise<ShowPrompt | undefined> {
  const answer = (await sendToBackground({ type: 'engine:prompt' })) as { ok?: unknown } | undefined;
  if (answer?.ok !== true) return undefined;
  const show = (globalThis as Record<string, unknown>)[PROMPT_GLOBAL];
  return typeof show === 'function' ? (show as ShowPrompt) : undefined;
}
