import { normalizeText } from '../dom/normalize';
import { once } from '../dom/scan-scope';
import { textOf } from '../dom/tree';
import { PACKS, type PageLanguage, packForTag } from '../lang';

/** Tags that declare no language at all: the text decides. */
const UNDECLARED = /^(|und|zxx|mul|mis|x-.*|i-default)$/i;

/**
 * The language a `lang` attribute declares: the pack of its primary subtag ("es-MX" → es, "zh-Hant"
 * → zh), English for a language without a pack ("ko", "uk": never a neighbour's language),
 * undefined when nothing is declared.
 */
function declaredBy(tag: string | null | undefined): PageLanguage | undefined {
  return isUndeclared(tag) ? undefined : (declaredPack(tag) ?? 'en');
}

const isUndeclared = (tag: string | null | undefined) => UNDECLARED.test(tag?.trim() ?? '');

/** The pack of the language `tag` declares: undefined when it declares none, or one without a pack. */
function declaredPack(tag: string | null | undefined): PageLanguage | undefined {
  return isUndeclared(tag) ? undefined : packForTag(tag!.trim())?.code;
}

const MIN_SCRIPT_CHARS = 10;
/** Share of the text a script must reach (navigation in Latin letters around a Chinese page is fine). */
const SCRIPT_SHARE = 0.15;

const SCRIPTS = PACKS.flatMap((pack) =>
  pack.detect.script ? [{ code: pack.code, re: new RegExp(pack.detect.script, 'g') }] : [],
);
const WORDS = PACKS.flatMap((pack) =>
  pack.detect.words
    ? [
        {
          code: pack.code,
          words: new RegExp(pack.detect.words, 'g'),
          letters: pack.detect.letters ? new RegExp(pack.detect.letters, 'g') : undefined,
        },
      ]
    : [],
);

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The language text is written in: its script (kana before han), else its function words and letters. */
export function textLanguage(text: string): PageLanguage {
  const letters = Math.max(1, text.replace(/\s/g, '').length);
  const scripts = SCRIPTS.map(({ code, re }) => ({ code, n: count(text, re) }));
  const scripted = scripts.reduce((sum, s) => sum + s.n, 0);
  if (scripted / letters > SCRIPT_SHARE) {
    // In pack order: Japanese (kana) before Chinese (han), since Japanese writes han too.
    const found = scripts.find((s) => s.n >= MIN_SCRIPT_CHARS && s.n / scripted >= 0.1);
    if (found) return found.code;
  }
  const lower = text.toLowerCase();
  const normal = normalizeText(text);
  let best: PageLanguage = 'en';
  let bestScore = 0;
  for (const { code, words, letters: typical } of WORDS) {
    const score = count(normal, words) + (typical ? count(lower, typical) / 2 : 0);
    // English wins ties: it is the language of a page nothing identifies.
    if (score > bestScore || (code === 'en' && score === bestScore)) {
      best = code;
      bestScore = score;
    }
  }
  return best;
}

const TEXT_LANGUAGE = {};

/**
 * Language of the page, or of `element`: the nearest `lang` attribute, then `<html lang>`, else what
 * the title and text look like.
 */
export function pageLanguage(doc: Document, element?: Element): PageLanguage {
  const declared =
    declaredBy(element?.closest('[lang]')?.getAttribute('lang')) ?? declaredBy(doc.documentElement?.lang);
  return declared ?? pageTextLanguage(doc);
}

/** What the page's title and first 3,000 characters of text look like, read once per scan. */
const pageTextLanguage = (doc: Document): PageLanguage =>
  once(TEXT_LANGUAGE, doc, () => textLanguage(`${doc.title} ${textOf(doc.body, 3000)}`));

/**
 * Packs every form is read in: English (names and ids are English on pages in any language) and the
 * packs written in a script of their own (kana, han, Cyrillic), whose words cost next to nothing on
 * text in another script.
 */
const ALWAYS_READ: readonly PageLanguage[] = PACKS.filter(
  (pack) => pack.code === 'en' || pack.detect.script,
).map((pack) => pack.code);

/**
 * The languages a form is read in: English and the packs of other scripts, the language the form
 * (or its page) declares, and the language of the form's text (of the page's, when the form says
 * little: a page declared in one language may hold a form in another). Every pack when nothing is
 * declared, or a language without a pack ("hu": its words may be a neighbour's, "telefon").
 */
export function readingLanguages(doc: Document, root: Element): Set<PageLanguage> | undefined {
  const tag = [root.closest('[lang]')?.getAttribute('lang'), doc.documentElement?.lang].find(
    (value) => !isUndeclared(value),
  );
  const declared = declaredPack(tag);
  if (!declared) return undefined;
  const languages = new Set(ALWAYS_READ);
  languages.add(declared);
  languages.add(formTextLanguage(doc, root));
  return languages;
}

const FORM_TEXT_LANGUAGE = {};
/** Below this many characters a form's own text says too little of its language: the page's text decides. */
const MIN_FORM_TEXT = 200;

/** What the form's own text looks like (its labels and headings), else the page's: a form is read once. */
const formTextLanguage = (doc: Document, root: Element): PageLanguage =>
  once(FORM_TEXT_LANGUAGE, root, () => {
    const text = textOf(root, 3000);
    return text.length >= MIN_FORM_TEXT ? textLanguage(text) : pageTextLanguage(doc);
  });
