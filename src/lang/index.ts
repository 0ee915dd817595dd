import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pt } from './pt';
import type { LanguagePack } from './types';
import { zh } from './zh';

export type { LanguagePack, Pattern } from './types';

/**
 * Every language the engine reads and writes. English first: it is the language of a page whose
 * language has no pack. Japanese before Chinese: a page's script is tried in this order, and
 * Japanese also writes han.
 */
export const PACKS = [en, fr, es, de, it, pt, ja, zh] as const;

/** A language with a pack: 'en' | 'fr' | 'es' | 'de' | 'it' | 'pt' | 'ja' | 'zh'. */
export type PageLanguage = (typeof PACKS)[number]['code'];

export const LANGUAGES: readonly PageLanguage[] = PACKS.map((pack) => pack.code);

const BY_CODE = new Map<string, LanguagePack<PageLanguage>>(PACKS.map((pack) => [pack.code, pack]));

/** The pack for a language. */
export const packOf = (code: PageLanguage): LanguagePack<PageLanguage> => BY_CODE.get(code)!;

/** The pack a BCP 47 tag names ("es-MX" → es, "zh-Hant-TW" → zh, "jp" → ja), if any. */
export function packForTag(tag: string): LanguagePack<PageLanguage> | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return BY_CODE.get(primary) ?? PACKS.find((pack) => pack.aliases?.includes(primary));
}
