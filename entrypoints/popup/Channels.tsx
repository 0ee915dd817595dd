// A carrier's support channels as a list, and the person's own channels for a carrier: shared by the
// Support view and Before asking (apart from the Support view, which loads on first use).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type Channel, channelHref, loadContacts, type UserChannel } from '../../src/journey/contact';
import { t } from '../../src/popup/i18n';
import { loadPhoneChecks } from '../../src/profile/phone-check';

/** The person's own channels for the profile's carrier, kept up to date after each change. */
export function useContacts(key: string): [UserChannel[], () => Promise<void>] {
  const [mine, setMine] = useState<UserChannel[]>([]);
  const reload = useCallback(async () => {
    setMine(key ? await loadContacts(key) : []);
  }, [key]);
  useEffect(() => {
    // Phone channels are checked with the phone library, loaded for this view only: shown again once it is.
    void reload().then(() => loadPhoneChecks().then(reload));
  }, [reload]);
  return [mine, reload];
}

export const KIND_LABEL = {
  webForm: 'contact_kind_webForm',
  email: 'contact_kind_email',
  phone: 'contact_kind_phone',
  chat: 'contact_kind_chat',
} as const;

/**
 * A carrier's channels: confirmed ones as links, unconfirmed ones as plain text with a warning (never
 * presented as official), the person's own marked as theirs (removable when `onRemove` is given).
 */
export function ChannelList({
  channels,
  onRemove,
}: {
  channels: readonly Channel[];
  onRemove?(channel: Channel): void;
}) {
  return (
    <ul class="channels" data-testid="channels">
      {channels.map((channel) => {
        const href = channel.status === 'unconfirmed' ? undefined : channelHref(channel);
        const external = href?.startsWith('http');
        return (
          <li key={`${channel.kind} ${channel.value}`} class={`channel is-${channel.status}`}>
            <div class="channel-head">
              <span class="channel-kind">{t(KIND_LABEL[channel.kind])}</span>
              <span class={`badge is-${channel.status}`}>
                {channel.status === 'official'
                  ? t('contact_official')
                  : channel.status === 'unconfirmed'
                    ? t('contact_unconfirmed')
                    : t('contact_yours')}
              </span>
            </div>
            <div class="channel-value">
              {href ? (
                <a
                  href={href}
                  target={external ? '_blank' : undefined}
                  rel={external ? 'noreferrer' : undefined}
                >
                  {channel.value}
                </a>
              ) : (
                <span>{channel.value}</span>
              )}
              {onRemove && channel.status === 'yours' ? (
                <button
                  type="button"
                  class="button small"
                  aria-label={t('contact_remove_named', channel.value)}
                  onClick={() => onRemove(channel)}
                >
                  {t('contact_remove')}
                </button>
              ) : null}
            </div>
            {channel.status === 'unconfirmed' ? (
              <p class="message warning">{t('contact_unconfirmed_note')}</p>
            ) : null}
            {channel.note && channel.status !== 'unconfirmed' ? <p class="hint">{channel.note}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
