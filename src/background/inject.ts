// The engine reaches a frame only this way: the background injects `fill-engine.js` into frames the
// policy approved, in the extension's isolated world. No file is web-accessible, so a page can
// neither load the engine nor tell that ReSIM is installed [P10].
import { browser } from 'wxt/browser';
import type { FrameRuntime } from '../fill/controller';
import { ENGINE_GLOBAL } from '../fill/engine-global';

export const ENGINE_FILE = '/fill-engine.js';
/** The in-page prompt and its words (entrypoints/fill-prompt.ts): only for a frame with something to offer. */
export const PROMPT_FILE = '/fill-prompt.js';

export type Target = { tabId: number; frameIds: number[] } | { tabId: number; allFrames: true };

export interface FrameResult<T> {
  frameId: number;
  result: T | undefined;
}

/** Loads the engine into the target frames (an engine already there is kept, with its undo history). */
export async function injectEngine(target: Target): Promise<void> {
  await browser.scripting.executeScript({ target, files: [ENGINE_FILE], injectImmediately: true });
}

/** Loads the in-page prompt's file into one frame (src/background/prompt.ts says which). */
export async function injectPrompt(target: Target): Promise<void> {
  await browser.scripting.executeScript({ target, files: [PROMPT_FILE], injectImmediately: true });
}

type EngineCall = {
  [K in keyof FrameRuntime]: FrameRuntime[K] extends (arg: infer A) => unknown ? A : never;
};

/**
 * Calls one method of the engine in each target frame. With `sameOriginOnly`, frames whose origin is
 * not the top page's are skipped (on request the person approved the page they see, not its widgets).
 */
export async function callEngine<M extends keyof FrameRuntime>(
  target: Target,
  method: M,
  arg: EngineCall[M],
  sameOriginOnly = false,
): Promise<FrameResult<ReturnType<FrameRuntime[M]>>[]> {
  const results = await browser.scripting.executeScript({
    target,
    injectImmediately: true,
    // Runs in the frame, serialised: it may use only its arguments.
    func: (key: string, name: string, value: unknown, topOnly: boolean) => {
      if (topOnly && window !== window.top) {
        try {
          if (window.top?.location.origin !== window.location.origin) return undefined;
        } catch {
          return undefined;
        }
      }
      const engine = (globalThis as Record<string, unknown>)[key] as
        | Record<string, (arg: unknown) => unknown>
        | undefined;
      return engine?.[name]?.(value) ?? null;
    },
    args: [ENGINE_GLOBAL, method, arg ?? null, sameOriginOnly],
  });
  return results.map((entry) => ({
    frameId: entry.frameId,
    result: (entry.result ?? undefined) as ReturnType<FrameRuntime[M]> | undefined,
  }));
}
