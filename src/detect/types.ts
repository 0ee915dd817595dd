import type { PageLanguage } from '../carriers/types';
import type { FieldKey } from '../profile/fields';

/** Anything the person could type into or choose from. Contenteditable hosts count (rich-text editors). */
export type FillableElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLElement;

/** What a control tells us about itself, normalised (lowercase, no accents, no `*`/`:`/NBSP). */
export interface ControlSignals {
  autocomplete: string;
  /** input type, or 'select' / 'textarea' / 'contenteditable'. */
  type: string;
  /** name and id split into words: `request[custom_fields][123]` → ['request', 'custom', 'fields', '123']. */
  nameWords: string[];
  idWords: string[];
  /** The path a framework puts before the name (`checkout.billing` of `checkout.billing.firstName`). */
  pathWords?: string[];
  /** Best label text: <label for>, wrapping label, aria-labelledby, then inferred from preceding text. */
  label: string;
  /** Which source gave `label` ('label-for', 'label-wrap', 'aria-labelledby', 'text-before', 'table-cell', 'dt', 'legend', ...). */
  labelSource: string;
  ariaLabel: string;
  placeholder: string;
  title: string;
  /** Help text (aria-describedby, adjacent hint element). */
  hint: string;
  /** For selects and radio groups: the option texts. */
  options: string[];
  /** The label without parenthetical remarks, for whole-label patterns ("Nom (comme sur le passeport)" → "nom"). */
  labelCore?: string;
  /** The placeholder as written (its shape tells: "name@example.com", "+687 12 34 56", "LPA:1$…"). */
  rawPlaceholder?: string;
  maxLength?: number;
  /** A platform widget stands in front of this (hidden) control: classify it like a visible one. */
  hasWidget?: boolean;
}

export interface FieldScore {
  field: FieldKey;
  score: number;
  /** The signal that decided, e.g. 'label:"numéro de commande"' or 'autocomplete:email'. */
  evidence: string;
  /**
   * A guess that depends on the rest of the form: a bare "Name" / "Nom" / "名字" (full name alone, the other
   * half of a split name beside one), or a text box with no words (a message only on a support form).
   */
  ambiguous?: boolean;
  /** The control's own options say so (every option a dial code): no guess about its words. */
  listed?: boolean;
  /** The box repeats a value asked just before ("Confirm your e-mail"): it gets the same field, not its own. */
  confirmation?: boolean;
}

export interface DetectedControl {
  element: FillableElement;
  signals: ControlSignals;
  /** null when no field reached the minimum confidence or the control must never be touched. */
  field: FieldKey | null;
  score: number;
  evidence: string;
  /** The box repeats the value of an earlier box with the same field ("Confirm your e-mail"). */
  confirmation?: boolean;
}

export interface GateVerdict {
  isSupportForm: boolean;
  /** Why: 'support keywords in headings', 'login form (password)', 'lone email box', ... */
  reason: string;
  score: number;
  /** What the form is, as far as we can tell. */
  kind?: FormKind;
  /**
   * The form is about an eSIM / SIM / mobile line (its text, headings, title, URL or fields say so):
   * only then may eSIM-specific fields (IMEI, EID, ICCID, order number, ...) be assigned.
   */
  esimContext?: boolean;
  /** What ReSIM may do with the form (docs/fill-policy.md P5–P7): fill it, offer to, or leave it. */
  outcome: FormOutcome;
  /** Why that outcome: 'asks for imei', 'SIM words in title', 'contact form', 'login form'. */
  outcomeEvidence?: string;
}

/** Fill by itself (a replacement form), offer a one-press fill, or leave alone. */
export type FormOutcome = 'automatic' | 'offer' | 'nothing';

export type FormKind =
  | 'support'
  | 'login'
  | 'signup'
  | 'password'
  | 'newsletter'
  | 'search'
  | 'checkout'
  | 'survey'
  | 'comment'
  | 'other';

/** One form (or form-like container when the page has no <form>) and what it asks for. */
export interface FormDetection {
  root: Element;
  gate: GateVerdict;
  /** Id of the support-platform adapter that recognised the form, if any. */
  platform: string | null;
  language: PageLanguage;
  controls: DetectedControl[];
}
