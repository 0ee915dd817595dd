import type { FillData } from '../messaging/protocol';
import { composeMessageIn, type MessageWords } from '../profile/compose-in';
import { toFillData } from '../profile/fill-data';
import type { Profile } from '../profile/schema';
import { maskValue } from './mask';

const SECRET_VALUES = ['activationCode', 'eid', 'imei', 'iccid'] as const;

/**
 * The message for a chat-only support page, written by the engine's composer (the same text a form's
 * description box would get, everything but the activation code) in `words`' language: the popup's,
 * its pack loaded by language-packs.ts. `mask` hides the identifiers for display; the copied text
 * carries them in full, since the carrier needs them.
 */
export function chatMessageFor(profile: Profile, words: MessageWords, { mask }: { mask: boolean }): string {
  const data = toFillData(profile);
  const compose = (fill: FillData) => composeMessageIn(words, fill, new Set()).description;
  if (!mask) return compose(data);
  const values: FillData['values'] = { ...data.values };
  for (const key of SECRET_VALUES) {
    const value = values[key];
    if (value) values[key] = maskValue(key, value);
  }
  return compose({ ...data, values });
}
