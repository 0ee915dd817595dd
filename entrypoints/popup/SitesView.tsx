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

type Note =
  | { kind: 'removed'; origin: string }
  | { kind: 'denied'; origin: string }
  | { kind: 'failed' }
  | null;

/**
 * Whether the browser grants this site's origin (a site restored from a backup may not have it yet);
 * null while asked, or when the browser cannot say. Kept current as permissions come and go.
 */
function useGranted(origin: string): [boolean | null, (granted: boolean) => void] {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    const check = () => {
      try {
        void browser.permissions.contains({ origins: [siteMatchPattern(origin)] }).then(
          (yes) => live && setGranted(yes),
          () => live && setGranted(null),
        );
      } catch {
        setGranted(null);
      }
    };
    const events = [browser.permissions?.onAdded, browser.permissions?.onRemoved];
    check();
    try {
      for (const event of events) event?.addListener(check);
    } catch {
      // A browser without these events: the state is read once.
    }
    return () => {
      live = false;
      try {
        for (const event of events) event?.removeListener(check);
      } catch {
        // Nothing was added.
      }
    };
  }, [origin]);
  return [granted, setGranted];
}

/** One added site: where, for which carrier, its own automatic-fill switch, and Remove. */
function AddedSiteRow({
  site,
  index,
  onRemove,
  onFailed,
  onDenied,
}: {
  site: AddedSite;
  index: number;
  onRemove(site: AddedSite): void;
  onFailed(): void;
  onDenied(site: AddedSite): void;
}) {
  const [on, setOn] = useState(site.autoFill);
  const [granted, setGranted] = useGranted(site.origin);
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

  const onGrant = () => {
    // First thing, with no await before it: the browser only asks the person during a click.
    const asked = browser.permissions.request({ origins: [siteMatchPattern(site.origin)] });
    void (async () => {
      try {
        if (!(await asked)) return onDenied(site);
        setGranted(true);
        await tellSitesChanged();
      } catch {
        onFailed();
      }
    })();
  };

  return (
    <li class="site">
      <div class="site-head">
        <span class="site-host" id={hostId}>
          {host}
        </span>
        <span class="site-carrier">{t('site_for_carrier', site.carrierName)}</span>
      </div>
      {granted === false ? (
        <div class="site-permission">
          <span class="site-needs">{t('site_needs_permission')}</span>
          <button
            type="button"
            class="button small"
            aria-label={t('site_grant_named', host)}
            onClick={onGrant}
          >
            {t('site_grant')}
          </button>
        </div>
      ) : null}
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
                onDenied={(denied) => setNote({ kind: 'denied', origin: denied.origin })}
              />
            ))}
          </ul>
        )}
        <p
          role="status"
          class={`outcome${note?.kind === 'failed' || note?.kind === 'denied' ? ' error' : ''}`}
        >
          {note?.kind === 'removed'
            ? t('site_removed', siteHost(note.origin))
            : note?.kind === 'denied'
              ? t('site_grant_denied', siteHost(note.origin))
              : note?.kind === 'failed'
                ? t('sites_change_failed')
                : ''}
        </p>
      </section>
    </div>
  );
}
