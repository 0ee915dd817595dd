import { ERROR_MESSAGES_EN, type MessageCode, messageKeyFor } from '../profile/messages';
import type { FieldStatus } from '../profile/validate';
import { tAny } from './i18n';

/** Text for an error or warning code in the UI language (English if a locale lacks it). */
const codeMessage = (code: MessageCode): string => tAny(messageKeyFor(code)) || ERROR_MESSAGES_EN[code];

/** What to show under a field: its error, its warning, or nothing. */
export function statusMessage(status: FieldStatus | undefined): string | null {
  if (status?.state === 'invalid') return codeMessage(status.error);
  if (status?.state === 'valid' && status.warning) return codeMessage(status.warning);
  return null;
}
