import './journey.css';
import { useState } from 'preact/hooks';
import type { Carrier } from '../../src/carriers';
import {
  addContact,
  CHANNEL_KINDS,
  type Channel,
  type ChannelError,
  type ChannelKind,
  channelsFor,
  contactKey,
  removeContact,
  supportAddress,
} from '../../src/journey/contact';
import {
  chatText,
  composeSupportMessage,
  mailtoHref,
  supportLanguage,
} from '../../src/journey/support-message';
import { LANGUAGE_NAMES } from '../../src/lang/names';
import { t, uiLanguage } from '../../src/popup/i18n';
import { usePack } from '../../src/popup/language-packs';
import { maskValue } from '../../src/popup/mask';
import type { Profile } from '../../src/profile/schema';
import { ChannelList, KIND_LABEL, useContacts } from './Channels';
import { CopyStatus, useCopy } from './CopyButton';

const ERROR_MESSAGES = {
  empty: 'contact_err_empty',
  email: 'contact_err_email',
  phone: 'contact_err_phone',
  url: 'contact_err_url',
} as const satisfies Record<ChannelError, string>;

/** Adds a channel the person uses (a number from the carrier's letter, a support address). */
function AddChannel({ contactId, onAdded }: { contactId: string; onAdded(): void }) {
  const [kind, setKind] = useState<ChannelKind>('email');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ChannelError | null>(null);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    try {
      await addContact(contactId, { kind, value, note });
      setValue('');
      setNote('');
      setError(null);
      onAdded();
    } catch (problem) {
      const code = problem instanceof TypeError ? problem.message : '';
      setError(code in ERROR_MESSAGES ? (code as ChannelError) : 'empty');
    }
  };

  return (
    <form class="add-channel" noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3>{t('contact_add_title')}</h3>
      <div class="row">
        <div class="field">
          <label for="contact-kind">{t('contact_add_kind')}</label>
          <select
            id="contact-kind"
            value={kind}
            onChange={(event) => setKind((event.currentTarget as HTMLSelectElement).value as ChannelKind)}
          >
            {CHANNEL_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(KIND_LABEL[option])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <div class="label-row">
            <label for="contact-note">{t('contact_add_note')}</label>
            <span class="optional">{t('optional')}</span>
          </div>
          <input
            id="contact-note"
            value={note}
            maxLength={200}
            onInput={(event) => setNote((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
      </div>
      <div class={`field${error ? ' is-invalid' : ''}`}>
        <label for="contact-value">{t('contact_add_value')}</label>
        <input
          id="contact-value"
          value={value}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'contact-value-error' : undefined}
          onInput={(event) => {
            setValue((event.currentTarget as HTMLInputElement).value);
            setError(null);
          }}
        />
        {error ? (
          <p id="contact-value-error" class="message error">
            {t(ERROR_MESSAGES[error])}
          </p>
        ) : null}
      </div>
      <div class="actions">
        <button type="submit" class="button small">
          {t('contact_add')}
        </button>
      </div>
    </form>
  );
}

/** "Write to support": the request in the carrier's language, as an e-mail or copied for a chat. */
function WriteToSupport({
  profile,
  carrier,
  channels,
}: {
  profile: Profile;
  carrier?: Carrier;
  channels: Channel[];
}) {
  const [withCode, setWithCode] = useState(false);
  const [copyState, copy] = useCopy();
  // The carrier's language pack, loaded for this message (the title shows meanwhile).
  const pack = usePack(supportLanguage(carrier, uiLanguage()));
  const title = <h3 id="write-title">{t('contact_write_title')}</h3>;
  if (!pack) return <div class="card write-support">{title}</div>;
  const lang = pack.code;
  const hasCode = profile.activationCode.trim() !== '';
  const options = { activationCode: withCode && hasCode };
  const message = composeSupportMessage(profile, pack, options);
  const shown = composeSupportMessage(profile, pack, { ...options, mask: maskValue });
  const address = supportAddress(channels);
  const href = mailtoHref(address, message);

  return (
    <div class="card write-support">
      {title}
      <p class="hint">{t('contact_write_intro', LANGUAGE_NAMES[pack.code])}</p>
      <textarea
        class="chat-message"
        readOnly
        rows={8}
        lang={lang}
        value={`${shown.subject}\n\n${shown.body}`}
        aria-labelledby="write-title"
        aria-describedby="write-masked-note"
        data-testid="support-preview"
      />
      <p id="write-masked-note" class="hint">
        {t('contact_masked_note')}
      </p>
      <div class="switch-row include-code">
        <input
          id="include-code"
          type="checkbox"
          checked={withCode && hasCode}
          disabled={!hasCode}
          aria-describedby="include-code-hint"
          onChange={(event) => setWithCode((event.currentTarget as HTMLInputElement).checked)}
        />
        <label for="include-code">{t('contact_include_code')}</label>
      </div>
      <p id="include-code-hint" class="hint">
        {t('contact_include_code_hint')}
      </p>
      <div class="actions">
        <a class="button primary small" href={href} data-testid="support-mailto">
          {address ? t('contact_open_mail_to', address) : t('contact_open_mail')}
        </a>
        <button type="button" class="button small" onClick={() => void copy(chatText(message))}>
          {t('contact_copy_message')}
        </button>
        <CopyStatus state={copyState} />
      </div>
      {address ? null : <p class="hint">{t('contact_no_address')}</p>}
    </div>
  );
}

interface Props {
  /** The saved profile: its carrier, details and identifiers. */
  profile: Profile;
  /** Its registry carrier, if it has one. */
  carrier: Carrier | undefined;
}

/** Contact support: the carrier's channels, the person's own, and Write to support. */
export function ContactView({ profile, carrier }: Props) {
  const key = contactKey(profile);
  const [mine, reload] = useContacts(key);
  const channels = channelsFor(carrier, mine);
  const name = carrier?.name ?? (profile.carrierId === 'other' ? profile.carrierOtherName.trim() : '');

  return (
    <section class="journey contact" aria-labelledby="contact-title">
      <h2 id="contact-title" class="view-title">
        {t('contact_title')}
      </h2>
      {key ? (
        <div class="card">
          <h3>{name ? t('contact_channels_title', name) : t('contact_channels_generic')}</h3>
          {channels.some((channel) => channel.status !== 'unconfirmed') ? null : (
            <p class="hint">{t('contact_none')}</p>
          )}
          <ChannelList
            channels={channels}
            onRemove={(channel) => void removeContact(key, channel).then(reload)}
          />
          <AddChannel contactId={key} onAdded={() => void reload()} />
        </div>
      ) : (
        <p class="banner notice">{t('check_no_carrier')}</p>
      )}
      <WriteToSupport profile={profile} carrier={carrier} channels={channels} />
    </section>
  );
}
