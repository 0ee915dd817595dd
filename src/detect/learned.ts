import { CONTACT_FIELDS, type FieldKey, NAME_FIELDS } from '../profile/fields';
import { MIN_SCORE } from './assign';
import type { ControlSignals, FieldScore } from './types';

// A small multinomial logistic regression over a control's words, trained on hand-labelled real-site
// forms (scripts/learn/train.mjs reproduces it). It decides between the contact fields and "some
// other control"; the vocabulary rules still decide everything else, and their verdict is one of the
// model's inputs, so the model learns where the rules are right and where real pages fool them.

/** What the model tells apart: the contact fields, and everything else. */
export const MODEL_CLASSES = ['other', ...CONTACT_FIELDS] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

export interface LearnedModel {
  /** Per class, in MODEL_CLASSES order. */
  bias: readonly number[];
  /** feature → weights; a packed row "c:w c:w" lists only the classes whose weight is not zero. */
  weights: Readonly<Record<string, string>>;
}

/** The neighbours' rule verdicts: "Name" before "Surname" is a given name, "Name" alone a full one. */
export interface ControlContext {
  previous?: FieldKey | null;
  next?: FieldKey | null;
  /** How many controls of the form the rules read as a name field (1: a lone name box). */
  names?: number;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const IDENT_NOISE = /^(\d+|[a-z]|ctl\d*|txt|tb|fld|frm|form|input|inp|field|fields|data|value|item|el|cf)$/;

function words(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (!word) continue;
    if (!CJK.test(word)) {
      out.push(word);
      continue;
    }
    // Scripts without spaces: characters and their pairs stand for words.
    const chars = Array.from(word);
    chars.forEach((ch, i) => {
      out.push(ch);
      if (i + 1 < chars.length) out.push(ch + chars[i + 1]);
    });
  }
  return out;
}

const bucket = (n: number | undefined) =>
  n === undefined ? 'none' : n <= 5 ? 'tiny' : n <= 20 ? 'short' : n <= 80 ? 'mid' : 'long';

/** The features of one control: its words by where they come from, its type, and the rules' verdict. */
export function controlFeatures(
  s: ControlSignals,
  rules: readonly FieldScore[],
  context: ControlContext = {},
): Map<string, number> {
  const f = new Map<string, number>();
  const on = (key: string, value = 1) => f.set(key, Math.max(f.get(key) ?? 0, value));
  on(`type=${s.type}`);
  if (s.autocomplete) on(`ac=${s.autocomplete}`);
  on(`len=${bucket(s.maxLength)}`);
  if (s.options.length) on('options');
  on(`src=${s.labelSource || 'none'}`);
  const ident = [...s.nameWords, ...s.idWords].filter((w) => !IDENT_NOISE.test(w));
  for (const w of ident) on(`i:${w}`);
  // Word stems carry across languages and spellings: "telefono", "telefonnummer", "téléphone".
  for (const w of [...ident, ...s.label.split(' ')])
    if (w.length >= 5 && !CJK.test(w)) on(`s:${w.slice(0, 4)}`);
  const joined = s.nameWords.join('');
  if (joined) on(`n=${joined}`);
  for (const w of words(s.label)) on(`l:${w}`);
  for (const text of [s.ariaLabel, s.placeholder, s.title]) for (const w of words(text)) on(`x:${w}`);
  for (const w of words(s.hint)) on(`h:${w}`);
  if (!s.label && !s.ariaLabel && !s.placeholder) on('unlabelled');
  if (isConfirmation(s)) on('confirm');
  rules.slice(0, 3).forEach((r, rank) => {
    on(`r:${r.field}`, r.score);
    if (rank === 0) on(`top:${r.field}${r.ambiguous ? '?' : ''}`);
  });
  if (context.previous !== undefined) on(`prev:${context.previous ?? 'none'}`);
  if (context.next !== undefined) on(`next:${context.next ?? 'none'}`);
  if (context.names !== undefined) on(`names:${Math.min(context.names, 3)}`);
  return f;
}

type Rows = Map<string, [number, number][]>;
const unpacked = new WeakMap<LearnedModel, Rows>();

/** `model`, whose rows are already decoded (src/detect/model-pack.ts): predict reads them as they are. */
export function withRows(model: LearnedModel, rows: Rows): LearnedModel {
  unpacked.set(model, rows);
  return model;
}

function rowsOf(model: LearnedModel): Rows {
  let rows = unpacked.get(model);
  if (!rows) {
    rows = new Map();
    for (const [feature, packed] of Object.entries(model.weights)) {
      rows.set(
        feature,
        packed.split(' ').map((cell) => {
          const [c, w] = cell.split(':');
          return [Number(c), Number(w)] as [number, number];
        }),
      );
    }
    unpacked.set(model, rows);
  }
  return rows;
}

