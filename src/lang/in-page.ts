// The in-page prompt's words in every pack's language. Only the prompt's own file (fill-prompt.js,
// injected into a frame when the engine first shows a prompt there) imports this: the engine itself
// carries no prompt words. Each language's words sit beside its pack (`frInPage` in src/lang/fr.ts).
import { deInPage } from './de';
import { enInPage } from './en';
import { esInPage } from './es';
import { frInPage } from './fr';
import type { PageLanguage } from './index';
import { itInPage } from './it';
import { jaInPage } from './ja';
import { nlInPage } from './nl';
import { plInPage } from './pl';
import { ptInPage } from './pt';
import { ruInPage } from './ru';
import type { InPageWords } from './types';
import { zhInPage } from './zh';

/** Every language with a pack has its prompt words (a missing one does not compile). */
export const IN_PAGE_WORDS: Readonly<Record<PageLanguage, InPageWords>> = {
  en: enInPage,
  fr: frInPage,
  es: esInPage,
  de: deInPage,
  it: itInPage,
  pt: ptInPage,
  nl: nlInPage,
  pl: plInPage,
  ja: jaInPage,
  zh: zhInPage,
  ru: ruInPage,
};

/**
 * The prompt's words for a page language (the detection's, or a BCP 47 tag: "fr-CA" → French),
 * English for a language without a pack.
 */
export function inPageText(tag: string): InPageWords {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(IN_PAGE_WORDS, primary) ? IN_PAGE_WORDS[primary as PageLanguage] : enInPage;
}
