import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Carrier } from '../../src/carriers';
import { type AddedSite, removeSite, setSiteAutoFill, siteMatchPattern } from '../../src/carriers/sites';
import { t } from '../../src/popup/i18n';
import { siteHost, tellSitesChanged } from '../../src/popup/sites';
import { AutofillSwitch } from './AutofillSwitch';

interface Props {
  /** The saved profile's registry carrier, whose domains are built in. */
  carrier: Carrier | undefined;
  /** The added sites (null while they are read). */
  sites: readonly AddedSite[] | null;
}

type Note = { kind: 'removed'; origin: string } | { kind: 'failed' } | null;

/** One added site: where, for which carrier, its own automatic-fill switch, and Remove. */
function AddedSiteRow({
  site,
  index,
  onRemove,
  onFailed,
}: {
  site: AddedSite;
  index: number;
  onRemove(site: AddedSite): void;
  onFailed(): void;
}) {
  const [on, setOn] = useState(site.autoFill);
  // Another popup or the background may change it too: storage has the last word.
  useEffect(() => setOn(site.autoFill), [site.autoFill]);
  const host = siteHost(site.origin);
  const hostId = `site-${index}-host`;
  const switchId = `site-${index}-autofill`;

  const onToggle = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).checked;
    setOn(next);
    void setSiteAutoFill(site.origin, next)
      .then(tellSitesChanged)
      .catch(() => {
        setOn(!next);
        onFailed();
      });
  };

  return (
    <li class="site">
      <div class="site-head">
        <span class="site-host" id={hostId}>
          {host}
        </span>
        <span class="site-carrier">{t('site_for_carrier', site.carrierName)}</span>
      </div>
      <div class="site-controls">
        <div class="switch-row">
          <input
            id={switchId}
            type="checkbox"
            role="switch"
            class="switch"
            checked={on}
            aria-checked={on}
            aria-describedby={hostId}
            onChange={onToggle}
          />
          <label for={switchId}>{t('site_autofill')}</label>
        </div>
        <button
          type="button"
          class="button small"
          aria-label={t('site_remove_named', host)}
          onClick={() => onRemove(site)}
        >
          {t('site_remove')}
        </button>
      </div>
    </li>
  );
}

/**
 * The Sites list: the profile carrier's built-in domains with its automatic-fill switch, then the sites
 * the person added, each with "Fill by itself" and Remove (which also gives the browser access back).
 */
export function SitesView({ carrier, sites }: Props) {
  const [note, setNote] = useState<Note>(null);
  const addedTitle = useRef<HTMLHeadingElement>(null);

  const onRemove = async (site: AddedSite) => {
    setNote(null);
    try {
      // Give the permission back first; the site goes from the list even if the browser refuses.
      await browser.permissions.remove({ origins: [siteMatchPattern(site.origin)] }).catch(() => false);
      await removeSite(site.origin);
      await tellSitesChanged();
      setNote({ kind: 'removed', origin: site.origin });
    } catch {
      setNote({ kind: 'failed' });
    }
    // The row and its button are gone: keep keyboard focus in the list.
    addedTitle.current?.focus();
  };

  return (
    <div class="sites">
      <h2 class="view-title">{t('sites_title')}</h2>
      <section class="card" aria-labelledby="sites-builtin-title">
        {carrier ? (
          <>
            <h3 id="sites-builtin-title">{t('sites_builtin_title', carrier.name)}</h3>
            <ul class="domains" aria-describedby="sites-builtin-hint">
              {carrier.domains.map((domain) => (
                <li key={domain}>{domain}</li>
              ))}
            </ul>
            <p class="hint" id="sites-builtin-hint">
              {t('sites_builtin_hint')}
            </p>
            <AutofillSwitch carrier={carrier} />
          </>
        ) : (
          <>
            <h3 id="sites-builtin-title">{t('sites_builtin_title_none')}</h3>
            <p class="hint">{t('sites_builtin_none')}</p>
          </>
        )}
      </section>
      <section class="card" aria-labelledby="sites-added-title">
        <h3 id="sites-added-title" ref={addedTitle} tabIndex={-1}>
          {t('sites_added_title')}
        </h3>
        {sites === null ? null : sites.length === 0 ? (
          <p class="hint">{t('sites_added_none')}</p>
        ) : (
          <ul class="added-sites" aria-labelledby="sites-added-title">
            {sites.map((site, index) => (
              <AddedSiteRow
                key={site.origin}
                site={site}
                index={index}
                onRemove={(chosen) => void onRemove(chosen)}
                onFailed={() => setNote({ kind: 'failed' })}
              />
            ))}
          </ul>
        )}
        <p role="status" class={`outcome${note?.kind === 'failed' ? ' error' : ''}`}>
          {note?.kind === 'removed'
            ? t('site_removed', siteHost(note.origin))
            : note?.kind === 'failed'
              ? t('sites_change_failed')
              : ''}
        </p>
      </section>
    </div>
  );
}
