import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';

/** Every message name the English locale defines (the other locales are tested to match). */
export type MessageName = keyof typeof en;

type GetMessage = (name: string, substitutions?: string | string[]) => string;

/**
 * The browser's localised text for a message. Falls back to the name itself so a missing
 * translation shows up as a visible key in the UI instead of an empty label.
 */
export function t(name: MessageName, substitutions?: string | string[]): string {
  return tAny(name, substitutions) || name;
}

/** Same as `t` for names built at run time (error codes, skip reasons); '' when undefined. */
export function tAny(name: string, substitutions?: string | string[]): string {
  return (browser.i18n.getMessage as unknown as GetMessage)(name, substitutions);
}

export type UiLanguage = 'en' | 'fr' | 'zh';

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** The browser's UI language as a BCP 47 tag ("zh_CN" → "zh-CN"). */
function uiLocale(): string {
  return (browser.i18n.getUILanguage?.() ?? '').replace(/_/g, '-') || 'en';
}

/**
 * The tag for `<html lang>`: the browser's UI language when ReSIM shows that language, otherwise the
 * locale Chrome fell back to (a zh-TW browser gets the English messages, so the page says "en").
 */
export function documentLanguage(): string {
  const shown = tAny('lang_tag') || 'en';
  const ui = uiLocale();
  return primary(ui) === primary(shown) ? ui : shown;
}

/** The language the popup's messages are in, for text composed in code (the chat message). */
export function uiLanguage(tag = documentLanguage()): UiLanguage {
  const lang = primary(tag);
  return lang === 'fr' || lang === 'zh' ? lang : 'en';
}

/** "IMEI, EID" / "IMEI et EID" / "IMEI和EID", as the language writes a list. */
export function formatList(items: readonly string[], locale = documentLanguage()): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
