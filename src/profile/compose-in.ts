// The subject and message to a carrier's support in one language's words, from the profile's fill
// data. Pure text, and no language pack imported here: the engine passes the page's pack
// (src/profile/compose.ts), the popup the one pack it loaded for the carrier's language.
import type { LanguagePack } from '../lang/types';
import type { FillData } from '../messaging/protocol';
import type { FieldKey } from './fields';
import { fullNameOf } from './name';

/** What composing needs of a language pack: its message and how a person writes each reason. */
export type MessageWords = Pick<LanguagePack, 'message' | 'reasons'>;

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
 * Subject and description for a support form, in `words`' language. Identifiers (EID, IMEI, ICCID)
 * and contact details are written out only where the form has no box of their own; the activation
 * code only when the person asked for it.
 */
export function composeMessageIn(
  words: MessageWords,
  data: FillData,
  present: ReadonlySet<FieldKey>,
  options: ComposeOptions = {},
): { subject: string; description: string } {
  const t = words.message;
  const v = data.values;
  const order = v.orderNumber?.trim();
  const subject = (order ? `${t.subject} – ${t.order} ${order}` : t.request).slice(0, SUBJECT_MAX);

  const missing = (...fields: FieldKey[]) => !fields.some((field) => present.has(field));
  const lines: string[] = [];
  const line = (label: string, value: string | undefined) => {
    if (value?.trim()) lines.push(`${label}${t.colon}${value.trim()}`);
  };
  if (data.reason && data.reason !== 'other') line(t.labels.reason, words.reasons[data.reason]);
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
