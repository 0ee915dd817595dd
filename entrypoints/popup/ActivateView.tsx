import './journey.css';
import { useEffect, useState } from 'preact/hooks';
import { type ActivationResult, parseNewActivation, setupLinks } from '../../src/journey/activation';
import {
  type CodeHistoryEntry,
  keepActivationCode,
  loadCodeHistory,
  type ProfileStore,
} from '../../src/journey/code-history';
import { decodeQrImage } from '../../src/journey/qr';
import { documentLanguage, type MessageName, t, tAny } from '../../src/popup/i18n';
import { maskValue } from '../../src/popup/mask';
import type { Profile } from '../../src/profile/schema';
import { CopyButton, CopyStatus, useCopy } from './CopyButton';

interface Props {
  /** The profile whose activation code "Keep" replaces. */
  profileId: string;
  /** Where that profile is read and saved. */
  store: ProfileStore;
  /** After a code was kept: the profile as now saved (the details form shows it). */
  onKept?(saved: Profile): void;
}

type ImageState = 'idle' | 'reading' | 'unreadable' | 'noCode';
type KeepState = 'idle' | 'saving' | 'kept' | 'keptFirst' | 'same' | 'failed';

const IOS_STEPS: MessageName[] = ['act_ios_step1', 'act_ios_step2', 'act_ios_step3'];
const ANDROID_STEPS: MessageName[] = ['act_android_step1', 'act_android_step2', 'act_android_step3'];

