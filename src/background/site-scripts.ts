// The content script on the sites the person added: registered with browser.scripting (kept across
// restarts and updates), one script per site, only while the browser grants that site's origin.
// Storage is the truth; `syncSiteScripts` makes the registered scripts agree with it.
import { type Browser, browser } from 'wxt/browser';
import { hostBelongsTo } from '../carriers/match';
import { type AddedSite, loadSites, onSitesChanged, removeSite, siteMatchPattern } from '../carriers/sites';

export const SITE_SCRIPT_PREFIX = 'resim-site:';

/** The built content script (`entrypoints/carrier.ts`), as the manifest declares it (wxt.config.ts). */
export const CARRIER_SCRIPT = 'carrier.js';

type Script = Browser.scripting.RegisteredContentScript;

export const siteScript = (origin: string): Script => ({
  id: SITE_SCRIPT_PREFIX + origin,
  matches: [siteMatchPattern(origin)],
  js: [CARRIER_SCRIPT],
  allFrames: true,
  // As the declared content script (entrypoints/carrier.ts): asking overlaps the page's parsing.
  runAt: 'document_start',
  persistAcrossSessions: true,
});

const isGranted = (origin: string): Promise<boolean> =>
  browser.permissions.contains({ origins: [siteMatchPattern(origin)] }).catch(() => false);

/** A registered script still as this version of ReSIM would register it (an update may move files). */
const isCurrent = (script: Script, wanted: Script) =>
  script.js?.length === 1 &&
  script.js[0] === wanted.js![0] &&
  script.matches?.length === 1 &&
  script.matches[0] === wanted.matches![0] &&
  script.allFrames === true &&
  script.runAt === wanted.runAt;

async function syncOnce(): Promise<void> {
  // Without the scripting API (an older manifest) there is nothing to register.
  if (!browser.scripting?.registerContentScripts) return;
  const sites = await loadSites();
  const granted = await Promise.all(sites.map((site) => isGranted(site.origin)));
  const wanted = new Map(
    sites.filter((_, index) => granted[index]).map((site) => [SITE_SCRIPT_PREFIX + site.origin, site]),
  );
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(SITE_SCRIPT_PREFIX),
  );
  const stale = ours.filter((script) => {
    const site = wanted.get(script.id);
    return !site || !isCurrent(script, siteScript(site.origin));
  });
  if (stale.length)
    await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });

  const kept = new Set(ours.filter((script) => !stale.includes(script)).map((script) => script.id));
  const missing = [...wanted.values()].filter((site) => !kept.has(SITE_SCRIPT_PREFIX + site.origin));
  // One call per site: one the browser refuses does not keep the others out.
  const failed: unknown[] = [];
  for (const site of missing) {
    await browser.scripting.registerContentScripts([siteScript(site.origin)]).catch((error: unknown) => {
      failed.push(error);
    });
  }
  if (failed.length) throw new AggregateError(failed, `could not register ${failed.length} site script(s)`);
}

let inFlight: Promise<void> | undefined;
let rerun: Promise<void> | undefined;

/**
 * Makes the registered site scripts agree with storage and the granted permissions: registers the
 * missing ones, unregisters those whose site is gone or whose permission was withdrawn. One sync runs
 * at a time; calls made meanwhile share one more sync after it, which sees everything they changed.
 */
export function syncSiteScripts(): Promise<void> {
  if (!inFlight) {
    inFlight = syncOnce().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }
  rerun ??= inFlight
    .catch(() => undefined)
    .then(() => {
      rerun = undefined;
      return syncSiteScripts();
    });
  return rerun;
}

/** Whether a withdrawn host permission (a match pattern, or an origin) covers this site. */
function covers(permission: string, origin: string): boolean {
  if (permission === '<all_urls>') return true;
  const match = /^(\*|https):\/\/([^/]+)(?:\/|$)/.exec(permission.toLowerCase());
  if (!match) return false;
  const host = new URL(origin).hostname;
  const wanted = match[2]!;
  if (wanted === '*') return true;
  if (wanted.startsWith('*.')) return hostBelongsTo(host, wanted.slice(2));
  return host === wanted;
}

/**
 * The person withdrew host permissions in the browser's own settings (`permissions.onRemoved`): the
 * added sites they covered, and no longer granted, are forgotten and their scripts unregistered.
 */
export async function forgetRevokedSites(origins: string[]): Promise<void> {
  const sites = await loadSites();
  const touched = sites.filter((site) => origins.some((permission) => covers(permission, site.origin)));
  const revoked: AddedSite[] = [];
  for (const site of touched) if (!(await isGranted(site.origin))) revoked.push(site);
  for (const site of revoked) await removeSite(site.origin);
  await syncSiteScripts();
}

/**
 * Keeps the site scripts in step for the life of the background: at browser start, after install or
 * update, when a permission is withdrawn, and whenever the Sites list changes. Syncs once now.
 * Returns a function that removes every listener (for tests).
 */
export function wireSiteScripts(): () => void {
  const sync = () => {
    void syncSiteScripts().catch(() => undefined);
  };
  const onRemoved = (permissions: Browser.permissions.Permissions) => {
    void forgetRevokedSites(permissions.origins ?? []).catch(() => undefined);
  };
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions?.onRemoved?.addListener(onRemoved);
  const unwatch = onSitesChanged(sync);
  sync();
  return () => {
    browser.runtime.onStartup.removeListener(sync);
    browser.runtime.onInstalled.removeListener(sync);
    browser.permissions?.onRemoved?.removeListener(onRemoved);
    unwatch();
  };
}
