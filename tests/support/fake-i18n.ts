// Test helper: browser.i18n as Chrome implements it, over one of our real locale files, so unit
// tests render the popup in English, French or Chinese. WXT's fake browser leaves i18n unimplemented.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type LocaleName = 'en' | 'fr' | 'zh_CN';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function readLocale(locale: LocaleName): Record<string, Entry> {
  const file = resolve(import.meta.dirname, '../../public/_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
}

/**
 * chrome.i18n.getMessage: names are case-insensitive; `$name$` becomes its placeholder's content,
 * then `$1`…`$9` the substitutions and `$$` a dollar sign; an unknown name gives ''.
 */
export function getMessageFrom(
  messages: Record<string, Entry>,
  name: string,
  substitutions?: string | string[],
): string {
  const key = Object.keys(messages).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const entry = key ? messages[key] : undefined;
  if (!entry) return '';
  const list =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([placeholder, value]) => [
      placeholder.toLowerCase(),
      value.content,
    ]),
  );
  const named = entry.message.replace(
    /\$([a-z0-9_@]+)\$/gi,
    (whole, placeholder: string) => placeholders[placeholder.toLowerCase()] ?? whole,
  );
  return named.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (list[Number(which) - 1] ?? ''),
  );
}

/** Makes `browser.i18n` answer in `locale`, with `uiLanguage` as the browser's UI language. */
export function useLocale(locale: LocaleName, uiLanguage: string = locale.replace('_', '-')): void {
  const messages = readLocale(locale);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string, substitutions?: string | string[]) =>
    getMessageFrom(messages, name, substitutions);
  i18n.getUILanguage = () => uiLanguage;
}
