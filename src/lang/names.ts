import type { PageLanguage } from './index';

/**
 * Each pack's language in its own words, as the popup names it ("written in Français"). Apart from
 * the packs: the engine never shows a language's name. A language without one does not compile.
 */
export const LANGUAGE_NAMES: Readonly<Record<PageLanguage, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  de: 'Deutsch',
  it: 'Italiano',
  pt: 'Português',
  nl: 'Nederlands',
  pl: 'Polski',
  ja: '日本語',
  zh: '中文',
  ru: 'Русский',
};
