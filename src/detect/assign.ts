import { radioGroup } from '../dom/tree';
import { CONTACT_FIELDS, type FieldKey } from '../profile/fields';
import type { ControlSignals, FieldScore } from './types';
import { ESIM_FIELDS, LANDLINE, MESSAGE_FIELDS } from './vocabulary';

/** Below this a guess is not worth acting on. */
export const MIN_SCORE = 0.5;
// A control keeps only fields close to its best guess: "Name of your carrier" does not fall back to a
// name field when the carrier field is not allowed here.
const NEAR_BEST = 0.75;
// A hidden twin (honeypot, stale copy) must not take a field from the visible control.
const HIDDEN_RANK = 0.6;
// Scores this close say the same thing: order decides.
const SAME_FIELD_MARGIN = 0.12;
const ASKED_TWICE: ReadonlySet<FieldKey> = new Set(CONTACT_FIELDS);

export interface AssignItem {
  signals: ControlSignals;
  /** The control itself: nameless radios are grouped by their fieldset (see radioGroup in src/dom/tree.ts). */
  element?: Element;
  /** Raw scores from scoreControl (platform hints merged in), best first. */
  scores: FieldScore[];
  /** Why the control is never a field, if it is not. */
  blocked?: string;
  looksHidden?: boolean;
}

export interface AssignContext {
  /** eSIM-specific fields are allowed (support form about an eSIM / mobile line). */
  allowEsim: boolean;
  /** Subject and description are allowed (a form that carries a request or message). */
  allowMessage: boolean;
  /** A support form: a text box nobody named is its message. */
  supportForm?: boolean;
}

export interface Assignment {
  field: FieldKey | null;
  score: number;
  evidence: string;
  /** The box repeats the value of an earlier box with the same field ("Confirm your e-mail"). */
  confirmation?: boolean;
}

const allowedIn = (context: AssignContext) => (field: FieldKey) =>
  (context.allowEsim || !ESIM_FIELDS.has(field)) && (context.allowMessage || !MESSAGE_FIELDS.has(field));

const usable = (context: AssignContext) => (c: FieldScore) =>
  allowedIn(context)(c.field) && !(c.ambiguous && MESSAGE_FIELDS.has(c.field) && !context.supportForm);

function radioKey(item: AssignItem): string | Element | undefined {
  const s = item.signals;
  if (s.type !== 'radio') return undefined;
  const radio = item.element as HTMLInputElement | undefined;
  if (radio?.name) return radio.name;
  if (!radio) return s.nameWords.length ? [...(s.pathWords ?? []), ...s.nameWords].join('.') : undefined;
  return radioGroup(radio)[0];
}

function candidatesOf(item: AssignItem, ok: (c: FieldScore) => boolean): FieldScore[] {
  const top = item.scores[0];
  if (!top || item.blocked) return [];
  return item.scores.filter((c) => ok(c) && c.score >= MIN_SCORE && c.score >= top.score * NEAR_BEST);
}

const retag = (c: FieldScore, field: FieldKey, why: string): FieldScore => ({
  field,
  score: c.score,
  evidence: `${c.evidence} (${why})`,
});

/** Firefox-style second passes over the sequence: split names and split phone numbers. */
function secondPasses(cands: FieldScore[][], items: AssignItem[]): void {
  const best = () => cands.map((c) => c[0]);
  const has = (field: FieldKey) => best().some((b) => b?.field === field && !b.ambiguous);
  for (const list of cands) {
    const top = list[0];
    if (top?.field !== 'fullName' || !top.ambiguous) continue;
    // French "Nom" beside "Prénom" is the family name; "名字" beside "姓" is the given name.
    if (has('givenName') && !has('familyName')) list[0] = retag(top, 'familyName', 'beside given name');
    else if (has('familyName') && !has('givenName')) list[0] = retag(top, 'givenName', 'beside family name');
  }
  const live = cands.map((_, i) => i).filter((i) => cands[i]![0]);
  for (let k = 0; k + 1 < live.length; k++) {
    const i = live[k]!;
    const j = live[k + 1]!;
    const first = cands[i]![0]!;
    const second = cands[j]![0]!;
    if (second.field !== 'phone') continue;
    const short = (items[i]!.signals.maxLength ?? 99) <= 5;
    if (first.field === 'phoneCountryCode' || (first.field === 'phone' && short)) {
      if (first.field === 'phone') cands[i]![0] = retag(first, 'phoneCountryCode', 'short box before phone');
      cands[j]![0] = retag(second, 'phoneNational', 'after country code');
    }
  }
}

const isLandline = (s: ControlSignals) =>
  [s.label, s.ariaLabel, s.placeholder, s.nameWords.join(' ')].some((t) => t && LANDLINE.test(t));

