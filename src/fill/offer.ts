import type { FormDetection } from '../detect/types';
import { showInPagePrompt } from '../dom/inpage-prompt';
import { isVisible } from '../dom/visibility';
import { inPageText } from '../lang';
import type { OfferHandle } from './controller';

/** The box the offer sits beside: the form's first visible box that asks for something of ours. */
function firstBox(detection: FormDetection): Element | undefined {
  const visible = detection.controls.filter((control) => isVisible(control.element));
  return (visible.find((control) => control.field !== null) ?? visible[0])?.element;
}

/**
 * The one-press offer beside a form, in the page's language [P6]. The prompt itself (closed shadow
 * DOM, trusted and visible presses only, never over the page's content) is src/dom/inpage-prompt.ts.
 */
export function showFormOffer(
  detection: FormDetection,
  press: () => void,
  dismiss: () => void,
): OfferHandle | null {
  const anchor = firstBox(detection);
  if (!anchor) return null;
  const words = inPageText(detection.language);
  return showInPagePrompt({
    anchor,
    lang: detection.language,
    text: { action: words.fill, dismiss: words.dismiss, label: words.offerLabel },
    onPress: press,
    onDismiss: dismiss,
  });
}
