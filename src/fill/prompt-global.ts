import type { PageLanguage } from '../lang';
import type { OfferHandle } from './controller';

/**
 * Where the prompt's file (entrypoints/fill-prompt.ts → fill-prompt.js) leaves its one function in the
 * isolated world. The engine does not carry the prompt: the background injects that file into the
 * engine's own frame the first time the engine has an offer or a notice to show (src/fill/offer.ts).
 */
export const PROMPT_GLOBAL = '__resimFillPrompt';

/** What the engine asks the prompt's file to show beside one form. */
export interface PromptRequest {
  /** The box the prompt sits beside. */
  anchor: Element;
  /** The page's language, as detection read it: the prompt speaks it. */
  lang: PageLanguage;
  /** The same request was sent on that day: the "Fill anyway" notice instead of the offer. */
  notice?: { sentAt: number };
  onPress(): void;
  onDismiss(): void;
}

export type ShowPrompt = (request: PromptRequest) => OfferHandle;