/**
 * The person's number is a mobile line: a landline box ("Téléphone fixe", "座机") gets nothing when
 * another box asks for the mobile number, whether whole or split after a country code.
 */
function keepMobileOffLandline(cands: FieldScore[][], items: readonly AssignItem[]): void {
  const phoneLike = (list: FieldScore[]) =>
    list.some((c) => c.field === 'phone' || c.field === 'phoneNational');
  const landline = items.map((item) => isLandline(item.signals));
  if (!cands.some((list, i) => !landline[i] && phoneLike(list))) return;
  cands.forEach((list, i) => {
    if (landline[i]) cands[i] = list.filter((c) => c.field !== 'phone' && c.field !== 'phoneNational');
  });
}

/**
 * One field per control and one control per field: the best-scoring pairs win, after the sequence
 * passes. eSIM fields need an eSIM support form; subject/description need a message-carrying form.
 */
export function assignFields(items: readonly AssignItem[], context: AssignContext): Assignment[] {
  const allowed = allowedIn(context);
  const leaders = new Map<string | Element, number>();
  const leaderOf = items.map((item, i) => {
    const key = radioKey(item);
    if (!key) return i;
    if (!leaders.has(key)) leaders.set(key, i);
    return leaders.get(key)!;
  });
  const cands = items.map((item, i) => (leaderOf[i] === i ? candidatesOf(item, usable(context)) : []));
  secondPasses(cands, items as AssignItem[]);
  keepMobileOffLandline(cands, items);

  const pool = cands.flatMap((list, i) =>
    list.map((c) => ({ i, c, rank: c.score * (items[i]!.looksHidden ? HIDDEN_RANK : 1) })),
  );
  pool.sort((a, b) => b.rank - a.rank || a.i - b.i);
  const byControl = new Map<number, FieldScore>();
  const taken = new Map<FieldKey, number>();
  for (const entry of pool) {
    if (entry.c.confirmation || byControl.has(entry.i) || taken.has(entry.c.field)) continue;
    // The same contact asked twice (billing, then shipping): the first box gets it unless clearly worse.
    // Other fields go to the clearest box ("Why do you need a new eSIM?" over a generic ticket type).
    const { i, c } = !ASKED_TWICE.has(entry.c.field)
      ? entry
      : pool.reduce(
          (first, other) =>
            other.c.field === entry.c.field &&
            other.i < first.i &&
            !other.c.confirmation &&
            !byControl.has(other.i) &&
            other.rank >= entry.rank - SAME_FIELD_MARGIN
              ? other
              : first,
          entry,
        );
    byControl.set(i, c);
    taken.set(c.field, i);
  }
  // A hidden box (collapsed section, the other half of a tabbed form) says what it is too; it is never
  // written, so it may share a field with the visible box that holds it.
  for (const { i, c } of pool) {
    if (items[i]!.looksHidden && !byControl.has(i) && !c.confirmation) byControl.set(i, c);
  }
  // A confirmation box repeats the box before it: same field, same value. With no such box in the
  // form (it was asked on the step before), the first confirmation box asks for the field itself.
  const confirmations = pool.filter(({ c }) => c.confirmation).sort((a, b) => a.i - b.i);
  for (const { i, c } of confirmations) {
    if (byControl.has(i)) continue;
    const first = taken.get(c.field);
    if (first !== undefined && first < i) byControl.set(i, c);
    else if (first === undefined) {
      const { confirmation: _, ...itself } = c;
      byControl.set(i, itself);
      taken.set(c.field, i);
    }
  }

  return items.map((_, index) => {
    const i = leaderOf[index]!;
    const won = byControl.get(i);
    if (won) {
      const assignment = { field: won.field, score: won.score, evidence: won.evidence };
      return won.confirmation ? { ...assignment, confirmation: true } : assignment;
    }
    return { field: null, score: 0, evidence: whyNot(items[i]!, cands[i]!, allowed, new Set(taken.keys())) };
  });
}

function whyNot(
  item: AssignItem,
  cands: FieldScore[],
  allowed: (field: FieldKey) => boolean,
  taken: ReadonlySet<FieldKey>,
): string {
  if (item.blocked) return item.blocked;
  const top = item.scores[0];
  if (!top) return 'no match';
  if (!allowed(top.field)) {
    const why = ESIM_FIELDS.has(top.field) ? 'not an eSIM support form' : 'not a message form';
    return `${why}: ${top.field} ${top.evidence}`;
  }
  if (cands.length && cands.every((c) => taken.has(c.field)))
    return `${cands[0]!.field} taken by another control`;
  if (!cands.length && top.ambiguous && MESSAGE_FIELDS.has(top.field))
    return `unnamed text box outside a support form`;
  return `below threshold: ${top.field} ${top.score} ${top.evidence}`;
}
