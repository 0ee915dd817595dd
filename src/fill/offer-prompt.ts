// The prompt's side of an offer, in its own file (fill-prompt.js): the words of every language and
// the in-page prompt itself. The engine decides where and when (src/fill/offer.ts).
import { showInPagePrompt } from '../dom/inpage-prompt';
import { inPageText } from '../lang/in-page';
import type { OfferHandle } from './controller';
import type { PromptRequest } from './prompt-global';

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
export function showOfferPrompt({ anchor, lang, notice, onPress, onDismiss }: PromptRequest): OfferHandle {
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
    onPress,
    onDismiss,
  });
}
