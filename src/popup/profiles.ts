// What the popup says about the person's profiles: their names in the picker, which details the
// chosen carrier needs, and the view the popup opens on.
import { getCarrier } from '../carriers';
import { profileKeyOf, wantedDetails } from '../journey/checklist';
import { type ProfileEntry, profileTitle } from '../profile/collection';
import type { ProfileKey } from '../profile/schema';
import { t } from './i18n';

/** A profile's name in the picker: its label, else carrier and person, else "Profile 2" by its place. */
export const profileName = (entry: Pick<ProfileEntry, 'label' | 'profile'>, index: number): string =>
  profileTitle(entry) || t('profile_untitled', String(index + 1));

/** The profile boxes a wanted detail is typed in (a full name: both name boxes). */
function keysOf(field: Parameters<typeof profileKeyOf>[0]): ProfileKey[] {
  if (field === 'fullName' || field === 'givenName' || field === 'familyName')
    return ['givenName', 'familyName'];
  const key = profileKeyOf(field);
  return key ? [key] : [];
}

export interface FieldNeeds {
  /** The boxes the carrier asks for (its `wants`, or the usual list when it has none). */
  needed: ReadonlySet<ProfileKey>;
  /** The registry carrier's name; undefined when none is chosen or it is typed by hand. */
  carrierName?: string;
}

/** Which boxes of the form the carrier `carrierId` needs; every other box is optional. */
export function fieldNeeds(carrierId: string): FieldNeeds {
  const carrier = getCarrier(carrierId);
  const needed = new Set(wantedDetails(carrier).flatMap(keysOf));
  return carrier ? { needed, carrierName: carrier.name } : { needed };
}

/** The word beside a box: "needed" or "optional". */
export const needText = (needs: FieldNeeds, key: ProfileKey): string =>
  t(needs.needed.has(key) ? 'field_needed' : 'optional');

/** The line above the form that says whose list "needed" follows. */
export const needsNote = (needs: FieldNeeds): string =>
  needs.carrierName ? t('field_needs_note', needs.carrierName) : t('field_needs_note_usual');
