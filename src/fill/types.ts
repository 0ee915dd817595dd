import type { FieldKey, Reason } from '../profile/fields';

/**
 * What the content script receives for one page: only what the policy allowed, already formatted
 * (phone as E.164 and split, carrier display name). Subject/description are composed on the page,
 * in the page's language, from these values.
 */
export interface FillData {
  values: Partial<Record<Exclude<FieldKey, 'subject' | 'description' | 'reason'>, string>>;
  reason: Reason | '';
  notes: string;
  /** Other names of the carrier (brands), so a carrier select offering "Mobilis" is matched too. */
  carrierAliases?: readonly string[];
}
