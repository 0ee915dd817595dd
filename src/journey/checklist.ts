// Before asking for a replacement: the quick checks that often bring a line back, then the details
// the carrier will want (src/carriers/data/*.ts `wants`) and which of them the saved profile still
// lacks. Pure: the popup's ChecklistView shows it.
import type { Carrier } from '../carriers/types';
import type { FieldKey } from '../profile/fields';
import { toFillData } from '../profile/fill-data';
import type { Profile, ProfileKey } from '../profile/schema';

/** What a carrier without its own list is asked for. */
export const DEFAULT_WANTS: readonly FieldKey[] = [
  'fullName',
  'email',
  'phone',
  'orderNumber',
  'deviceModel',
  'eid',
];

/** The details this carrier will want, in its own order. */
export const wantedDetails = (carrier: Pick<Carrier, 'wants'> | undefined): readonly FieldKey[] =>
  carrier?.wants?.length ? carrier.wants : DEFAULT_WANTS;

/** The quick checks, in the order to try them, per phone system; each is one message in the popup. */
export const QUICK_CHECKS = {
  ios: ['restart', 'airplane', 'listed', 'roaming'],
  android: ['restart', 'airplane', 'listed', 'roaming'],
} as const;
export type PhoneSystem = keyof typeof QUICK_CHECKS;
export type QuickCheck = (typeof QUICK_CHECKS)[PhoneSystem][number];

/** The profile box where a detail is typed (a full name: the first name box). */
export function profileKeyOf(field: FieldKey): ProfileKey | undefined {
  switch (field) {
    case 'fullName':
      return 'givenName';
    case 'phoneCountryCode':
    case 'phoneNational':
      return 'phone';
    case 'carrier':
      return 'carrierId';
    case 'subject':
    case 'description':
      return undefined;
    default:
      return field;
  }
}

export interface DetailState {
  field: FieldKey;
  /** Saved, and valid (the profile never stores an invalid identifier). */
  filled: boolean;
}

/**
 * Each detail the carrier wants and whether the saved profile has it. A detail is there when the
 * profile gives forms a value for it (src/profile/fill-data.ts): a full name from either name part, a
 * carrier typed as "other" by its name; a subject or description is written by ReSIM itself.
 */
export function detailsChecklist(
  profile: Profile,
  carrier: Pick<Carrier, 'wants'> | undefined,
): DetailState[] {
  const data = toFillData(profile);
  return wantedDetails(carrier).map((field) => {
    if (field === 'subject' || field === 'description') return { field, filled: true };
    if (field === 'reason') return { field, filled: data.reason !== '' };
    return { field, filled: !!data.values[field] };
  });
}

/** The details the carrier wants that the saved profile still lacks. */
export const missingDetails = (profile: Profile, carrier: Pick<Carrier, 'wants'> | undefined): FieldKey[] =>
  detailsChecklist(profile, carrier)
    .filter((detail) => !detail.filled)
    .map((detail) => detail.field);
