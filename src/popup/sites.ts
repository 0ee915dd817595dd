// What the popup needs about the tab behind it and the sites the person added: small hooks over the
// browser and storage, and the pure decisions the components show.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type AddedSite, isBuiltInSite, loadSites, onSitesChanged, siteOrigin } from '../carriers/sites';
import type { SitesChangedRequest } from '../messaging/protocol';
import type { FieldKey } from '../profile/fields';
import type { MessageName } from './i18n';

export interface ActiveTab {
  /** The tab the popup was opened over; null until known, or when there is none. */
  id: number | null;
  /** Its address: the browser shows it to the popup (activeTab) when the person opened ReSIM. */
  url: string | undefined;
}

/** The tab the popup was opened over (asked once, when the popup opens). */
export function useActiveTab(): ActiveTab {
  const [tab, setTab] = useState<ActiveTab>({ id: null, url: undefined });
  useEffect(() => {
    let live = true;
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .catch(() => [])
      .then(([found]) => {
        if (live && found?.id !== undefined) setTab({ id: found.id, url: found.url });
      });
    return () => {
      live = false;
    };
  }, []);
  return tab;
}

/** The added sites, kept current while the popup is open; null until read. */
export function useSites(): AddedSite[] | null {
  const [sites, setSites] = useState<AddedSite[] | null>(null);
  useEffect(() => {
    let live = true;
    const unwatch = onSitesChanged((next) => {
      if (live) setSites(next);
    });
    void loadSites().then((found) => {
      if (live) setSites(found);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return sites;
}

/**
 * The origin "Always offer on this site" would add for this page, or null: not https, a registry
 * carrier's site (built in already), or added already.
 */
export function originToAdd(url: string | undefined, sites: readonly AddedSite[]): string | null {
  const origin = url === undefined ? null : siteOrigin(url);
  if (origin === null || isBuiltInSite(origin)) return null;
  return sites.some((site) => site.origin === origin) ? null : origin;
}

/** 'support.example.com' for 'https://support.example.com': what the person reads. */
export const siteHost = (origin: string): string => origin.replace(/^https:\/\//, '');

/** Asks the background to register the site scripts anew; a background that does not answer is fine. */
export async function tellSitesChanged(): Promise<void> {
  const message: SitesChangedRequest = { type: 'sites:changed' };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The name of each field a page box may receive, as the popup writes it. */
export const FIELD_NAMES: Record<FieldKey, MessageName> = {
  givenName: 'label_given_name',
  familyName: 'label_family_name',
  fullName: 'label_full_name',
  email: 'label_email',
  phone: 'label_phone',
  phoneCountryCode: 'label_dial_code',
  phoneNational: 'label_phone',
  deviceModel: 'label_device_model',
  carrier: 'label_carrier',
  orderNumber: 'label_order_number',
  activationCode: 'label_activation_code',
  imei: 'label_imei',
  eid: 'label_eid',
  iccid: 'label_iccid',
  reason: 'label_reason',
  subject: 'label_subject',
  description: 'label_message',
};
