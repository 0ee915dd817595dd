import { type Matcher, remembered } from '../dom/scan-scope';
import { contactWords, type LanguagePack, PACKS } from '../lang';
import { FIELD_KEYS, type FieldKey, NAME_FIELDS } from '../profile/fields';
import { packWords } from './reading';
import type { ControlSignals, FieldScore } from './types';
import {
  AUTOCOMPLETE_FIELDS,
  AUTOCOMPLETE_OTHER,
  FRAMEWORK_NOISE,
  IDENT_NOISE,
  isSentence,
  LANDLINE,
  NEVER_IDENT as NEVER_IDENT_WORDS,
  NEVER_TEXT,
  NEVER_TYPES,
  OPTION_COUNTRY_CODE,
  OPTION_DEVICE,
  OPTION_DIAL_CODE,
  OPTION_REASON,
  SEARCH_IDENT as SEARCH_IDENT_WORDS,
  SHARED_FIELD_WORDS,
  USERNAME,
} from './vocabulary';

// Every language's patterns are long alternations: within a scan, each answer per text is kept, so a
// label or name repeated across a page's forms is matched once (src/dom/scan-scope.ts).
const NEVER_IDENT = remembered(NEVER_IDENT_WORDS);
const SEARCH_IDENT = remembered(SEARCH_IDENT_WORDS);

const WEAK = 0.65;
const TYPED_IDENTIFIERS: readonly FieldKey[] = ['activationCode', 'imei', 'eid', 'iccid', 'orderNumber'];
const PERSONAL: readonly FieldKey[] = [
  'givenName',
  'familyName',
  'fullName',
  'email',
  'phone',
  'phoneNational',
];
const MAX_BONUS_SOURCES = 3;

interface Compiled {
  field: FieldKey;
  strong: Matcher;
  weak?: Matcher;
  ident: Matcher;
  identWeak?: Matcher;
  neg?: Matcher;
  identNeg?: Matcher;
}

const rx = (source: string | undefined) => (source ? remembered(new RegExp(source)) : undefined);
/** The packs' words for one use, read in the languages of the form being read (src/detect/reading.ts). */
const inPacks = (words: (pack: LanguagePack) => string | undefined, shared?: string, unpacked?: string) =>
  shared || unpacked || PACKS.some(words) ? packWords(words, shared, unpacked) : undefined;

const RULES: Compiled[] = FIELD_KEYS.map((field) => {
  const shared = SHARED_FIELD_WORDS[field];
  const of = (pack: LanguagePack) => pack.fields[field];
  return {
    field,
    // The words of languages without a full pack are read beside the packs on a form in no pack's language.
    strong: packWords((pack) => of(pack).strong, undefined, contactWords(field, 'strong')),
    weak: inPacks((pack) => of(pack).weak, undefined, contactWords(field, 'weak')),
    ident: packWords((pack) => of(pack).ident, shared.ident, contactWords(field, 'ident')),
    identWeak: inPacks((pack) => of(pack).identWeak, shared.identWeak),
    neg: inPacks((pack) => of(pack).neg, shared.neg, contactWords(field, 'neg')),
    identNeg: rx(shared.identNeg),
  };
});
const ruleOf = (field: FieldKey) => RULES.find((r) => r.field === field)!;
const EMAIL_WORDS = ruleOf('email').strong;
const NOT_DESCRIPTION = ruleOf('description').neg!;

/** Name/id words without platform noise (`request`, `custom`, numeric ids). */
export const identText = (words: readonly string[]): string =>
  words
    .join(' ')
    .replace(FRAMEWORK_NOISE, ' ')
    .split(' ')
    .filter((w) => w && !IDENT_NOISE.test(w))
    .join(' ');

const labelTexts = (s: ControlSignals) => [s.label, s.ariaLabel, s.placeholder].filter(Boolean);