const formatDate = (ms: number): string => {
  try {
    return new Intl.DateTimeFormat(documentLanguage(), { dateStyle: 'medium' }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
};

/**
 * Activate the new eSIM: paste the code or pick its QR image (read here, never sent), see the SM-DP+
 * address and the activation code with Copy buttons, the iPhone and Android steps, and keep the code
 * as the profile's (the old one goes to the history).
 */
export function ActivateView({ profileId, store, onKept }: Props) {
  const [text, setText] = useState('');
  const [image, setImage] = useState<ImageState>('idle');
  const [fileName, setFileName] = useState('');
  const [keep, setKeep] = useState<KeepState>('idle');
  const [history, setHistory] = useState<CodeHistoryEntry[]>([]);
  const [copyState, copy] = useCopy();

  useEffect(() => {
    let live = true;
    void loadCodeHistory(profileId).then((entries) => {
      if (live) setHistory(entries);
    });
    return () => {
      live = false;
    };
  }, [profileId]);

  // A QR code read from an image is judged even when empty ("holds no text"); a paste once typed.
  const result: ActivationResult | null = text.trim() || fileName ? parseNewActivation(text) : null;
  const activation = result?.ok ? result.value : null;

  const show = (next: string) => {
    setText(next);
    setKeep('idle');
  };

  const onPaste = (event: Event) => {
    setImage('idle');
    setFileName('');
    show((event.currentTarget as HTMLTextAreaElement).value);
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setImage('reading');
    setFileName(file.name);
    const read = await decodeQrImage(file);
    // The same file picked again must fire a change event again.
    input.value = '';
    if (!read.ok) {
      setImage(read.error);
      setFileName('');
      show('');
      return;
    }
    setImage('idle');
    show(read.text);
  };

  const onKeep = async () => {
    if (!activation) return;
    setKeep('saving');
    try {
      const kept = await keepActivationCode(profileId, activation, store);
      if (!kept.kept) {
        setKeep(kept.reason === 'same' ? 'same' : 'failed');
        return;
      }
      setKeep(kept.previous ? 'kept' : 'keptFirst');
      setHistory(await loadCodeHistory(profileId));
      onKept?.(kept.saved);
    } catch {
      setKeep('failed');
    }
  };

  const error = result && !result.ok ? result.error : null;
  const links = activation ? setupLinks(activation) : null;

  return (
    <section class="journey activate" aria-labelledby="act-title">
      <h2 id="act-title" class="view-title">
        {t('act_title')}
      </h2>
      <p class="hint">{t('act_intro')}</p>

      <div class="card">
        <div class="field">
          <label for="act-paste">{t('act_paste_label')}</label>
          <textarea
            id="act-paste"
            class="identifier"
            rows={3}
            value={text}
            spellcheck={false}
            autocomplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'act-error' : undefined}
            onInput={onPaste}
          />
        </div>
        <div class="field">
          <label for="act-image" class="file-pick">
            {t('act_choose_image')}
          </label>
          <input id="act-image" type="file" accept="image/*" onChange={(event) => void onFile(event)} />
        </div>
        <p class="message" role="status">
          {image === 'reading'
            ? t('act_reading')
            : activation && fileName
              ? t('act_from_image', fileName)
              : ''}
        </p>
        {image === 'unreadable' || image === 'noCode' ? (
          <p id="act-error" class="message error" role="alert">
            {t(image === 'unreadable' ? 'act_err_unreadable' : 'act_err_noCode')}
          </p>
        ) : error ? (
          <p id="act-error" class="message error" role="alert">
            {tAny(`act_err_${error}`) || t('act_err_notLpa')}
          </p>
        ) : null}
      </div>

      {activation && links ? (
        <>
          <div class="card act-result" data-testid="act-result">
            <dl class="act-values">
              <div>
                <dt>{t('act_smdp')}</dt>
                <dd>
                  <code data-testid="act-smdp">{activation.smdp}</code>
                  <CopyButton text={activation.smdp} what={t('act_smdp')} onCopy={copy} />
                </dd>
              </div>
              <div>
                <dt>{t('act_code')}</dt>
                <dd>
                  {activation.matchingId ? (
                    <>
                      <code data-testid="act-code">{activation.matchingId}</code>
                      <CopyButton text={activation.matchingId} what={t('act_code')} onCopy={copy} />
                    </>
                  ) : (
                    <span data-testid="act-code" class="hint">
                      {t('act_code_empty')}
                    </span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('act_whole')}</dt>
                <dd>
                  <code data-testid="act-whole">{activation.raw}</code>
                  <CopyButton text={activation.raw} what={t('act_whole')} onCopy={copy} />
                </dd>
              </div>
            </dl>
            <CopyStatus state={copyState} />
            {activation.confirmationRequired ? <p class="message warning">{t('act_confirmation')}</p> : null}
          </div>

          <div class="banner warning" role="note">
            <p>{t('act_once')}</p>
          </div>

          <div class="card">
            <h3>{t('os_ios')}</h3>
            <ol class="steps">
              {IOS_STEPS.map((step) => (
                <li key={step}>{t(step)}</li>
              ))}
            </ol>
            <h3>{t('os_android')}</h3>
            <ol class="steps">
              {ANDROID_STEPS.map((step) => (
                <li key={step}>{t(step)}</li>
              ))}
            </ol>
            <p class="hint">{t('act_setup_links')}</p>
            <div class="actions">
              <CopyButton text={links.ios} label={t('act_copy_ios_link')} onCopy={copy} />
              <CopyButton text={links.android} label={t('act_copy_android_link')} onCopy={copy} />
            </div>
          </div>

          <div class="actions">
            <button
              type="button"
              class="button primary"
              disabled={keep === 'saving'}
              onClick={() => void onKeep()}
            >
              {t('act_keep')}
            </button>
          </div>
        </>
      ) : null}
      <p class={`outcome${keep === 'failed' ? ' error' : ''}`} role="status" data-testid="act-keep-state">
        {keep === 'kept'
          ? t('act_kept')
          : keep === 'keptFirst'
            ? t('act_kept_first')
            : keep === 'same'
              ? t('act_same')
              : keep === 'failed'
                ? t('act_keep_failed')
                : ''}
      </p>

      {history.length ? (
        <div class="card">
          <h3>{t('act_history_title')}</h3>
          <ul class="entries" data-testid="act-history">
            {history.map((entry) => (
              <li key={`${entry.replacedAt}-${entry.code.slice(-4)}`}>
                {t('act_history_item', [
                  maskValue('activationCode', entry.code),
                  formatDate(entry.replacedAt),
                ])}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
