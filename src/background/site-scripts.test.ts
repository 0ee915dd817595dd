import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite, loadSites, removeSite, siteMatchPattern } from '../carriers/sites';
import {
  CARRIER_SCRIPT,
  forgetRevokedSites,
  SITE_SCRIPT_PREFIX,
  siteScript,
  syncSiteScripts,
  wireSiteScripts,
} from './site-scripts';

// WXT's fake browser leaves scripting and permissions unimplemented: this is a small browser that
// keeps registered scripts (surviving a "restart" when persistAcrossSessions) and granted origins,
// and refuses what Chrome refuses (an id registered twice, an unknown id unregistered).

type Script = Browser.scripting.RegisteredContentScript;
type Listener = (permissions: Browser.permissions.Permissions) => void;

interface FakeChrome {
  registered: Map<string, Script>;
  granted: Set<string>;
  removedListeners: Set<Listener>;
  calls: { register: string[][]; unregister: string[][] };
  /** The browser quits and starts again: persisted scripts stay, the others go; listeners are lost. */
  restart(): void;
  /** The person withdraws a site in chrome://extensions. */
  revoke(pattern: string): void;
}

function installFakeChrome(): FakeChrome {
  const fake: FakeChrome = {
    registered: new Map(),
    granted: new Set(),
    removedListeners: new Set(),
    calls: { register: [], unregister: [] },
    restart() {
      for (const [id, script] of fake.registered)
        if (script.persistAcrossSessions === false) fake.registered.delete(id);
      fake.removedListeners.clear();
    },
    revoke(pattern) {
      fake.granted.delete(pattern);
      for (const listener of fake.removedListeners) listener({ origins: [pattern], permissions: [] });
    },
  };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
  Object.assign(fakeBrowser, {
    scripting: {
      async getRegisteredContentScripts() {
        await tick();
        return [...fake.registered.values()].map((script) => structuredClone(script));
      },
      async registerContentScripts(scripts: Script[]) {
        await tick();
        fake.calls.register.push(scripts.map((script) => script.id));
        for (const script of scripts) {
          if (fake.registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        }
        for (const script of scripts) fake.registered.set(script.id, structuredClone(script));
      },
      async unregisterContentScripts(filter?: { ids?: string[] }) {
        await tick();
        const ids = filter?.ids ?? [...fake.registered.keys()];
        fake.calls.unregister.push(ids);
        for (const id of ids) if (!fake.registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        for (const id of ids) fake.registered.delete(id);
      },
    },
    permissions: {
      async contains({ origins = [] }: Browser.permissions.Permissions) {
        return origins.every((origin) => fake.granted.has(origin));
      },
      async remove({ origins = [] }: Browser.permissions.Permissions) {
        for (const origin of origins) fake.granted.delete(origin);
        return true;
      },
      onRemoved: {
        addListener: (listener: Listener) => fake.removedListeners.add(listener),
        removeListener: (listener: Listener) => fake.removedListeners.delete(listener),
      },
    },
  });
  return fake;
}

const A = 'https://support.example.com';
const B = 'https://help.telco.test';

/** What the person does in the popup: the browser grants the origin, then the site is stored. */
async function addGranted(fake: FakeChrome, origin: string): Promise<void> {
  fake.granted.add(siteMatchPattern(origin));
  await addSite({ origin, carrierId: 'other', carrierName: 'Telco' });
}

let fake: FakeChrome;
let unwire: (() => void) | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  fake = installFakeChrome();
});
afterEach(async () => {
  unwire?.();
  unwire = undefined;
  // Let a sync a listener started finish before the next test swaps the fake browser.
  await syncSiteScripts().catch(() => undefined);
});

const ids = () => [...fake.registered.keys()].sort();