/** Why this control is never any field (password, checkbox, captcha, honeypot, search box …), if it is. */
export function blockReason(s: ControlSignals): string | undefined {
  if (NEVER_TYPES.test(s.type)) return `type:${s.type}`;
  if (s.type === 'hidden' && !s.hasWidget) return 'type:hidden';
  const saysEmail = s.type === 'email' || labelTexts(s).some((t) => EMAIL_WORDS.test(t));
  // Form builders put `new-password` on every text box to keep browsers' own autofill away.
  const antiAutofill = s.autocomplete === 'new-password' && s.type !== 'password';
  if (
    AUTOCOMPLETE_OTHER.test(s.autocomplete) &&
    !(s.autocomplete === 'username' && saysEmail) &&
    !antiAutofill
  ) {
    return `autocomplete:${s.autocomplete}`;
  }
  // A sentence that asks for the e-mail and mentions a password says what the box is for ("Enter your
  // e-mail and we will send you a link to reset your password"); a label that names a password is a
  // few words. The sentence itself must say e-mail: a honeypot of type=email says "leave this field blank".
  const text = labelTexts(s).find((t) => NEVER_TEXT.test(t) && !(isSentence(t) && EMAIL_WORDS.test(t)));
  if (text) return `never:"${text}"`;
  const ident = [s.nameWords.join(' '), s.idWords.join(' ')].find((t) => NEVER_IDENT.test(t));
  if (ident) return `never-name:"${ident}"`;
  const search = [s.nameWords.join(' '), s.idWords.join(' ')].find((t) => SEARCH_IDENT.test(t));
  if (search && !labelTexts(s).length) return `search box:"${search}"`;
  // A box nested in a search's name (`search[text]`, `search.query`) is part of a search.
  if (s.pathWords?.includes('search')) return 'search box';
  return undefined;
}

interface Hit {
  score: number;
  evidence: string;
  sources: Set<string>;
  ambiguous?: boolean;
}

/** What the placeholder's shape says: an example e-mail address, phone number, IMEI, EID, ICCID, LPA string. */
function placeholderShape(raw: string): [FieldKey, number] | undefined {
  const text = raw.trim();
  if (/^lpa:/i.test(text)) return ['activationCode', 0.8];
  if (/\S@\S+\.\S/.test(text)) return ['email', 0.75];
  const compact = text
    .replace(/^(e\.?g\.?|ex|ex\.|exemple|example|例如)\s*:?\s*/i, '')
    .replace(/[\s.\-()]/g, '');
  if (/^\+\d{1,4}$/.test(compact)) return ['phoneCountryCode', 0.75];
  if (!/^\+?[\dxX]+$/.test(compact)) return undefined;
  const digits = compact.replace(/^\+/, '').length;
  if (digits === 32) return ['eid', 0.75];
  if ((digits === 19 || digits === 20) && compact.startsWith('89')) return ['iccid', 0.75];
  if (digits === 15 && !compact.startsWith('+')) return ['imei', 0.7];
  if (digits >= 6 && digits <= 13 && /^(\+|0)/.test(compact)) return ['phone', 0.6];
  return undefined;
}

function fromOptions(options: readonly string[]): [FieldKey, number, string, source?: string][] {
  const real = options.filter((o) => o && !/^(none|aucun|choisi|select|choose|selection|请选择|--)/.test(o));
  if (real.length < 2) return [];
  const share = (re: Matcher) => real.filter((o) => re.test(o)).length;
  const out: [FieldKey, number, string, source?: string][] = [];
  // Country lists trimmed to a couple of entries still say so when every option carries a "+code".
  const dialCodes = share(/\+ ?\d{1,4}\b/) === real.length;
  if ((real.length >= 3 && share(OPTION_COUNTRY_CODE) / real.length >= 0.5) || dialCodes) {
    // Most options dial codes: the list settles the field, whatever its words or the model say.
    const listed = share(OPTION_DIAL_CODE) / real.length >= 0.9;
    out.push(['phoneCountryCode', 0.9, 'options:country codes', listed ? 'dial codes' : undefined]);
  }
  if (share(OPTION_REASON) >= 1) out.push(['reason', 0.8, 'options:reasons']);
  if (share(OPTION_DEVICE) >= 2) out.push(['deviceModel', 0.8, 'options:device models']);
  return out;
}

