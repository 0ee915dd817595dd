import { type Matcher, remembered } from '../dom/scan-scope';
import { type LanguagePack, PACKS, type PageLanguage } from '../lang';

// Every pack's words OR-ed into one pattern per use is what a page in any language needs, but V8
// compiles a pattern whole the first time it runs, and the eight Latin-script packs make patterns of
// some 30,000 characters: tens of milliseconds before the first form is read. A form is read in the
// languages it can be written in (see readingLanguages); the packs of other scripts cost next to
// nothing on Latin text (V8 drops alternatives a one-byte text cannot match), so they stay in.

let readingPacks: readonly LanguagePack[] = PACKS;
let readingKey = '*';

/** Runs `read` with the word patterns of `languages` only (every pack outside such a call). */
export function readingIn<T>(languages: ReadonlySet<PageLanguage> | undefined, read: () => T): T {
  if (!languages) return read();
  const outer = [readingPacks, readingKey] as const;
  readingPacks = PACKS.filter((pack) => languages.has(pack.code));
  readingKey = readingPacks.map((pack) => pack.code).join();
  try {
    return read();
  } finally {
    [readingPacks, readingKey] = outer;
  }
}

const NEVER: Matcher = { test: () => false };

/**
 * A matcher over the words `source` builds from the packs being read (`shared`: words of no one
 * language, always in; `unpacked`: words of languages without a pack, in only when the form's language
 * is not known to be a pack's). Each language set's pattern is compiled on its first use and its
 * answers are kept for the scan, as `remembered` does.
 */
export function packWords(
  source: (pack: LanguagePack) => string | undefined,
  shared?: string,
  unpacked?: string,
): Matcher {
  const bySet = new Map<string, Matcher>();
  return {
    test(text: string): boolean {
      let matcher = bySet.get(readingKey);
      if (!matcher) {
        const outside = readingPacks === PACKS ? unpacked : undefined;
        const pattern = [shared, outside, ...readingPacks.map(source)].filter(Boolean).join('|');
        matcher = pattern ? remembered(new RegExp(pattern)) : NEVER;
        bySet.set(readingKey, matcher);
      }
      return matcher.test(text);
    },
  };
}
