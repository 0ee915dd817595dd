import type { FormDetection } from '../detect/types';
import { isVisible } from '../dom/visibility';
import type { FrameDeps, OfferHandle } from './controller';
import type { ShowPrompt } from './prompt-global';

/** The box the offer sits beside: the form's first visible box that asks for something of ours. */
function firstBox(detection: FormDetection): Element | undefined {
  const visible = detection.controls.filter((control) => isVisible(control.element));
  return (visible.find((control) => control.field !== null) ?? visible[0])?.element;
}

/**
 * Brings the prompt's file into this frame and gives its function (src/fill/prompt-global.ts), or
 * undefined when it cannot come (the background refused, the extension went away).
 */
export type LoadPrompt = () => Promise<ShowPrompt | undefined>;

/**
 * The engine's one-press offer beside a form [P6] — with `notice`, the "request already sent" notice
 * and its "Fill anyway". The engine carries neither the prompt nor its words: the first offer in a
 * frame asks for the prompt's file (src/fill/offer-prompt.ts, fill-prompt.js), later ones reuse it.
 * The frame's engine needs a handle at once, so each offer returns one straight away and the prompt
 * shows when the file is there; removed before then (the form went, the person filled the page from
 * the popup, the engine stopped), it never shows. When the file cannot come, the offer is let go as
 * if dismissed, so the frame's report stops counting it.
 */
export function offersOnDemand(loadPrompt: LoadPrompt): FrameDeps['showOffer'] {
  let loading: Promise<ShowPrompt | undefined> | undefined;
  const prompt = () => {
    // A failed load is asked again by the next offer (the worker may have been restarting).
    loading ??= loadPrompt()
      .catch(() => undefined)
      .then((show) => {
        if (!show) loading = undefined;
        return show;
      });
    return loading;
  };
  return (detection, press, dismiss, notice) => {
    const anchor = firstBox(detection);
    if (!anchor) return null;
    let removed = false;
    let shown: OfferHandle | undefined;
    void prompt().then((show) => {
      if (removed) return;
      if (!show) {
        removed = true;
        dismiss();
        return;
      }
      const lang = detection.language;
      shown = show({ anchor, lang, ...(notice && { notice }), onPress: press, onDismiss: dismiss });
    });
    return {
      remove() {
        removed = true;
        shown?.remove();
      },
    };
  };
}