/** The probability of each class, in MODEL_CLASSES order. */
export function predict(model: LearnedModel, features: ReadonlyMap<string, number>): number[] {
  const rows = rowsOf(model);
  const logits = [...model.bias];
  for (const [feature, value] of features) {
    for (const [c, w] of rows.get(feature) ?? []) logits[c]! += w * value;
  }
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

const CONTACT: ReadonlySet<string> = new Set(MODEL_CLASSES.slice(1));
const NAMES: ReadonlySet<string> = NAME_FIELDS;
/** Below this the model has no opinion worth a field. */
export const LEARNED_MIN = 0.35;
/** The model's share for a person's name, all halves together, that keeps the rules' name field. */
export const NAME_SHARE_MIN = 0.65;
/** A field no rule saw needs a surer model. */
export const UNBACKED_MIN = 0.8;
/** A rule score this high is clear wording. */
export const RULE_STRONG = 0.85;
/** The model overrules clear wording only when this sure the control is something else. */
export const OTHER_VETO = 0.9;
const TYPED = /^(text|email|tel|number|select|contenteditable)$/;

export interface ScoredControl {
  signals: ControlSignals;
  scores: readonly FieldScore[];
  blocked?: string | null;
  /** Fields the control's own words rule out (classify's ruledOut). */
  ruledOut?: { has(field: FieldKey): boolean };
  /** The control speaks of an e-mail address (classify's mentionsEmail). */
  mentionsEmail?: boolean;
}

// "Confirm your e-mail", "Retype email", `email2`: the same value again.
const CONFIRM =
  /confirm|verif|repeat|re ?type|re ?enter|\bagain\b|ressais|resais|retap|wiederhol|bestatig|conferm|ripet|repet|confirma|bevestig|herhaal|powtorz|potwierdz|повтор|подтверд|确认|再次|重复|確認|再入力/;
/** The control asks for a value given just before (a confirmation box). */
export const isConfirmation = (s: ControlSignals): boolean =>
  [s.label, s.ariaLabel, s.placeholder, s.title, s.nameWords.join(' '), s.idWords.join(' ')].some(
    (t) => t && CONFIRM.test(t),
  ) || /^(e ?mail|email) ?2$/.test(s.nameWords.join(' '));

const ruleTop = (c: ScoredControl | undefined) =>
  c && !c.blocked && c.scores[0] && c.scores[0].score >= MIN_SCORE ? c.scores[0].field : null;

/** Features of each control of one form, in order (blocked controls get none). */
export function formFeatures(controls: readonly ScoredControl[]): (Map<string, number> | null)[] {
  const open = controls.map((c, i) => (c.blocked ? -1 : i)).filter((i) => i >= 0);
  const names = open.filter((i) => NAMES.has(ruleTop(controls[i]) ?? '')).length;
  // Where each open control stands among the open ones (its neighbours are the previous and next).
  const rank = new Map(open.map((i, k) => [i, k]));
  return controls.map((c, i) => {
    if (c.blocked) return null;
    const k = rank.get(i)!;
    return controlFeatures(c.signals, c.scores, {
      previous: k > 0 ? ruleTop(controls[open[k - 1]!]) : null,
      next: k + 1 < open.length ? ruleTop(controls[open[k + 1]!]) : null,
      names,
    });
  });
}

/**
 * The rules' scores with the contact fields decided by the model instead: a contact field the model
 * does not back is dropped, one it backs is scored by its probability.
 */
export function mergeLearned(control: ScoredControl, probabilities: readonly number[]): FieldScore[] {
  const rules = control.scores;
  // A person's name, address or number is typed, or a dial code chosen: never a radio or a box to tick.
  if (!TYPED.test(control.signals.type)) return [...rules];
  const other = probabilities[0]!;
  // Clear wording ("Téléphone portable", "手机号码", autocomplete=email) stands unless the model is sure it
  // is something else, and a list of dial codes whatever the model says; a bare "Nom" / "Name" is left
  // to the rules' pass over its neighbours.
  const kept = (r: FieldScore) =>
    !CONTACT.has(r.field) ||
    r.evidence.startsWith('autocomplete') ||
    r.listed ||
    ((r.score >= RULE_STRONG || r.ambiguous) && other < OTHER_VETO);
  const confirmation = isConfirmation(control.signals);
  // "Confirm email" with autocomplete=email, or in words the rules know: still the e-mail given again.
  const out = rules
    .filter(kept)
    .map((r) =>
      confirmation && r.field === 'email' && !r.confirmation
        ? { ...r, evidence: `${r.evidence} (confirmation)`, confirmation: true }
        : r,
    );
  MODEL_CLASSES.forEach((field, i) => {
    const p = probabilities[i]!;
    if (field === 'other' || p < LEARNED_MIN || out.some((r) => r.field === field)) return;
    const rule = rules.find((r) => r.field === field);
    if (!rule && p < UNBACKED_MIN) return;
    const confirms = confirmation && field === 'email';
    if (control.ruledOut?.has(field) && !confirms) return;
    out.push({
      field,
      score: Math.round((0.5 + 0.5 * p) * 100) / 100,
      evidence: `learned ${Math.round(p * 100)}%${rule ? ` ${rule.evidence}` : ''}${confirms ? ' (confirmation)' : ''}`,
      ...(confirms ? { confirmation: true } : {}),
    });
  });
  // Sure it is a person's name but torn between its halves (a lone "Your name" is the whole name on one
  // site, the given name on another): the rules' name field stands.
  const nameShare = MODEL_CLASSES.reduce(
    (sum, field, i) => sum + (NAMES.has(field) ? probabilities[i]! : 0),
    0,
  );
  const named = rules.find((r) => NAMES.has(r.field) && !control.ruledOut?.has(r.field));
  if (named && nameShare >= NAME_SHARE_MIN && !out.some((r) => NAMES.has(r.field))) {
    out.push({ ...named, evidence: `learned ${Math.round(nameShare * 100)}% a name, ${named.evidence}` });
  }
  // "确认邮箱", "Retype e-mail": a confirmation of the e-mail even where the model has seen few.
  if (confirmation && control.mentionsEmail && !out.some((r) => r.field === 'email')) {
    out.push({ field: 'email', score: 0.8, evidence: 'confirmation of the e-mail', confirmation: true });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Every control's scores after the model has had its say (blocked controls unchanged). */
export function learnedScores(model: LearnedModel, controls: readonly ScoredControl[]): FieldScore[][] {
  return formFeatures(controls).map((features, i) =>
    features ? mergeLearned(controls[i]!, predict(model, features)) : [...controls[i]!.scores],
  );
}
