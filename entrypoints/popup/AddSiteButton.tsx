import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getCarrier } from '../../src/carriers';
import { type AddedSite, addSite, siteMatchPattern, siteOrigin } from '../../src/carriers/sites';
import { t } from '../../src/popup/i18n';
import { originToAdd, siteHost, tellSitesChanged } from '../../src/popup/sites';
import type { Profile } from '../../src/profile/schema';

interface Props {
  /** The address of the tab behind the popup. */
  url: string | undefined;
  /** The added sites (null while they are read). */
  sites: readonly AddedSite[] | null;
  /** The saved profile: its carrier is the first choice. */
  profile: Profile;
}

type Outcome = { kind: 'added'; origin: string } | { kind: 'denied' } | { kind: 'failed' } | null;

/** The profile's carrier as a site's carrier: a registry carrier, or the name typed under "Other". */
function profileCarrier(profile: Profile): { carrierId: string; carrierName: string } | null {
  const carrier = getCarrier(profile.carrierId);
  if (carrier) return { carrierId: carrier.id, carrierName: carrier.name };
  if (profile.carrierId === 'other' && profile.carrierOtherName) {
    return { carrierId: 'other', carrierName: profile.carrierOtherName };
  }
  return null;
}

/**
 * "Always offer on this site", shown on an https page that is neither a registry carrier's nor added
 * yet: asks the browser for this one origin, then keeps it as a site of the chosen carrier. ReSIM then
 * offers to fill there; filling by itself waits for its own switch (Sites).
 */
export function AddSiteButton({ url, sites, profile }: Props) {
  const origin = url === undefined ? null : siteOrigin(url);
  const mine = profileCarrier(profile);
  const [choice, setChoice] = useState<'profile' | 'other'>(mine ? 'profile' : 'other');
  const [otherName, setOtherName] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const added = outcome?.kind === 'added';
  // The button goes once the site is added: keyboard focus moves to the line that says so.
  useEffect(() => {
    if (added) statusRef.current?.focus();
  }, [added]);

  const chosen =
    choice === 'profile' && mine
      ? mine
      : otherName.trim()
        ? { carrierId: 'other', carrierName: otherName.trim() }
        : null;

  const addable = origin !== null && sites !== null && originToAdd(url, sites) === origin;
  // Once added, the card stays to say so (the status line is announced), without the form.
  if (origin === null || (!addable && !added)) return null;

  const onClick = () => {
    if (!chosen || busy) return;
    // First thing, with no await before it: the browser only asks the person during a click.
    const asked = browser.permissions.request({ origins: [siteMatchPattern(origin)] });
    setBusy(true);
    setOutcome(null);
    void (async () => {
      try {
        if (!(await asked)) return setOutcome({ kind: 'denied' });
        await addSite({ origin, ...chosen });
        await tellSitesChanged();
        setOutcome({ kind: 'added', origin });
      } catch {
        setOutcome({ kind: 'failed' });
      } finally {
        setBusy(false);
      }
    })();
  };

  const host = siteHost(origin);
  return (
    <section class="card add-site" aria-labelledby="add-site-title">
      <h2 id="add-site-title">{host}</h2>
      {added ? null : (
        <>
          <p class="hint">{t('add_site_intro')}</p>
          <fieldset class="choice">
            <legend>{t('add_site_carrier')}</legend>
            {mine ? (
              <>
                <div class="radio-row">
                  <input
                    type="radio"
                    id="add-site-profile"
                    name="add-site-carrier"
                    checked={choice === 'profile'}
                    onChange={() => setChoice('profile')}
                  />
                  <label for="add-site-profile">{mine.carrierName}</label>
                </div>
                <div class="radio-row">
                  <input
                    type="radio"
                    id="add-site-other"
                    name="add-site-carrier"
                    checked={choice === 'other'}
                    onChange={() => setChoice('other')}
                  />
                  <label for="add-site-other">{t('add_site_other')}</label>
                </div>
              </>
            ) : null}
            {choice === 'other' ? (
              <div class="field">
                <label for="add-site-other-name">{t('add_site_other_name')}</label>
                <input
                  id="add-site-other-name"
                  type="text"
                  autocomplete="off"
                  maxLength={100}
                  value={otherName}
                  onInput={(event) => setOtherName((event.currentTarget as HTMLInputElement).value)}
                />
              </div>
            ) : null}
          </fieldset>
          <div class="actions">
            <button
              type="button"
              class="button small"
              aria-disabled={!chosen || busy}
              aria-describedby="add-site-status"
              onClick={onClick}
            >
              {t('add_site_button')}
            </button>
          </div>
        </>
      )}
      <p
        id="add-site-status"
        ref={statusRef}
        tabIndex={-1}
        role="status"
        class={`outcome${outcome && outcome.kind !== 'added' ? ' error' : ''}`}
      >
        {outcome?.kind === 'added'
          ? t('add_site_added', siteHost(outcome.origin))
          : outcome?.kind === 'denied'
            ? t('add_site_denied')
            : outcome?.kind === 'failed'
              ? t('sites_change_failed')
              : ''}
      </p>
    </section>
  );
}
