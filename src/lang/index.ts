import type { FieldKey, Reason } from '../profile/fields';
import { cs } from './contact/cs';
import { da } from './contact/da';
import { el } from './contact/el';
import { fi } from './contact/fi';
import { gl } from './contact/gl';
import { hu } from './contact/hu';
import { id } from './contact/id';
import { lt } from './contact/lt';
import { nb } from './contact/nb';
import { ro } from './contact/ro';
import { sk } from './contact/sk';
import { sr } from './contact/sr';
import { sv } from './contact/sv';
import { tr } from './contact/tr';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import type { ContactWords, FieldWords, LanguagePack, Pattern } from './types';
import { zh } from './zh';

export type { ContactWords, InPageWords, LanguagePack, Pattern } from './types';

/**
 * Every language the engine reads and writes. English first: it is the language of a page whose
 * language has no pack. Japanese before Chinese: a page's script is tried in this order, and
 * Japanese also writes han.
 */
export const PACKS = [en, fr, es, de, it, pt, nl, pl, ja, zh, ru] as const;

/** A language with a pack: 'en' | 'fr' | 'es' | 'de' | 'it' | 'pt' | 'nl' | 'pl' | 'ja' | 'zh' | 'ru'. */
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

/** Every pack's source for one use, OR-ed (empty parts dropped). */
export const anyOf = (sources: readonly (Pattern | undefined)[]): Pattern =>
  sources.filter(Boolean).join('|');

/** Languages whose forms ReSIM reads by their contact words alone (src/lang/contact/). */
export const CONTACT_ONLY: readonly ContactWords[] = [cs, sk, hu, da, nb, sv, fi, ro, tr, id, lt, el, gl, sr];

/** Those languages' words for one field and use, OR-ed: read on a form in no pack's language (src/detect/reading.ts). */
export function contactWords(field: FieldKey, use: keyof FieldWords): Pattern | undefined {
  const fields = (words: ContactWords): Partial<Record<FieldKey, FieldWords>> => words.fields;
  return anyOf(CONTACT_ONLY.map((words) => fields(words)[field]?.[use])) || undefined;
}

const REASON_KEYS = Object.keys(en.reasonChoices) as Reason[];

/**
 * What an option says, in every pack's language, for choosing one (src/dom/options.ts): each reason's
 * wording (`other`: the catch-all option, read at its start) and the prompts that only ask to choose
 * (read at the option's start).
 */
export const CHOICE_WORDS: { reasons: Record<Reason, Pattern>; choose: Pattern } = {
  reasons: Object.fromEntries(
    REASON_KEYS.map((reason) => [
      reason,
      anyOf(
        PACKS.flatMap((pack) => [
          reason === 'other' ? undefined : pack.reasonOptions[reason],
          pack.reasonChoices[reason],
        ]),
      ),
    ]),
  ) as Record<Reason, Pattern>,
  choose: anyOf(PACKS.map((pack) => pack.choose)),
};

/**
 * A region's name in every pack's language ("NC" → "New Caledonia", "Nouvelle-Calédonie",
 * "Nueva Caledonia", "Новая Каледония", "新喀里多尼亚" …), from the browser's own locale data.
 */
export function regionNames(region: string): string[] {
  const names = new Set<string>();
  for (const code of LANGUAGES) {
    try {
      const name = new Intl.DisplayNames([code], { type: 'region', fallback: 'none' }).of(region);
      if (name) names.add(name);
    } catch {
      // No locale data for this language (or no Intl.DisplayNames): its name is not known.
    }
  }
  return [...names];
}
