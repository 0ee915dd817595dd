import { useState } from 'preact/hooks';
import { chatMessageFor } from '../../src/popup/chat-message';
import { t, uiLanguage } from '../../src/popup/i18n';
import { usePack } from '../../src/popup/language-packs';
import type { Profile } from '../../src/profile/schema';

type CopyState = 'idle' | 'copied' | 'failed';

/** Chat-only support pages get no fill: a prepared message to paste instead. */
export function ChatMessage({ profile }: { profile: Profile }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  // The message is written in the popup's language, its pack loaded on first need.
  const pack = usePack(uiLanguage());
  if (!pack) return null;
  const shown = chatMessageFor(profile, pack, { mask: true });

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(chatMessageFor(profile, pack, { mask: false }));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div class="chat">
      <h3 id="chat-title">{t('chat_title')}</h3>
      <p class="hint">{t('chat_intro')}</p>
      <textarea
        class="chat-message"
        readOnly
        rows={7}
        value={shown}
        aria-labelledby="chat-title"
        aria-describedby="chat-masked-note"
      />
      <p id="chat-masked-note" class="hint">
        {t('chat_masked_note')}
      </p>
      <div class="actions">
        <button type="button" class="button primary small" onClick={onCopy}>
          {t('chat_copy')}
        </button>
        <span role="status" class={`copy-state is-${copy}`}>
          {copy === 'copied' ? t('chat_copied') : copy === 'failed' ? t('chat_copy_failed') : ''}
        </span>
      </div>
    </div>
  );
}
