// The in-page prompt is not in the engine (issue 10, "Small"): an engine with an offer or a notice to
// show asks for it, and the background injects fill-prompt.js into that engine's own frame — the
// sender's tab and frame, never another — and only into a frame it started itself (the policy
// approved it: src/background/requests.ts keeps the starts). Like the engine, the file is injected in
// the extension's isolated world: nothing becomes web-accessible [P10].
import type { Browser } from 'wxt/browser';
import { injectPrompt } from './inject';
import { startedFrameOf } from './requests';

type Sender = Browser.runtime.MessageSender;

export async function injectPromptFor(sender: Sender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !(await startedFrameOf(sender))) return { ok: false };
  try {
    // Should the frame have navigated meanwhile, the new page gets only the file's function, unused
    // (no engine there calls it); in Chrome the started frame's document id was checked above.
    await injectPrompt({ tabId, frameIds: [sender.frameId ?? 0] });
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
