// Sites the person adds ("Always offer on this site"): one https origin attached to a carrier, kept in
// browser.storage.local. The background registers the content script there once the browser granted
// that one origin; automatic fill there waits until the person also switches it on.
import { storage } from 'wxt/utils/storage';
import { carrierForUrl } from './match';

export interface AddedSite {
  /** 'https://support.example.com': scheme and host, lowercase, no port, no path. */
  origin: string;
  /** A registry id, or 'other'. */
  carrierId: string;
  /** Display name; for 'other' the name the person typed. */
  carrierName: string;
  /** Fill by itself on this site (off until the person switches it on). */
  autoFill: boolean;
  /** When it was added (ms since epoch). */
  addedAt: number;
}

/**
 * The https origin of a URL, or null: http, file, chrome:, extension pages, invalid URLs, and hosts
 * with an explicit port (match patterns cannot name a port in every browser) are never sites.
 */
export const siteOrigin = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || !parsed.hostname || parsed.port !== '') return null;
    return parsed.origin.toLowerCase();
  } catch {
    return null;
  }
};

/** The match pattern (and host permission) that covers one added site. */
export const siteMatchPattern = (origin: string) => `${origin}/*`;

/** A registry carrier's domain: built in already, so never an added site. */
export const isBuiltInSite = (origin: string): boolean => carrierForUrl(origin) !== undefined;

/** The added site serving this URL: same https origin exactly (a subdomain is another site). */
export const siteForUrl = (sites: readonly AddedSite[], url: string | undefined): AddedSite | undefined => {
  const origin = url === undefined ? null : siteOrigin(url);
  return origin === null ? undefined : sites.find((site) => site.origin === origin);
};

// ---- storage ------------------------------------------------------------------------------------

/** Raw stored list, typed `unknown` on purpose: read it through `readSites`, which never throws. */
const sitesItem = storage.defineItem<unknown>('local:sites', { version: 1, migrations: {} });

const text = (value: unknown, max: number): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : undefined;
};

/**
 * One stored (or imported) site entry, or the field that does not read. Hand-written rather than a
 * schema: the background reads the list on every carrier page it decides (docs/fill-policy.md P9), and
 * its bundle carries no schema library (issue 10: background ≤ 20 KB gzip).
 */
export function readSite(value: unknown): { ok: true; value: AddedSite } | { ok: false; field: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, field: '' };
  const entry = value as Record<string, unknown>;
  const { origin, autoFill, addedAt } = entry;
  if (typeof origin !== 'string' || siteOrigin(origin) !== origin) return { ok: false, field: 'origin' };
  const carrierId = text(entry.carrierId, 40);
  if (carrierId === undefined) return { ok: false, field: 'carrierId' };
  const carrierName = text(entry.carrierName, 100);
  if (carrierName === undefined) return { ok: false, field: 'carrierName' };
  return {
    ok: true,
    value: {
      origin,
      carrierId,
      carrierName,
      // Off is the safe reading of a damaged switch; a damaged date only orders the list.
      autoFill: typeof autoFill === 'boolean' ? autoFill : false,
      addedAt: typeof addedAt === 'number' && Number.isFinite(addedAt) ? addedAt : 0,
    },
  };
}

/** Every readable entry, once per origin (the later entry wins); damaged entries are dropped. */
export function readSites(value: unknown): AddedSite[] {
  if (!Array.isArray(value)) return [];
  const byOrigin = new Map<string, AddedSite>();
  for (const entry of value) {
    const read = readSite(entry);
    if (!read.ok) continue;
    byOrigin.delete(read.value.origin);
    byOrigin.set(read.value.origin, read.value);
  }
  return [...byOrigin.values()];
}

export async function loadSites(): Promise<AddedSite[]> {
  try {
    return readSites(await sitesItem.getValue());
  } catch {
    // Storage unreadable (a failed migration, an extension context going away): no added sites.
    return [];
  }
}

// Writes from one page or worker go one after another, so two quick changes never lose one.
let writing: Promise<unknown> = Promise.resolve();

function change(edit: (sites: AddedSite[]) => AddedSite[]): Promise<void> {
  const next = writing.then(async () => {
    await sitesItem.setValue(edit(await loadSites()));
  });
  writing = next.catch(() => undefined);
  return next;
}

/**
 * Adds a site, or replaces the entry already kept for the same origin. Throws on an origin that is
 * not an https origin or that belongs to a registry carrier (built in already), and on an empty name.
 */
export async function addSite(site: {
  origin: string;
  carrierId: string;
  carrierName: string;
  autoFill?: boolean;
}): Promise<void> {
  const origin = siteOrigin(site.origin);
  if (origin === null || origin !== site.origin.toLowerCase()) {
    throw new TypeError(`not an https origin: ${site.origin}`);
  }
  if (isBuiltInSite(origin)) throw new TypeError(`${origin} is a built-in carrier site`);
  const read = readSite({
    origin,
    carrierId: site.carrierId,
    carrierName: site.carrierName,
    autoFill: site.autoFill ?? false,
    addedAt: Date.now(),
  });
  if (!read.ok) throw new TypeError(`site ${read.field} unreadable`);
  const entry = read.value;
  await change((sites) => [...sites.filter((existing) => existing.origin !== origin), entry]);
}

export async function removeSite(origin: string): Promise<void> {
  const key = origin.toLowerCase();
  await change((sites) => sites.filter((site) => site.origin !== key));
}

/** Switches automatic fill on or off for one added site; an origin not in the list is ignored. */
export async function setSiteAutoFill(origin: string, on: boolean): Promise<void> {
  const key = origin.toLowerCase();
  await change((sites) => sites.map((site) => (site.origin === key ? { ...site, autoFill: on } : site)));
}

/**
 * Replaces the whole list (a backup being restored): readable entries only, once per origin, never a
 * registry carrier's site. Returns what was kept. The browser's permissions are not touched: a site
 * whose origin is not granted stays listed and asks for it in the Sites view.
 */
export function replaceSites(list: readonly unknown[]): Promise<AddedSite[]> {
  const kept = readSites(list).filter((site) => !isBuiltInSite(site.origin));
  return change(() => kept).then(() => kept);
}

/** Forgets every added site (their permissions are the caller's: see `siteMatchPattern`). */
export async function clearSites(): Promise<void> {
  const next = writing.then(() => sitesItem.removeValue());
  writing = next.catch(() => undefined);
  await next;
}

/** Calls `cb` with the readable list whenever it changes (in any page or worker). Returns the unwatch. */
export const onSitesChanged = (cb: (sites: AddedSite[]) => void): (() => void) =>
  sitesItem.watch((value) => cb(readSites(value)));
