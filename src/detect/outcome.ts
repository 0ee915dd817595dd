import type { FieldKey } from '../profile/fields';
import { packWords } from './reading';
import type { FormKind, FormOutcome } from './types';
import { SIM_CARD_SHARED } from './vocabulary';

// P5–P7 (docs/fill-policy.md): what ReSIM may do with one form, decided by the form, never by the
// domain. A carrier's domain is full of forms that are not replacement requests (its login, its
// newsletter, its general contact form): the domain says where the profile belongs, the form says
// whether it is the request.

/** Forms that never receive anything unless the person fills them themselves. [P7] */
export const NOTHING_KINDS: ReadonlySet<FormKind> = new Set([
  'login',
  'signup',
  'password',
  'checkout',
  'newsletter',
  'search',
  'comment',
  'survey',
]);

/** Boxes only a SIM / eSIM request asks for: one of them makes a support form a replacement form. [P5] */
export const SIM_FIELDS: ReadonlySet<FieldKey> = new Set(['imei', 'eid', 'iccid', 'activationCode']);
/** Boxes a SIM request asks for, but a shop's contact form too: they count once the form speaks of a SIM. */
export const ORDER_FIELDS: ReadonlySet<FieldKey> = new Set(['orderNumber', 'deviceModel']);

/** "eSIM", "SIM", "carte SIM", "SIM卡", ICCID, EID, IMEI, LPA in a heading, title, URL or button. */
const SIM_WORDS = packWords(
  (pack) => pack.simCard,
  `${SIM_CARD_SHARED}|\\be ?sims?\\b|\\bsim\\b|sim卡|esim|\\bimei\\b|\\beid\\b|\\blpa\\b|sm ?dp`,
);

export interface OutcomeFacts {
  kind: FormKind;
  /** Fields the form's visible boxes ask for (each box's best field). */
  asked: ReadonlySet<FieldKey>;
  /** The form's text, headings, options, title or URL speak of a SIM, a line or a carrier (not the domain). */
  simContext: boolean;
  /** Headings before and inside the form, its legend and its buttons (normalized). */
  cue: string;
  title: string;
  url: string;
  hasMessageBox: boolean;
  hasContactField: boolean;
}

export interface Outcome {
  outcome: FormOutcome;
  /** Why the form is, or is not, a replacement request (for the inspector and the report). */
  evidence: string;
}

/** What makes a form a SIM / eSIM replacement request, or null. [P5] */
export function replacementEvidence(facts: OutcomeFacts): string | null {
  const sim = [...facts.asked].filter((field) => SIM_FIELDS.has(field));
  if (sim.length) return `asks for ${sim.join(', ')}`;
  const order = [...facts.asked].filter((field) => ORDER_FIELDS.has(field));
  if (order.length && facts.simContext) return `asks for ${order.join(', ')} about a SIM`;
  for (const [where, text] of [
    ['headings or buttons', facts.cue],
    ['title', facts.title],
    ['URL', facts.url],
  ] as const) {
    if (SIM_WORDS.test(text)) return `SIM words in ${where}`;
  }
  return null;
}

/**
 * Automatic: a support form that is clearly a SIM / eSIM request [P5]. Offer: any other support or
 * contact form [P6]. Nothing: login, sign-up, password, checkout, newsletter, search, comment and
 * survey forms, and forms that ask for nothing of ours [P7].
 */
export function formOutcome(facts: OutcomeFacts): Outcome {
  if (NOTHING_KINDS.has(facts.kind)) return { outcome: 'nothing', evidence: `${facts.kind} form` };
  if (facts.kind === 'support') {
    const evidence = replacementEvidence(facts);
    return evidence
      ? { outcome: 'automatic', evidence }
      : { outcome: 'offer', evidence: 'support form, nothing says SIM' };
  }
  if (facts.hasMessageBox && facts.hasContactField) return { outcome: 'offer', evidence: 'contact form' };
  return { outcome: 'nothing', evidence: 'not a request form' };
}
