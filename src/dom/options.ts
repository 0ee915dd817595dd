import { CHOICE_WORDS, regionNames } from '../lang';
import type { Reason } from '../profile/fields';
import { isPlainAscii, normalizeText } from './normalize';

/** One choice of a select, radio group or platform widget. */
export interface Choice {
  label: string;
  value: string;
}

/**
 * What a choice must say, and how it is compared: `reason`, a reason key ('lost'), whose vocabulary
 * covers every wording and language; `dial-code`, '+687' (or a country that has it); `name`, a name
 * and its aliases; `text`, the value itself (a device model matches word by word).
 */
export interface Wanted {
  match: 'reason' | 'dial-code' | 'name' | 'text';
  values: readonly string[];
}

// All patterns below run on normalizeText() output: lowercase, no accents, punctuation → spaces. Their
// words are the language packs' (src/lang/): every pack's, whatever the page's language.

/** Options that only ask the person to choose ("--None--", "Choisir…", "请选择"): never chosen. */
const PLACEHOLDER = new RegExp(`^(?:$|null$|n a$|${CHOICE_WORDS.choose})`);

export const isPlaceholderText = (text: string): boolean => PLACEHOLDER.test(normalizeText(text));

/**
 * "--None--", "Choisir…", and the label-as-first-option idiom: `<option value="" disabled selected>
 * Motif de la demande</option>` — nobody can choose a disabled option, and an empty first value is a prompt.
 */
export const isPlaceholderOption = (option: HTMLOptionElement): boolean =>
  isPlaceholderText(option.text) || unchoosable(option);

/** What the markup alone says of an option: disabled, hidden, or the empty first value of a prompt. */
const unchoosable = (option: HTMLOptionElement): boolean =>
  option.disabled || option.hidden || (option.value === '' && option.index === 0);

/**
 * A select's options as choices. Whether one can be chosen (a prompt's wording, "Choisir…", or a
 * disabled option) is left for matchOption to ask (`selectable`): only of an option that would win,
 * not of each of a thousand phones.
 */
export const optionChoices = (select: HTMLSelectElement): Choice[] =>
  Array.from(select.options, (option) => ({ label: option.text, value: option.value }));

/** For matchOption: whether the select's option at `index` can be chosen at all. */
export const selectable =
  (select: HTMLSelectElement) =>
  (index: number): boolean => {
    const option = select.options[index];
    return !!option && !unchoosable(option);
  };

/**
 * Each reason's wording in option labels, in every language ("other": the catch-all option, at its
 * start). Global, to count how often an option names its reason; `search` asks whether it does at all
 * (it reads from the start whatever lastIndex says): one compile of each long pattern, not two.
 */
const REASON_PATTERNS = Object.fromEntries(
  Object.entries(CHOICE_WORDS.reasons).map(([reason, source]) => [
    reason,
    new RegExp(reason === 'other' ? `^(?:${source})` : source, 'g'),
  ]),
) as Record<Reason, RegExp>;
const names = (pattern: RegExp, text: string) => text.search(pattern) >= 0;

// Dial code → the regions that have it, as ISO 3166 codes (alpha-2 first); an option may show a code or
// the region's name, in any pack's language, instead of the digits.
const DIAL_REGIONS: Readonly<Record<string, readonly string[]>> = {
  '687': ['NC', 'NCL'],
  '33': ['FR', 'FRA'],
  '61': ['AU', 'AUS'],
  '64': ['NZ', 'NZL'],
  '86': ['CN', 'CHN'],
  '689': ['PF', 'PYF'],
  '681': ['WF', 'WLF'],
};

interface Country {
  codes: ReadonlySet<string>;
  names: readonly string[];
}
const countries = new Map<string, Country>();

