// Backup and erase, over the stores each module owns: a snapshot of everything ReSIM keeps, written
// back whole from a backup file, or deleted whole. Runs in the popup: only there may the browser's
// site permissions be given back, and the background is told to bring its site scripts in step.
import { browser } from 'wxt/browser';
import { clearSites, loadSites, replaceSites, siteMatchPattern } from '../carriers/sites';
import type { SitesChangedRequest } from '../messaging/protocol';
import {
  clearProfiles,
  loadAutofillSwitches,
  loadProfiles,
  replaceAutofillSwitches,
  replaceProfiles,
} from '../profile/storage';
import { type Backup, type BackupData, backupText } from './backup-file';
import { clearCodeHistory, loadAllCodeHistory, replaceCodeHistory } from './code-history';
import { clearContacts, loadAllContacts, replaceContacts } from './contact';
import { clearRequests, loadRequests, replaceRequests } from './request-log';

export {
  type Backup,
  type BackupData,
  type BackupProblem,
  backupFileName,
  type DataSummary,
  type ReadBackup,
  type Replacement,
  readBackup,
  summarizeData,
  summarizeReplacement,
} from './backup-file';

/** Everything ReSIM keeps now, each store read by its own module. */
export async function snapshot(): Promise<BackupData> {
  const { entries, selectedId } = await loadProfiles();
  return {
    profiles: { entries, selectedId },
    sites: await loadSites(),
    requests: await loadRequests(),
    codeHistory: await loadAllCodeHistory(),
    contacts: await loadAllContacts(),
    autofill: await loadAutofillSwitches(),
  };
}

/** The backup file's text (pretty JSON). It holds the person's identifiers: the popup says so first. */
export async function exportAll(now = new Date()): Promise<string> {
  return backupText(await snapshot(), now);
}

/** Asks the background to register the site scripts anew; a background that does not answer is fine. */
async function tellSitesChanged(): Promise<void> {
  const message: SitesChangedRequest = { type: 'sites:changed' };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Gives the browser's access to these sites back; one the browser will not give back is left. */
async function giveBack(origins: readonly string[]): Promise<void> {
  for (const origin of origins) {
    try {
      await browser.permissions.remove({ origins: [siteMatchPattern(origin)] });
    } catch {
      // Not granted, or not removable: nothing more to give back.
    }
  }
}

/**
 * Replaces everything ReSIM keeps with a backup read by `readBackup`: profiles (their drafts go), sites,
 * request log, activation-code history, support contacts and automatic-fill switches. A site the backup does not keep
 * gives its permission back (as Remove does); a site it brings is listed at once and registered by the
 * background once its origin is granted (the Sites view asks for it).
 */
export async function applyBackup(backup: Backup): Promise<void> {
  const before = await loadSites();
  await replaceProfiles(backup.profiles);
  const kept = new Set((await replaceSites(backup.sites)).map((site) => site.origin));
  await replaceRequests(backup.requests);
  // Nothing to keep leaves nothing stored, as before any was ever kept.
  if (Object.keys(backup.codeHistory).length) await replaceCodeHistory(backup.codeHistory);
  else await clearCodeHistory();
  if (Object.keys(backup.contacts).length) await replaceContacts(backup.contacts);
  else await clearContacts();
  await replaceAutofillSwitches(backup.autofill);
  await giveBack(before.filter((site) => !kept.has(site.origin)).map((site) => site.origin));
  await tellSitesChanged();
}

/**
 * Deletes everything ReSIM keeps in this browser: storage.local (profiles, drafts, quarantine, sites,
 * log, history, contacts, switches and anything else), its storage.session (tab reports, pending confirmations),
 * the access to the sites the person added, their registered scripts, and any follow-up alarm.
 */
export async function deleteAllData(): Promise<void> {
  const sites = await loadSites();
  // Each store through its own module first (their queued writes finish before), then the rest.
  await clearProfiles();
  await clearSites();
  await clearRequests();
  await clearCodeHistory();
  await clearContacts();
  await browser.storage.local.clear();
  await browser.storage.session?.clear();
  // After the list is gone, so that the background, hearing of each withdrawn permission, finds no
  // site left to forget and writes nothing back.
  await giveBack(sites.map((site) => site.origin));
  await tellSitesChanged();
  if (browser.alarms?.clearAll) await browser.alarms.clearAll();
}
