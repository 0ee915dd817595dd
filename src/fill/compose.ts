import type { PageLanguage } from '../lang';
import type { FillData } from '../messaging/protocol';
import { composeMessage } from '../profile/compose';

// The text itself lives in src/profile/compose.ts, where the popup's "Write to support" reads it too.
export { type ComposeOptions, composeMessage, REASON_TEXT, SUBJECT_MAX } from '../profile/compose';

/** A message to paste into a chat (Intercom, WhatsApp): everything but the activation code. */
export const composeChatMessage = (data: FillData, lang: PageLanguage): string =>
  composeMessage(data, lang, new Set()).description;
