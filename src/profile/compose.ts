// The subject and message to a carrier's support, in a language pack's words, from the profile's fill
// data. Pure text: a form's description box (src/fill/compose.ts, src/fill/plan.ts) and the popup's
// "Write to support" (src/journey/support-message.ts) write the same message.
import { LANGUAGES, type PageLanguage, packOf } from '../lang';
import type { FillData } from '../messaging/protocol';
import { type FieldKey, REASONS, type Reason } from './fields';
import { fullNameOf } from './name';

type Lang = PageLanguage;

/** Reasons as a person writes them in a text box, per page language (from the language packs). */
export const REASON_TEXT = Object.fromEntries(
  REASONS.map((reason) => [
    reason,
    Object.fromEntries(LANGUAGES.map((lang) => [lang, packOf(lang).reasons[reason]])),
  ]),
) as Record<Reason, Record<Lang, string>>;

/** Zendesk's limit, and a fair one for every subject box. */
export const SUBJECT_MAX = 150;

/** The notes, without anything that looks like the activation code (a bearer secret). */
export function safeNotes(data: FillData): string {
  const code = data.values.activationCode?.trim() ?? '';
  const matchingId = code.split('$')[2] ?? '';
  let notes = data.notes.replace(/\bLPA:\S+/gi, '[…]');
  for (const secret of [code, matchingId]) if (secret.length >= 6) notes = notes.split(secret).join('[…]');
  return notes.trim();
}

export interface ComposeOptions {
  /** Write the activation code too: only when the person ticks it in (a bearer secret). */
  activationCode?: boolean;
}

/**
 * Subject and description for a support form, in the page's language. Identifiers (EID, IMEI,
 * ICCID) and contact details are written out only where the form has no box of their own; the
 * activation code only when the person asked for it.
 */
export function composeMessage(
  data: FillData,
  lang: Lang,
  present: ReadonlySet<FieldKey>,
  options: ComposeOptions = {},
): { subject: string; description: string } {
  const t = packOf(lang).message;
  const v = data.values;
  const order = v.orderNumber?.trim();
  const subject = (order ? `${t.subject} – ${t.order} ${order}` : t.request).slice(0, SUBJECT_MAX);

  const missing = (...fields: FieldKey[]) => !fields.some((field) => present.has(field));
  const lines: string[] = [];
  const line = (label: string, value: string | undefined) => {
    if (value?.trim()) lines.push(`${label}${t.colon}${value.trim()}`);
  };
  if (data.reason && data.reason !== 'other') line(t.labels.reason, REASON_TEXT[data.reason][lang]);
  line(t.labels.deviceModel, v.deviceModel);
  line(t.labels.orderNumber, v.orderNumber);
  for (const id of ['eid', 'imei', 'iccid'] as const) if (missing(id)) line(id.toUpperCase(), v[id]);
  if (options.activationCode && missing('activationCode')) line(t.labels.activationCode, v.activationCode);
  if (missing('fullName', 'givenName', 'familyName')) line(t.labels.fullName, fullNameOf(v));
  if (missing('email')) line(t.labels.email, v.email);
  if (missing('phone', 'phoneNational')) line(t.labels.phone, v.phone);
  line(t.labels.notes, safeNotes(data));

  const description = [t.hello, '', t.ask, ...(lines.length ? ['', ...lines] : []), '', t.thanks].join('\n');
  return { subject, description };
}
