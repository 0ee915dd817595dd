import type { Reason } from '../profile/fields';
import { normalizeText } from './normalize';

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

// All patterns below run on normalizeText() output: lowercase, no accents, punctuation → spaces.

/** Options that only ask the person to choose ("--None--", "Choisir…", "请选择"): never chosen. */
const PLACEHOLDER =
  /^(?:$|none$|aucun|null$|n a$|please (?:select|choose)|(?:select|choose|pick)(?: (?:one|an? \w+|your \w+))?$|choisi|selectionn|veuillez|faites votre choix|请选择|选择$)/;

export const isPlaceholderText = (text: string): boolean => PLACEHOLDER.test(normalizeText(text));

/**
 * "--None--", "Choisir…", and the label-as-first-option idiom: `<option value="" disabled selected>
 * Motif de la demande</option>` — nobody can choose a disabled option, and an empty first value is a prompt.
 */
export const isPlaceholderOption = (option: HTMLOptionElement): boolean =>
  isPlaceholderText(option.text) ||
  option.disabled ||
  option.hidden ||
  (option.value === '' && option.index === 0);

/** A select's options as choices; prompts and disabled options get an empty label, never matched. */
export const optionChoices = (select: HTMLSelectElement): Choice[] =>
  Array.from(select.options, (option) => ({
    label: isPlaceholderOption(option) ? '' : option.text || option.label,
    value: option.value,
  }));

/** Reason vocabulary (en / fr / zh) for option labels. CJK alternatives carry no \b: it is ASCII-only. */
const REASON_PATTERNS: Record<Reason, RegExp> = {
  lost: /\b(?:lost|loss|stolen|theft|missing|perdu|perdue|perte|vol|vole|volee)\b|丢失|遗失|被盗|被偷|失窃/,
  damaged:
    /\b(?:damaged?|broken|defective|faulty|cracked|not working|endommage|endommagee|casse|cassee|abime|defectueux|en panne)\b|损坏|损毁|坏了|故障/,
  newDevice:
    /\b(?:new|nouveau|nouvel|nouvelle|change|changed|changing|changement|changer|switch|upgrade|transfer|transfert)\b.*\b(?:phone|device|handset|mobile|smartphone|iphone|telephone|appareil|terminal|portable)\b|\b(?:phone|device|telephone|appareil) (?:change|upgrade|switch)|换机|换手机|更换设备|更换手机|新手机|新设备/,
  deleted:
    /\b(?:deleted?|removed?|erased?|uninstalled?|supprime|supprimee|suppression|efface|effacee|desinstalle)\b|误删|删除|被删/,
  other: /^(?:other|others|autre|autres|divers)\b|^其他|^其它/,
};

// Dial code → names and ISO codes a country-code option may show instead of digits.
const COUNTRY_NAMES: Record<string, RegExp> = {
  '687': /\bnc\b|\bncl\b|nouvelle caledonie|new caledonia|新喀里多尼亚/,
  '33': /\bfr\b|\bfra\b|\bfrance\b|法国/,
  '61': /\bau\b|\baus\b|australi|澳大利亚/,
  '64': /\bnz\b|\bnzl\b|new zealand|nouvelle zelande|新西兰/,
  '86': /\bcn\b|\bchn\b|\bchina\b|\bchine\b|中国/,
  '689': /\bpf\b|polynesi|波利尼西亚/,
  '681': /\bwf\b|wallis/,
};

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

/** How well an option names the wanted model: all its words present, no word that makes another model. */
function modelScore(wanted: string, option: string): number {
  const want = modelTokens(wanted);
  const have = modelTokens(option);
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

/** The reason a key ('lost') or a label in any of our languages ("Téléphone perdu ou volé") names. */
export function reasonOf(text: string): Reason | undefined {
  if (text in REASON_PATTERNS) return text as Reason;
  const normal = normalizeText(text);
  const named = (Object.keys(REASON_PATTERNS) as Reason[]).filter((reason) =>
    REASON_PATTERNS[reason].test(normal),
  );
  return named.length === 1 ? named[0] : undefined;
}

function reasonScore(reason: Reason, text: string): number {
  const named = text.match(new RegExp(REASON_PATTERNS[reason].source, 'g'))?.length ?? 0;
  if (!named) return 0;
  // "Perte ou vol" says more of "lost or stolen" than "Perte" alone; "Perte / vol / casse" also
  // names another reason: prefer an option that names only ours.
  let score = 0.95 + 0.05 * Math.min(named, 2);
  for (const [other, pattern] of Object.entries(REASON_PATTERNS)) {
    if (other !== reason && pattern.test(text)) score -= 0.3;
  }
  return score;
}

const digits = (text: string) => text.replace(/\D/g, '');

function dialCodeScore(wanted: string, choice: Choice): number {
  const code = digits(wanted).replace(/^00/, '');
  if (!code) return 0;
  const exact = new RegExp(`(?:^|[^\\d])(?:\\+|00)${code}(?!\\d)`);
  if (exact.test(choice.label) || exact.test(choice.value) || digits(choice.value) === code) return 1;
  const names = COUNTRY_NAMES[code];
  const label = normalizeText(choice.label);
  if (names && (names.test(label) || names.test(normalizeText(choice.value)))) return 0.9;
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

function scoreChoice(wanted: Wanted, choice: Choice): number {
  const text = normalizeText(choice.label);
  const first = wanted.values[0] ?? '';
  switch (wanted.match) {
    case 'reason': {
      const reason = reasonOf(first);
      return reason
        ? Math.max(reasonScore(reason, text), nameScore(wanted.values, choice))
        : nameScore(wanted.values, choice);
    }
    case 'dial-code':
      return dialCodeScore(first, choice);
    case 'name':
      return nameScore(wanted.values, choice);
    default:
      return Math.max(
        ...wanted.values.map((w) =>
          normalizeText(choice.value) === normalizeText(w) ? 1 : modelScore(w, choice.label),
        ),
      );
  }
}

/**
 * Index of the choice that best matches what we want to say, or -1 when none does well enough.
 * Placeholders are never chosen; ties keep the first choice.
 */
export function matchOption(choices: readonly Choice[], wanted: Wanted): number {
  let best = -1;
  let bestScore = 0.5;
  choices.forEach((choice, index) => {
    if (isPlaceholderText(choice.label)) return;
    const score = scoreChoice(wanted, choice);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