const wordCount = (text: string) => text.split(' ').filter(Boolean).length;
/**
 * The label without an aside that is a remark ("Code d'activation (reçu par e-mail)"): a remark does
 * not unsay the label. A one-word aside qualifies it instead ("お名前（姓）", "Téléphone (modèle)").
 */
const remarkedCore = (s: ControlSignals): string | undefined =>
  s.labelCore && wordCount(s.label) - wordCount(s.labelCore) >= 2 ? s.labelCore : undefined;

/**
 * A name on a card (`cardHolderFirstName`, `card.firstName`, `cardProfile:card:lastName`) is the
 * name printed on a payment card, whatever its label says; a card's billing address
 * (`creditCardBillingAddress.firstName`) is the person's.
 */
const onACard = (s: ControlSignals) => {
  const words = [...(s.pathWords ?? []), ...s.nameWords, ...s.idWords];
  return words.some((word) => word === 'card' || word === 'cards') && !words.includes('address');
};

/**
 * Whether the control's words rule the field out. What the person reads comes first: when the label
 * clearly names the field ("Your name"), a name such as `edt_user_name` does not unsay it.
 */
function negatedFor(rule: Compiled, s: ControlSignals, name: string, id: string, core?: string): boolean {
  if (NAME_FIELDS.has(rule.field) && onACard(s)) return true;
  const { neg, identNeg } = rule;
  // Called for every field on every control: a field without negative words is settled at once.
  if (!neg && !identNeg) return false;
  const readable = [...labelTexts(s), s.title]
    .filter(Boolean)
    .map((t) => (core && t === s.label && rule.strong.test(core) ? core : t));
  const clear = readable.some((t) => rule.strong.test(t));
  // Text merely before a box that names the field itself is no word of this box ("Join 5,977 other
  // followers" above "Enter your email address").
  const guessed = (t: string) =>
    clear && t === s.label && s.labelSource === 'text-before' && !rule.strong.test(t);
  if (neg && readable.some((t) => neg.test(t) && !guessed(t))) return true;
  if (clear) return false;
  if (neg && ((name && neg.test(name)) || (id && neg.test(id)))) return true;
  return !!identNeg && [name, id].some((t) => t && identNeg.test(t));
}

/**
 * Scores one control against every field. Signals in Firefox's order of trust — autocomplete, input
 * type, then words — where a clear label outweighs an opaque name. Negative words rule a field out.
 */
