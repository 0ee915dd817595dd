import type { FieldKey, Reason } from '../profile/fields';

/**
 * A regex source matched against text already passed through normalizeText (src/dom/normalize.ts):
 * lowercase, accents removed ("téléphone" arrives as "telephone", "Straße" as "straße"), punctuation
 * turned into spaces ("N° de commande :" → "n de commande"), CJK and kana kept (NFC: ガ stays ガ),
 * Cyrillic kept without its marks ("мобильный" arrives as "мобильныи", "ещё" as "еще"). Letters NFKD
 * does not split keep their stroke: Polish "ł" stays "ł" ("Hasło" → "hasło").
 * `\b` is ASCII-only: CJK, kana and Cyrillic alternatives never carry it (Cyrillic word edges are
 * lookarounds, see src/lang/ru.ts).
 */
export type Pattern = string;

/** What a language calls one field. */
export interface FieldWords {
  /** Clear wording for the field (full weight). */
  strong: Pattern;
  /** Wording that usually means the field but also other things (weight 0.65). */
  weak?: Pattern;
  /** Anywhere in label, aria-label, placeholder, title or name/id: not this field. */
  neg?: Pattern;
  /** Name/id words in this language (the language-neutral ones live in src/detect/vocabulary.ts). */
  ident?: Pattern;
  identWeak?: Pattern;
}

/** Words around a form (headings, legend, button, title, URL) that say what the form is for. */
export const FORM_KINDS = [
  'support',
  'esim',
  'login',
  'signup',
  'reset',
  'newsletter',
  'search',
  'checkout',
  'card',
  'survey',
  'comment',
] as const;
export type FormKindWords = Record<(typeof FORM_KINDS)[number], Pattern>;

/** Labels of the lines the composer writes into a description box. */
export type MessageLabel =
  | 'reason'
  | 'deviceModel'
  | 'orderNumber'
  | 'fullName'
  | 'email'
  | 'phone'
  | 'notes'
  /** Written only when the person asks for it (src/profile/compose.ts): a bearer secret. */
  | 'activationCode';

/** Subject and message as a native speaker writes them to a carrier's support. */
export interface MessageText {
  /** Subject when there is an order number: "<subject> – <order> NC-2024-0042". */
  subject: string;
  /** Subject without an order number. */
  request: string;
  order: string;
  hello: string;
  /** The request itself, one sentence. */
  ask: string;
  thanks: string;
  /** Between a label and its value: ': ', ' : ' in French, '：' in CJK. */
  colon: string;
  labels: Record<MessageLabel, string>;
}

/**
 * The in-page prompt ReSIM shows beside a form it can fill (src/dom/inpage-prompt.ts), as a native
 * speaker reads them on a button. Kept beside each pack (`frInPage` in src/lang/fr.ts), not in it: only
 * the prompt's own file (fill-prompt.js, src/lang/in-page.ts) carries them, not the engine.
 */
export interface InPageWords {
  /** Accessible label of the whole prompt: "ReSIM can fill this form". */
  offerLabel: string;
  /** The action button: "Fill with ReSIM". */
  fill: string;
  /** Accessible name of the close button: "Not now". */
  dismiss: string;
  /** Accessible label of the notice shown instead of a second fill: "ReSIM: request already sent". */
  duplicateLabel: string;
  /** The notice's sentence; `{date}` is the day the last request was sent, in the page's language. */
  duplicate: string;
  /** The notice's action: "Fill anyway". */
  fillAnyway: string;
}

/** Everything the engine knows about one language. One file per language in src/lang/. */
export interface LanguagePack<Code extends string = string> {
  /** BCP 47 primary language subtag: `lang="es-MX"` is read as 'es'. */
  code: Code;
  /** Other subtags pages declare for this language (`lang="jp"`). */
  aliases?: readonly string[];
  /** How a page without a usable `lang` shows it is in this language. */
  detect: {
    /** Frequent function words of running text (over normalized text, counted). */
    words?: Pattern;
    /** Letters typical of the language, over lowercased text with its accents (counted, half weight). */
    letters?: Pattern;
    /** Characters of a script only this language (among the packs) writes, e.g. kana for Japanese. */
    script?: Pattern;
  };
  fields: Record<FieldKey, FieldWords>;
  form: FormKindWords;
  /** Button wording that ends a form (finds form-like containers in apps without <form>). */
  submit: Pattern;
  /** Button wording that moves a wizard on a step ("Next", "Continue"): it ends a form, but sends nothing. */
  step: Pattern;
  /** Label text that rules a control out whatever else it says: password, captcha, honeypot, search. */
  never: Pattern;
  /** A user-name control is not an e-mail box unless it says e-mail. */
  username: Pattern;
  /** A landline or office number: a phone, but not the mobile line an eSIM is about. */
  landline: Pattern;
  /** Option labels that name a reason for the request (an option list with one is a reason list). */
  reasonOptions: Record<Exclude<Reason, 'other'>, Pattern>;
  /**
   * More wording for each reason, to choose among the options of a list already known to hold
   * reasons ("Missing", "Not working": too loose to make one), and what the catch-all option says
   * ("Other", "Autre"), read at the start of the option.
   */
  reasonChoices: Record<Reason, Pattern>;
  /** An option that only asks to choose ("Please select", "Choisir…", "请选择"), read at its start. */
  choose: Pattern;
  /** A password box asking for a PIN, a security code or a line's service password: no login form. */
  pin: Pattern;
  /** A SIM card: a card number beside these words is no payment card. */
  simCard: Pattern;
  /** A website box ("Website", "Site web"): beside a message box and no support words, a comment form. */
  website?: Pattern;
  /** The reasons as a person writes them in a text box. */
  reasons: Record<Reason, string>;
  message: MessageText;
}

/**
 * What a language without a full pack calls a person's name, e-mail and phone: Czech "Příjmení",
 * Hungarian "Vezetéknév", Finnish "Sähköposti". Forms in these languages ask for the same contact
 * details as any other; their pages are read in every full pack (none is theirs), and these words are
 * read on every form whose language has no pack or is not declared. The name's three fields are
 * required: a language always says them.
 */
export interface ContactWords {
  /** BCP 47 primary language subtag. */
  code: string;
  fields: Record<'givenName' | 'familyName' | 'fullName', FieldWords> &
    Partial<Record<'email' | 'phone', FieldWords>>;
}
