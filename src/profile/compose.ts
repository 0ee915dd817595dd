// The subject and message to a carrier's support, in a page language's words (every pack at hand):
// a form's description box (src/fill/compose.ts, src/fill/plan.ts). The text itself is written by
// src/profile/compose-in.ts, which the popup's "Write to support" uses with the one pack it loads.
import { LANGUAGES, type PageLanguage, packOf } from '../lang';
import type { FillData } from '../messaging/protocol';
import { type ComposeOptions, composeMessageIn } from './compose-in';
import { type FieldKey, REASONS, type Reason } from './fields';

export { type ComposeOptions, SUBJECT_MAX, safeNotes } from './compose-in';

type Lang = PageLanguage;

/** Reasons as a person writes them in a text box, per page language (from the language packs). */
export const REASON_TEXT = Object.fromEntries(
  REASONS.map((reason) => [
    reason,
    Object.fromEntries(LANGUAGES.map((lang) => [lang, packOf(lang).reasons[reason]])),
  ]),
) as Record<Reason, Record<Lang, string>>;

/**
 * Subject and description for a support form, in the page's language. Identifiers (EID, IMEI,
 * ICCID) and contact details are written out only where the form has no box of their own; the
 * activation code only when the person asked for it.
 */
export const composeMessage = (
  data: FillData,
  lang: Lang,
  present: ReadonlySet<FieldKey>,
  options: ComposeOptions = {},
): { subject: string; description: string } => composeMessageIn(packOf(lang), data, present, options);
