import { composeChatMessage } from '../fill/compose';
import type { FillData } from '../messaging/protocol';
import { toFillData } from '../profile/fill-data';
import type { Profile } from '../profile/schema';
import type { UiLanguage } from './i18n';
import { maskValue } from './mask';

const SECRET_VALUES = ['activationCode', 'eid', 'imei', 'iccid'] as const;

/**
 * The message for a chat-only support page, written by the engine's composer (the same text a form's
 * description box would get) in the popup's language. `mask` hides the identifiers for display; the
 * copied text carries them in full, since the carrier needs them.
 */
export function chatMessageFor(profile: Profile, lang: UiLanguage, { mask }: { mask: boolean }): string {
  const data = toFillData(profile);
  if (!mask) return composeChatMessage(data, lang);
  const values: FillData['values'] = { ...data.values };
  for (const key of SECRET_VALUES) {
    const value = values[key];
    if (value) values[key] = maskValue(key, value);
  }
  return composeChatMessage({ ...data, values }, lang);
}