function countryOf(dialCode: string): Country | undefined {
  const regions = DIAL_REGIONS[dialCode];
  if (!regions) return undefined;
  let country = countries.get(dialCode);
  if (!country) {
    const names = regionNames(regions[0]!).map(normalizeText).filter(Boolean);
    country = { codes: new Set(regions.map((r) => r.toLowerCase())), names };
    countries.set(dialCode, country);
  }
  return country;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
/** `part` stands in `text` as whole words ("china" in "china 86"), or anywhere for CJK ("中国" in "中国大陆"). */
const hasWords = (text: string, part: string) =>
  CJK.test(part) ? text.includes(part) : ` ${text} `.includes(` ${part} `);

/** A normalized option text names the country: its ISO code, its name, or part of it ("polynesie"). */
function namesCountry(text: string, country: Country): boolean {
  if (!text) return false;
  if (text.split(' ').some((word) => country.codes.has(word))) return true;
  return country.names.some(
    (name) => hasWords(text, name) || (text.length >= 4 && !CJK.test(text) && hasWords(name, text)),
  );
}

// Words that say nothing about which model it is; capacities are stripped before comparing.
const MODEL_NOISE = new Set([
  'apple',
  'samsung',
  'google',
  'galaxy',
  'huawei',
  'xiaomi',
  'oppo',
  'vivo',
  'motorola',
  'oneplus',
  'sony',
  'nokia',
  'honor',
  'phone',
  'smartphone',
  'mobile',
  'telephone',
  'esim',
]);
// Words that make another model: "Pro Max" is not "Pro", "15 Plus" is not "15".
const MODEL_VARIANT =
  /^(?:\d+|max|plus|ultra|mini|pro|lite|fe|se|xl|xr|xs|fold|flip|edge|neo|prime|note|air|[a-z])$/;

const modelTokens = (text: string): string[] =>
  normalizeText(text)
    .replace(/\b(?:\d+ ?(?:gb|go|tb|to)|[2-5]g|lte|dual sim)\b/g, ' ')
    .replace(/([a-z])(\d)|(\d)([a-z])/g, '$1$3 $2$4')
    .split(' ')
    .filter(Boolean);

/** How well an option's words name the wanted model's: all its words present, none that makes another model. */
function modelScore(want: readonly string[], have: readonly string[]): number {
  if (!want.length || !have.length) return 0;
  if (want.join(' ') === have.join(' ')) return 1;
  for (const token of want) if (!MODEL_NOISE.has(token) && !have.includes(token)) return 0;
  let score = 0.9;
  for (const token of have) {
    if (want.includes(token) || MODEL_NOISE.has(token)) continue;
    if (MODEL_VARIANT.test(token)) return 0;
    score -= 0.05;
  }
  return Math.max(score, 0.6);
}

/** The reason a key ('lost') or a label in any of the packs' languages ("Téléphone perdu ou volé") names. */
export function reasonOf(text: string): Reason | undefined {
  if (text in REASON_PATTERNS) return text as Reason;
  const normal = normalizeText(text);
  const named = (Object.keys(REASON_PATTERNS) as Reason[]).filter((reason) =>
    names(REASON_PATTERNS[reason], normal),
  );
  return named.length === 1 ? named[0] : undefined;
}

function reasonScore(reason: Reason, text: string): number {
  const named = text.match(REASON_PATTERNS[reason])?.length ?? 0;
  if (!named) return 0;
  // "Perte ou vol" says more of "lost or stolen" than "Perte" alone; "Perte / vol / casse" also
  // names another reason: prefer an option that names only ours.
  let score = 0.95 + 0.05 * Math.min(named, 2);
  for (const [other, pattern] of Object.entries(REASON_PATTERNS)) {
    if (other !== reason && names(pattern, text)) score -= 0.3;
  }
  return score;
}

const digits = (text: string) => text.replace(/\D/g, '');

function exactDialCode(wanted: string, choice: Choice): boolean {
  const code = digits(wanted).replace(/^00/, '');
  if (!code) return false;
  const exact = new RegExp(`(?:^|[^\\d])(?:\\+|00)${code}(?!\\d)`);
  return exact.test(choice.label) || exact.test(choice.value) || digits(choice.value) === code;
}

function dialCodeScore(wanted: string, choice: Choice): number {
  const code = digits(wanted).replace(/^00/, '');
  if (!code) return 0;
  if (exactDialCode(wanted, choice)) return 1;
  const country = countryOf(code);
  const label = normalizeText(choice.label);
  if (country && (namesCountry(label, country) || namesCountry(normalizeText(choice.value), country)))
    return 0.9;
  return new RegExp(`^${code}$`).test(label) ? 0.9 : 0;
}

function nameScore(names: readonly string[], choice: Choice): number {
  const label = normalizeText(choice.label);
  const value = normalizeText(choice.value);
  let best = 0;
  for (const name of names.map(normalizeText).filter(Boolean)) {
    if (label === name || value === name) return 1;
    const words = label.split(' ');
    if (name.split(' ').every((word) => words.includes(word))) best = Math.max(best, 0.8);
  }
  return best;
}

/** A wanted model as compared: its normalized text, its words, and those that tell it apart (no brand, no "phone"). */
interface Model {
  normal: string;
  /** `normal`'s words. */
  normalWords: readonly string[];
  want: readonly string[];
  distinctive: readonly string[];
}

/**
 * Whether plain-ASCII `text` cannot normalize to hold every one of `words`: normalizing ASCII only
 * lowercases it and turns punctuation into spaces, so each word would already stand in its lowercase.
 * Lets a thousand options that name another phone be passed over without being normalized.
 */
const lacksWords = (text: string, words: readonly string[]): boolean => {
  if (!isPlainAscii(text)) return false;
  const lower = text.toLowerCase();
  return words.some((word) => !lower.includes(word));
};

/** How well a choice names one wanted model: its value is the model, or its label's words name it. */
function modelChoiceScore({ normal, normalWords, want, distinctive }: Model, choice: Choice): number {
  const valueMayBe = !lacksWords(choice.value, normalWords);
  if (valueMayBe && normalizeText(choice.value) === normal) return 1;
  // modelScore is 0 unless the label's words hold every distinctive word.
  if (lacksWords(choice.label, distinctive)) return 0;
  return modelScore(want, modelTokens(choice.label));
}

function scoreChoice(wanted: Wanted, choice: Choice, models: readonly Model[]): number {
  const first = wanted.values[0] ?? '';
  switch (wanted.match) {
    case 'reason': {
      const reason = reasonOf(first);
      return reason
        ? Math.max(reasonScore(reason, normalizeText(choice.label)), nameScore(wanted.values, choice))
        : nameScore(wanted.values, choice);
    }
    case 'dial-code':
      return dialCodeScore(first, choice);
    case 'name':
      return nameScore(wanted.values, choice);
    default:
      return Math.max(...models.map((model) => modelChoiceScore(model, choice)));
  }
}

/**
 * Index of the choice that best matches what we want to say, or -1 when none does well enough.
 * Placeholders, empty choices and those `selectable` refuses are never chosen; ties keep the first.
 */
export function matchOption(
  choices: readonly Choice[],
  wanted: Wanted,
  selectable: (index: number) => boolean = () => true,
): number {
  const choosable = (choice: Choice, index: number) =>
    !!choice.label && !isPlaceholderText(choice.label) && selectable(index);
  // "+687" written in an option is enough: the country names (the browser's locale data, slow to load
  // the first time) are only looked up when no option shows the code.
  if (wanted.match === 'dial-code') {
    const exact = choices.findIndex(
      (choice, index) => exactDialCode(wanted.values[0] ?? '', choice) && choosable(choice, index),
    );
    if (exact >= 0) return exact;
  }
  // A device select lists a thousand models: the wanted ones are read once, not once per option.
  const models = wanted.values.map((w): Model => {
    const want = modelTokens(w);
    const normal = normalizeText(w);
    return {
      normal,
      normalWords: normal.split(' '),
      want,
      distinctive: want.filter((token) => !MODEL_NOISE.has(token)),
    };
  });
  let best = -1;
  let bestScore = 0.5;
  choices.forEach((choice, index) => {
    // Whether it can be chosen is asked only of an option that would win.
    const score = scoreChoice(wanted, choice, models);
    if (score > bestScore && choosable(choice, index)) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
