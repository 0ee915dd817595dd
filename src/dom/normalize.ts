import { once } from './scan-scope';

/**
 * One normal form for every text we compare: lowercase, accents removed (é → e, but CJK kept),
 * NBSP and punctuation such as `*`, `:`, `°`, `(`, `)` turned into single spaces.
 * "N° de commande *" → "n de commande"; "手机号码：" → "手机号码".
 * Kana keep their voicing marks, composed again after the accents go (NFKD splits ガ into カ + ゛):
 * "メールアドレス" and half-width "ﾒｰﾙｱﾄﾞﾚｽ" both give "メールアドレス".
 */
export function normalizeText(text: string | null | undefined): string {
  if (!text) return '';
  // A page repeats its labels: within a scan each distinct text is normalized once.
  return once(NORMALIZED, text, () => normalized(text));
}

const NORMALIZED = {};
// Most texts (option lists of a thousand phones, names, ids) are plain ASCII: Unicode normalization
// cannot change them, and their only spaces and punctuation are ASCII ones, so one pass turns each
// run of them into a single space.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const ASCII_GAPS = /[ *:#_\-/\\|()[\]{}<>"',.;!?]+/g;

/** Whether `text` is printable ASCII alone (no accents, no other scripts, no control characters). */
export const isPlainAscii = (text: string): boolean => PLAIN_ASCII.test(text);

function normalized(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(ASCII_GAPS, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\u2000-\u200b\u3000]/g, ' ')
    .replace(/[*:：°º#_\-–—/\\|()[\]{}<>«»"“”'’,.;!?？！、，。（）【】「」『』・]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits a name or id into words: camelCase, snake_case, `request[custom_fields][123]`, `0-5/subject`.
 * Latin (accented too), Cyrillic (`Фамилия`, `imyaPolzovatelya`), kana and han are word letters.
 */
export function splitIdentifier(identifier: string | null | undefined): string[] {
  if (!identifier) return [];
  return identifier
    .split(/[^A-Za-z0-9\u00c0-\u024f\u0400-\u04ff\u3041-\u30fa\u30fc\u4e00-\u9fff]+/)
    .flatMap(wordsOf);
}

/** One run of word characters split at its case changes and numbers: "txtFirstName" → txt first name. */
function wordsOf(run: string): string[] {
  if (!run) return [];
  // A field's number is no part of its word: "mail3", "tel6", "name1".
  const words = run
    .replace(/([a-z\u0430-\u044f\u0451])([A-Z\u0410-\u042f\u0401])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z]{2})(\d)/g, '$1 $2')
    .toLowerCase()
    .split(' ');
  // A generated id ("sui-5gXoHpJPOzdjeXi0WTzvU") falls apart into letter pairs that spell words by
  // chance ("hp": a honeypot, "tel"): it names nothing.
  const short = words.filter((word) => word.length <= 2).length;
  return words.length >= 5 && short * 2 >= words.length ? [] : words;
}
