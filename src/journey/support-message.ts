// "Write to support": the replacement request written in the carrier's language, the very message a
// support form's description box gets (src/profile/compose-in.ts), opened as a mailto: link or copied
// for a chat. The activation code goes in only when the person ticks it in. The caller gives that
// language's pack (the popup loads only the one it writes in).
import type { Carrier } from '../carriers/types';
import type { LanguagePack, PageLanguage } from '../lang';
import { composeMessageIn, type MessageWords, safeNotes } from '../profile/compose-in';
import type { FieldKey } from '../profile/fields';
import { toFillData } from '../profile/fill-data';
import type { Profile } from '../profile/schema';
import { encodeAddress } from './contact';

export interface SupportMessage {
  lang: PageLanguage;
  subject: string;
  body: string;
}

/** The language a carrier reads: the first of its `languages`; `fallback` for a carrier outside the registry. */
export const supportLanguage = (carrier: Pick<Carrier, 'languages'> | undefined, fallback: PageLanguage) =>
  carrier?.languages[0] ?? fallback;

export interface SupportMessageOptions {
  /** Write the activation code too (off unless the person ticks it in). */
  activationCode?: boolean;
  /** How an identifier is shown (the popup's preview masks them; the sent text carries them whole). */
  mask?: (field: FieldKey, value: string) => string;
}

/** What writing in a language needs of its pack: its code, message and reasons. */
export type SupportWords = MessageWords & Pick<LanguagePack<PageLanguage>, 'code'>;

const IDENTIFIERS = ['activationCode', 'eid', 'imei', 'iccid'] as const;

/**
 * Subject and body of the request in `words`' language: the reason, device, order number, EID,
 * IMEI, ICCID, the person's name, e-mail and phone, their notes (never the activation code in them).
 */
export function composeSupportMessage(
  profile: Profile,
  words: SupportWords,
  { activationCode = false, mask }: SupportMessageOptions = {},
): SupportMessage {
  const lang = words.code;
  const data = toFillData(profile);
  if (mask) {
    const values = { ...data.values };
    for (const key of IDENTIFIERS) {
      const value = values[key];
      if (value) values[key] = mask(key, value);
    }
    // The notes are cleaned of the code by its real value, before the value is masked.
    const shown = composeMessageIn(words, { ...data, values, notes: safeNotes(data) }, new Set(), {
      activationCode,
    });
    return { lang, subject: shown.subject, body: shown.description };
  }
  const { subject, description } = composeMessageIn(words, data, new Set(), { activationCode });
  return { lang, subject, body: description };
}

/**
 * A mailto: link (RFC 6068) with the subject and body percent-encoded, line breaks as CRLF; `to` may
 * be empty (the person's mail program then asks for the address).
 */
export function mailtoHref(
  to: string | undefined,
  message: Pick<SupportMessage, 'subject' | 'body'>,
): string {
  const body = message.body.replace(/\r?\n/g, '\r\n');
  return `mailto:${to ? encodeAddress(to) : ''}?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(body)}`;
}

/** The text copied for a chat (no subject line there): the body alone. */
export const chatText = (message: Pick<SupportMessage, 'body'>): string => message.body;