export function scoreControl(s: ControlSignals): FieldScore[] {
  if (blockReason(s)) return [];
  const hits = new Map<FieldKey, Hit>();
  // `ambiguous`: a bare "Name" (whole or half a name?) or a bare text box (a message only on a support form).
  const add = (field: FieldKey, score: number, evidence: string, source: string, ambiguous = false) => {
    const hit = hits.get(field);
    if (!hit) return void hits.set(field, { score, evidence, sources: new Set([source]), ambiguous });
    hit.sources.add(source);
    if (score > hit.score) Object.assign(hit, { score, evidence, ambiguous });
  };

  const auto = AUTOCOMPLETE_FIELDS[s.autocomplete];
  if (auto) add(auto, 1, `autocomplete:${s.autocomplete}`, 'autocomplete');
  if (s.type === 'email') add('email', 0.9, 'type:email', 'type');
  if (s.type === 'tel') add('phone', 0.7, 'type:tel', 'type');

  const bare = (rule: Compiled) => rule.field === 'fullName';
  const explicit = /^(label|aria|platform)/.test(s.labelSource);
  const labelWeight = explicit ? 0.9 : /legend|radiogroup/.test(s.labelSource) ? 0.85 : 0.78;
  const texts: [string, string, number, string?][] = [
    [s.labelSource || 'label', s.label, labelWeight, s.labelCore],
    ['aria-label', s.ariaLabel, 0.88],
    ['placeholder', s.placeholder, 0.78],
    ['title', s.title, 0.6],
    ['hint', s.hint, 0.4],
  ];
  const name = identText(s.nameWords);
  const id = identText(s.idWords);
  const idents: [string, string, number][] = [
    ['name', name, 0.82],
    ['id', id, 0.8],
  ];
  for (const rule of RULES) {
    for (const [source, text, weight, core] of texts) {
      if (!text) continue;
      // The label without its asides counts too: "名（拼音）" is "名", "Nom (as on your passport)" is "Nom".
      if (core && core !== text && rule.strong.test(text) && !rule.strong.test(core)) {
        // Said only in an aside ("Numéro ICCID (sur votre QR code)"): a hint, not what the box is.
        add(rule.field, weight * WEAK, `${source}:"${text}" (aside)`, `${source} aside`);
      } else if (rule.strong.test(text) || (core && rule.strong.test(core))) {
        add(rule.field, weight, `${source}:"${text}"`, source);
      } else if (rule.weak?.test(text) || (core && rule.weak?.test(core))) {
        add(rule.field, weight * WEAK, `${source}:"${text}"`, source, bare(rule));
      }
    }
    for (const [source, text, weight] of idents) {
      if (!text) continue;
      if (rule.ident.test(text)) add(rule.field, weight, `${source}:"${text}"`, source);
      else if (rule.identWeak?.test(text))
        add(rule.field, weight * WEAK, `${source}:"${text}"`, source, bare(rule));
    }
  }
  const shape = s.rawPlaceholder ? placeholderShape(s.rawPlaceholder) : undefined;
  if (shape) add(shape[0], shape[1], `placeholder:"${s.rawPlaceholder}"`, 'shape');
  for (const [field, score, evidence, source = 'options'] of fromOptions(s.options))
    add(field, score, evidence, source);

  // Negative words rule a field out; only an explicit autocomplete token survives them. An aside does
  // not negate what the label itself says: "Code d'activation (reçu par e-mail)" is an activation code.
  const said = [...labelTexts(s), s.title, name, id].filter(Boolean);
  const core = remarkedCore(s);
  for (const rule of RULES) {
    const hit = hits.get(rule.field);
    if (!hit || hit.sources.has('autocomplete')) continue;
    if (negatedFor(rule, s, name, id, core)) hits.delete(rule.field);
  }
  const email = hits.get('email');
  if (
    email &&
    !email.sources.has('autocomplete') &&
    s.type !== 'email' &&
    said.some((t) => USERNAME.test(t))
  ) {
    if (!labelTexts(s).some((t) => EMAIL_WORDS.test(t))) hits.delete('email');
  }

  // A field said only in an aside gives way when the label itself names another field.
  if (core) {
    const named = RULES.some((r) => hits.has(r.field) && r.strong.test(core));
    for (const [field, hit] of hits) {
      if (named && [...hit.sources].every((x) => x.endsWith(' aside'))) hits.delete(field);
    }
  }
  const phone = hits.get('phone');
  if (phone && said.some((t) => LANDLINE.test(t))) phone.score -= 0.1;
  // A drop-down is never typed into: with country codes it is the code half of a phone number, with
  // phone models ("Votre mobile": iPhone 15, Pixel 8 …) it asks which device, not which number.
  if (s.type === 'select' || (s.hasWidget && s.options.length > 0)) hits.delete('phone');
  // Nobody picks their name or address from a list or answers it with a radio button.
  if (s.type === 'select' || s.type === 'radio' || (s.hasWidget && s.options.length > 0)) {
    for (const field of PERSONAL) hits.delete(field);
  }
  // A yes/no radio about the QR code or the order ("Avez-vous votre QR ?") holds no identifier.
  if (s.type === 'radio') for (const field of TYPED_IDENTIFIERS) hits.delete(field);
  const freeText = s.type === 'textarea' || s.type === 'contenteditable';
  // A one-line box its label calls something else ("LinkedIn profile") is no message for its name's `text`.
  const message = hits.get('description');
  if (message && !freeText && s.label && [...message.sources].every((x) => x === 'name' || x === 'id')) {
    hits.delete('description');
  }
  if (freeText && !hits.has('description') && !said.some((t) => NOT_DESCRIPTION.test(t))) {
    add('description', 0.55, `type:${s.type}`, 'type', true);
  }
  // A drop-down or radio group "Subject"/"Objet" chooses a kind of request: that is a reason.
  const subject = hits.get('subject');
  if (subject && (s.type === 'select' || s.type === 'radio' || s.hasWidget)) {
    // …unless only its name says so and its label says something else ("Mots clés" on `subject[list]`).
    const onlyNamed = s.label && [...subject.sources].every((x) => x === 'name' || x === 'id');
    if (!onlyNamed) add('reason', subject.score * 0.85, `choice ${subject.evidence}`, 'choice');
    hits.delete('subject');
  }
  // A free-text box explaining "what happened" is a description, not a choice of reason.
  const reason = hits.get('reason');
  if (reason && freeText) {
    add('description', reason.score, reason.evidence, 'free text');
    hits.delete('reason');
  }
  // …and a drop-down "Issue" / "Problème" chooses a kind of problem: a reason, never the message.
  const described = hits.get('description');
  if (described && (s.type === 'select' || s.type === 'radio' || (s.hasWidget && s.options.length > 0))) {
    if (!hits.has('reason')) add('reason', described.score * 0.85, `choice ${described.evidence}`, 'choice');
    hits.delete('description');
  }
  // What the person reads decides whether a name is whole: "Nom" on a box named `your-name` may be the family name.
  const whole = hits.get('fullName');
  if (whole && [s.label, s.labelCore, s.ariaLabel].some((t) => t && ruleOf('fullName').weak!.test(t))) {
    whole.ambiguous = true;
  }

  return [...hits.entries()]
    .map(([field, hit]) => {
      const bonus = 0.04 * Math.min(hit.sources.size - 1, MAX_BONUS_SOURCES);
      const score = Math.round(Math.min(1, hit.score + bonus) * 100) / 100;
      return {
        field,
        score,
        evidence: hit.evidence,
        ...(hit.ambiguous ? { ambiguous: true } : {}),
        ...(hit.sources.has('dial codes') ? { listed: true } : {}),
      };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        // At the same score the page's own autocomplete token decides ("Telephone code" is tel-country-code).
        Number(isDeclared(b)) - Number(isDeclared(a)) ||
        FIELD_KEYS.indexOf(a.field) - FIELD_KEYS.indexOf(b.field),
    );
}

const isDeclared = (score: FieldScore) => score.evidence.startsWith('autocomplete:');

/** The control speaks of an e-mail address (its type, label, placeholder or name), whatever else it says. */
export const mentionsEmail = (s: ControlSignals): boolean =>
  s.type === 'email' ||
  labelTexts(s).some((t) => EMAIL_WORDS.test(t)) ||
  ruleOf('email').ident.test(identText(s.nameWords));

/** Whether a control's own words rule a field out, asked field by field. */
export interface FieldVeto {
  has(field: FieldKey): boolean;
}

/**
 * Fields this control's own words rule out ("Nickname" is no name, "Confirm e-mail" no first e-mail
 * box, "Username" no e-mail): binding on every guess, the learned model's included. Each field is
 * judged when first asked: the model asks only of the contact fields it would put on the control, so
 * the other fields' negative words are not compiled and run for it.
 */
export function ruledOut(s: ControlSignals): FieldVeto {
  if (AUTOCOMPLETE_FIELDS[s.autocomplete]) return { has: () => false };
  const name = identText(s.nameWords);
  const id = identText(s.idWords);
  const core = remarkedCore(s);
  const judged = new Map<FieldKey, boolean>();
  const notEmail = () =>
    s.type !== 'email' &&
    [...labelTexts(s), s.title, name, id].some((t) => t && USERNAME.test(t)) &&
    !labelTexts(s).some((t) => EMAIL_WORDS.test(t));
  return {
    has(field) {
      let out = judged.get(field);
      if (out === undefined) {
        out = negatedFor(ruleOf(field), s, name, id, core) || (field === 'email' && notEmail());
        judged.set(field, out);
      }
      return out;
    },
  };
}
