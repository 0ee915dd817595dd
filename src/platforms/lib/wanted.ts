import { REASON_TEXT } from '../../fill/compose';
import { REASON_PATTERNS } from '../../fill/options';
import { type FieldKey, REASONS, type Reason } from '../../profile/fields';

/**
 * What an option must match, from the text the engine hands a writer: for the reason that text is
 * the reason as a person would write it ("Téléphone perdu ou volé"), and option matching works on
 * the reason key ('lost'), whose vocabulary covers every wording and language.
 */
export function wantedFor(field: FieldKey, value: string): string {
  if (field !== 'reason') return value;
  const key: Reason | undefined =
    REASONS.find((reason) => Object.values(REASON_TEXT[reason]).includes(value)) ??
    REASONS.find((reason) => REASON_PATTERNS[reason].test(value.toLowerCase()));
  return key ?? value;
}
