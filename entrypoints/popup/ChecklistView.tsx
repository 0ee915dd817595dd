import './journey.css';
import type { Carrier } from '../../src/carriers';
import { detailsChecklist, profileKeyOf, QUICK_CHECKS, type QuickCheck } from '../../src/journey/checklist';
import { channelsFor, contactKey } from '../../src/journey/contact';
import { LABELS } from '../../src/popup/form-fields';
import { type MessageName, t } from '../../src/popup/i18n';
import type { FieldKey } from '../../src/profile/fields';
import type { Profile, ProfileKey } from '../../src/profile/schema';
import { ChannelList, useContacts } from './Channels';

interface Props {
  /** The saved profile: what it holds and its carrier. */
  profile: Profile;
  /** Its registry carrier, if it has one. */
  carrier: Carrier | undefined;
  /** Opens the details form, at the box of the first detail still empty when there is one. */
  onEditProfile(key?: ProfileKey): void;
}

const CHECK_MESSAGES: Record<'ios' | 'android', Record<QuickCheck, MessageName>> = {
  ios: {
    restart: 'check_ios_restart',
    airplane: 'check_ios_airplane',
    listed: 'check_ios_listed',
    roaming: 'check_ios_roaming',
  },
  android: {
    restart: 'check_android_restart',
    airplane: 'check_android_airplane',
    listed: 'check_android_listed',
    roaming: 'check_android_roaming',
  },
};

/** A detail's name as the details form calls it. */
const detailLabel = (field: FieldKey): string => {
  if (field === 'fullName') return t('detail_full_name');
  const key = profileKeyOf(field);
  return key ? t(LABELS[key]) : field;
};

/**
 * Start a request: the quick checks first, then what the carrier will ask for (and what the details
 * still lack, with a way to fill it in), then how to reach the carrier.
 */
export function ChecklistView({ profile, carrier, onEditProfile }: Props) {
  const key = contactKey(profile);
  const [mine] = useContacts(key);
  const details = detailsChecklist(profile, carrier).filter(
    (detail) => detail.field !== 'subject' && detail.field !== 'description',
  );
  const missing = details.filter((detail) => !detail.filled);
  const name = carrier?.name ?? (profile.carrierId === 'other' ? profile.carrierOtherName.trim() : '');
  const channels = channelsFor(carrier, mine);

  return (
    <section class="journey checklist" aria-labelledby="check-title">
      <h2 id="check-title" class="view-title">
        {t('check_title')}
      </h2>
      <div class="card">
        <p class="hint">{t('check_intro')}</p>
        {(['ios', 'android'] as const).map((system) => (
          <div key={system}>
            <h3>{t(system === 'ios' ? 'os_ios' : 'os_android')}</h3>
            <ol class="steps">
              {QUICK_CHECKS[system].map((check) => (
                <li key={check}>{t(CHECK_MESSAGES[system][check])}</li>
              ))}
            </ol>
          </div>
        ))}
        <p class="message warning">{t('check_keep_line')}</p>
      </div>

      <div class="card">
        <h3>{name ? t('check_wants_title', name) : t('check_wants_generic')}</h3>
        <ul class="entries" data-testid="check-details">
          {details.map((detail) => (
            <li key={detail.field} class={detail.filled ? 'is-filled' : 'is-missing'}>
              <span class="entry-label">{detailLabel(detail.field)}</span>
              <span class="entry-value">{detail.filled ? `✓ ${t('check_filled')}` : t('check_missing')}</span>
            </li>
          ))}
        </ul>
        <p class="hint">{missing.length ? t('check_some_missing') : t('check_all_there')}</p>
        <div class="actions">
          <button
            type="button"
            class={`button small${missing.length ? ' primary' : ''}`}
            onClick={() => onEditProfile(missing[0] ? profileKeyOf(missing[0].field) : undefined)}
          >
            {t('check_edit_profile')}
          </button>
        </div>
      </div>

      {key ? (
        <div class="card">
          <h3>{name ? t('contact_channels_title', name) : t('contact_channels_generic')}</h3>
          {channels.some((channel) => channel.status !== 'unconfirmed') ? null : (
            <p class="hint">{t('contact_none')}</p>
          )}
          <ChannelList channels={channels} />
        </div>
      ) : (
        <p class="banner notice">{t('check_no_carrier')}</p>
      )}
    </section>
  );
}