describe('syncSiteScripts', () => {
  test('registers one persistent content script per granted site, as the built package names it', async () => {
    await addGranted(fake, A);
    await syncSiteScripts();
    expect([...fake.registered.values()]).toEqual([
      {
        id: 'resim-site:https://support.example.com',
        matches: ['https://support.example.com/*'],
        js: ['carrier.js'],
        allFrames: true,
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
    expect(SITE_SCRIPT_PREFIX).toBe('resim-site:');
    expect(CARRIER_SCRIPT).toBe('carrier.js');
  });

  test('a site whose permission was not granted gets no script', async () => {
    await addSite({ origin: A, carrierId: 'other', carrierName: 'Telco' });
    await syncSiteScripts();
    expect(ids()).toEqual([]);
  });

  test('is idempotent: a second sync registers nothing again', async () => {
    await addGranted(fake, A);
    await syncSiteScripts();
    await syncSiteScripts();
    expect(fake.calls.register).toEqual([[SITE_SCRIPT_PREFIX + A]]);
    expect(fake.calls.unregister).toEqual([]);
  });

  test('unregisters the script of a removed site, and leaves scripts that are not ours alone', async () => {
    fake.registered.set('someone-else', { id: 'someone-else', matches: ['https://x.test/*'], js: ['x.js'] });
    await addGranted(fake, A);
    await addGranted(fake, B);
    await syncSiteScripts();
    expect(ids()).toEqual([
      'resim-site:https://help.telco.test',
      'resim-site:https://support.example.com',
      'someone-else',
    ]);
    await removeSite(A);
    await syncSiteScripts();
    expect(ids()).toEqual(['resim-site:https://help.telco.test', 'someone-else']);
  });

  test('unregisters the script of a site whose permission is no longer granted', async () => {
    await addGranted(fake, A);
    await syncSiteScripts();
    fake.granted.delete(siteMatchPattern(A));
    await syncSiteScripts();
    expect(ids()).toEqual([]);
  });

  test('replaces a script an older version registered differently (a moved file after an update)', async () => {
    await addGranted(fake, A);
    fake.registered.set(SITE_SCRIPT_PREFIX + A, { ...siteScript(A), js: ['content-scripts/old.js'] });
    await syncSiteScripts();
    expect(fake.registered.get(SITE_SCRIPT_PREFIX + A)?.js).toEqual([CARRIER_SCRIPT]);
  });

  test('concurrent syncs never register a script twice, and the last change is seen', async () => {
    await addGranted(fake, A);
    const first = syncSiteScripts();
    const second = syncSiteScripts();
    await addGranted(fake, B);
    const third = syncSiteScripts();
    await Promise.all([first, second, third]);
    expect(ids()).toEqual([SITE_SCRIPT_PREFIX + B, SITE_SCRIPT_PREFIX + A].sort());
    const registered = fake.calls.register.flat();
    expect(registered.length).toBe(new Set(registered).size);
    // One in flight plus one shared rerun, not three runs.
    expect(second).toBe(third);
  });

  test('a site the browser refuses does not keep the others from being registered', async () => {
    await addGranted(fake, A);
    await addGranted(fake, B);
    const register = fakeBrowser.scripting.registerContentScripts;
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
      if (scripts[0]!.id.endsWith(A)) throw new Error('refused');
      return register(scripts);
    });
    await expect(syncSiteScripts()).rejects.toThrow(/could not register 1/);
    expect(ids()).toEqual([SITE_SCRIPT_PREFIX + B]);
  });
});

describe('across restarts', () => {
  test('the scripts persist, and a fresh start registers the same scripts from storage', async () => {
    unwire = wireSiteScripts();
    await addGranted(fake, A);
    await vi.waitFor(() => expect(ids()).toEqual([SITE_SCRIPT_PREFIX + A]));
    const before = structuredClone([...fake.registered.values()]);
    unwire();

    // Restart with the scripts kept by the browser: the new background finds them and changes nothing.
    fake.restart();
    fake.calls.register = [];
    unwire = wireSiteScripts();
    await fakeBrowser.runtime.onStartup.trigger();
    await syncSiteScripts();
    expect([...fake.registered.values()]).toEqual(before);
    expect(fake.calls.register).toEqual([]);
    unwire();

    // Restart after the browser lost them (a profile reset, a failed update): storage brings them back.
    fake.registered.clear();
    fake.restart();
    unwire = wireSiteScripts();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect([...fake.registered.values()]).toEqual(before));
  });

  test('onInstalled (install or update) syncs too', async () => {
    await addGranted(fake, A);
    unwire = wireSiteScripts();
    await vi.waitFor(() => expect(ids()).toEqual([SITE_SCRIPT_PREFIX + A]));
    fake.registered.clear();
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.9',
      temporary: false,
    });
    await vi.waitFor(() => expect(ids()).toEqual([SITE_SCRIPT_PREFIX + A]));
  });
});

describe('removal and revocation', () => {
  test('removing a site in the popup (permission given back, site removed) unregisters its script', async () => {
    unwire = wireSiteScripts();
    await addGranted(fake, A);
    await addGranted(fake, B);
    await vi.waitFor(() => expect(ids()).toHaveLength(2));
    // What SitesView does on Remove.
    await browser.permissions.remove({ origins: [siteMatchPattern(A)] });
    await removeSite(A);
    await vi.waitFor(() => expect(ids()).toEqual([SITE_SCRIPT_PREFIX + B]));
    expect(fake.granted.has(siteMatchPattern(A))).toBe(false);
  });

  test('a permission withdrawn in the browser forgets that site and its script, no other', async () => {
    unwire = wireSiteScripts();
    await addGranted(fake, A);
    await addGranted(fake, B);
    await vi.waitFor(() => expect(ids()).toHaveLength(2));
    fake.revoke(siteMatchPattern(A));
    await vi.waitFor(async () => expect((await loadSites()).map((site) => site.origin)).toEqual([B]));
    await vi.waitFor(() => expect(ids()).toEqual([SITE_SCRIPT_PREFIX + B]));
  });

  test('forgetRevokedSites keeps a site still granted, and understands wildcards and plain origins', async () => {
    await addGranted(fake, A);
    await addGranted(fake, B);
    await addGranted(fake, 'https://c.example.com');
    await syncSiteScripts();
    // Named, but still granted: kept.
    await forgetRevokedSites([siteMatchPattern(A)]);
    expect(await loadSites()).toHaveLength(3);

    fake.granted.delete(siteMatchPattern(A));
    fake.granted.delete(siteMatchPattern('https://c.example.com'));
    fake.granted.delete(siteMatchPattern(B));
    await forgetRevokedSites(['https://*.example.com/*']);
    expect((await loadSites()).map((site) => site.origin)).toEqual([B]);
    await forgetRevokedSites([B]);
    expect(await loadSites()).toEqual([]);
    expect(ids()).toEqual([]);
  });

  test('an unrelated withdrawn permission changes nothing', async () => {
    await addGranted(fake, A);
    await syncSiteScripts();
    fake.granted.delete(siteMatchPattern(A));
    await forgetRevokedSites(['https://elsewhere.test/*', 'http://support.example.com/*', 'not a pattern']);
    expect(await loadSites()).toHaveLength(1);
  });
});
