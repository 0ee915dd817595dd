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

/** "3 déc. 2026": a day as the page's language writes it. */
export function formatSentDay(at: number, lang: string): string {
  const style = { day: 'numeric', month: 'short', year: 'numeric' } as const;
  try {
    return new Intl.DateTimeFormat(lang, style).format(at);
  } catch {
    return new Intl.DateTimeFormat('en', style).format(at);
  }
}

/**
 * The one-press offer beside a form, in the page's language [P6]. The prompt itself (closed shadow
 * DOM, trusted and visible presses only, never over the page's content) is src/dom/inpage-prompt.ts.
 * With `notice`, the same request was sent that day: the prompt says so (announced, role status) and
 * its action is "Fill anyway".
 */
export function showFormOffer(
  detection: FormDetection,
  press: () => void,
  dismiss: () => void,
  notice?: { sentAt: number },
): OfferHandle | null {
  const anchor = firstBox(detection);
  if (!anchor) return null;
  const lang = detection.language;
  const words = inPageText(lang);
  return showInPagePrompt({
    anchor,
    lang,
    text: notice
      ? {
          action: words.fillAnyway,
          dismiss: words.dismiss,
          label: words.duplicateLabel,
          message: words.duplicate.replace('{date}', formatSentDay(notice.sentAt, lang)),
        }
      : { action: words.fill, dismiss: words.dismiss, label: words.offerLabel },
    role: notice ? 'status' : 'group',
    onPress: press,
    onDismiss: dismiss,
  });
}
