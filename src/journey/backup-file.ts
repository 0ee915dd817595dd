// The backup file: everything ReSIM keeps, in one versioned JSON envelope, and the reading of such a
// file back. Pure: reading a file writes nothing (src/journey/backup.ts does the storage part). A file
// holds secrets (identifiers), so what is said about it — problems and summaries — names sections,
// fields, labels and sites, never a value.
import { en } from 'zod/locales';
import { z } from 'zod/mini';
import { type AddedSite, readSite } from '../carriers/sites';
import {
  isEmptyProfile,
  migrateStoredProfiles,
  PROFILE_VERSION,
  type ProfileCollection,
  profileTitle,
} from '../profile/storage';
import { type CodeHistoryEntry, entrySchema as codeEntrySchema } from './code-history';
import { type UserChannel, userChannelSchema } from './contact';
import { type RequestRecord, readRequest } from './request-log';

export const BACKUP_VERSION = 1;

// A refused file's detail is read by the person ("sites: Too big: expected array to have <=1000
// items"): zod/mini says only "Invalid input" without a locale, so the English one is set here, in
// the Backup view's own chunk (the popup's first paint has no use for the wording).
z.config(en());

/** What a backup holds: each store as its module reads it. */
export interface BackupData {
  profiles: ProfileCollection;
  sites: AddedSite[];
  requests: RequestRecord[];
  /** Earlier activation codes by profile id (src/journey/code-history.ts). */
  codeHistory: Record<string, CodeHistoryEntry[]>;
  /** Support contacts the person added, by carrier id (src/journey/contact.ts). */
  contacts: Record<string, UserChannel[]>;
  /** carrierId → automatic fill on/off (src/profile/storage.ts). */
  autofill: Record<string, boolean>;
}

export interface Backup extends BackupData {
  /** When the file was made (ISO 8601). */
  exportedAt: string;
}

/** The file as written. */
export interface BackupFile {
  app: 'resim';
  kind: 'backup';
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** The profiles as storage keeps them, with the version of that shape (src/profile/storage.ts). */
  profiles: { version: number; value: unknown };
  sites: AddedSite[];
  requests: RequestRecord[];
  codeHistory: Record<string, CodeHistoryEntry[]>;
  contacts: Record<string, UserChannel[]>;
  autofill: Record<string, boolean>;
}

/** The collection as storage writes it: { entries: [{ id, label, ...fields }], selectedId }. */
const storedProfiles = (collection: ProfileCollection) => ({
  entries: collection.entries.map((entry) => ({ id: entry.id, label: entry.label, ...entry.profile })),
  selectedId: collection.selectedId,
});

export function toBackupFile(data: BackupData, exportedAt: Date): BackupFile {
  return {
    app: 'resim',
    kind: 'backup',
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    profiles: { version: PROFILE_VERSION, value: storedProfiles(data.profiles) },
    sites: data.sites,
    requests: data.requests,
    codeHistory: data.codeHistory,
    contacts: data.contacts,
    autofill: data.autofill,
  };
}

/** Pretty JSON, as saved to disk. */
export const backupText = (data: BackupData, exportedAt: Date): string =>
  `${JSON.stringify(toBackupFile(data, exportedAt), null, 2)}\n`;

/** 'resim-backup-2026-05-03.json', on the person's own calendar day. */
export function backupFileName(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `resim-backup-${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}.json`;
}

// ---- reading a file ---------------------------------------------------------------------------

export type BackupProblem = 'not-json' | 'foreign' | 'newer' | 'damaged';

export type ReadBackup =
  | { ok: true; backup: Backup; summary: DataSummary }
  | { ok: false; problem: BackupProblem; detail: string };

const header = z.object({
  app: z.literal('resim'),
  kind: z.literal('backup'),
  version: z.int().check(z.positive()),
});

/** Entries each read later by their store's own schema. */
const list = (max: number) => z.array(z.unknown()).check(z.maxLength(max));
/** A profile or carrier id. */
const id = z.string().check(z.maxLength(40));

const envelope = z.object({
  exportedAt: z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text)), 'not a date')),
  profiles: z.object({ version: z.int().check(z.positive()), value: z.unknown() }),
  sites: list(1000),
  requests: list(10_000),
  codeHistory: z.record(id, list(1000)),
  contacts: z.record(id, list(1000)),
  autofill: z.record(id, z.boolean()),
});

/** 'sites[2].origin: not an https origin' — where and what, never the value. */
function describeIssues(section: string, error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('');
      return `${section}${path}: ${issue.message}`;
    })
    .join('; ');
}

type ParseResult<T> = z.util.SafeParseResult<T>;

type Read<T> = { ok: true; value: T } | { ok: false; detail: string };

/** A hand-written store reader's answer (sites, requests) as a schema's, naming the field that fails. */
const asParse = <T>(read: { ok: true; value: T } | { ok: false; field: string }): ParseResult<T> =>
  read.ok
    ? { success: true, data: read.value }
    : {
        success: false,
        error: new z.core.$ZodError([
          { code: 'custom', path: read.field ? [read.field] : [], message: 'unreadable', input: undefined },
        ]) as z.core.$ZodError<T>,
      };

/** Every entry read by its store's own schema; the first one that does not read is the problem. */
function readEach<T>(section: string, list: unknown[], read: (entry: unknown) => ParseResult<T>): Read<T[]> {
  const value: T[] = [];
  for (const [index, entry] of list.entries()) {
    const parsed = read(entry);
    if (!parsed.success) return { ok: false, detail: describeIssues(`${section}[${index}]`, parsed.error) };
    value.push(parsed.data);
  }
  return { ok: true, value };
}

/** Lists by id (profile or carrier), each entry read by its store's own schema. */
function readEachById<T>(
  section: string,
  byId: Record<string, unknown[]>,
  read: (entry: unknown) => ParseResult<T>,
): Read<Record<string, T[]>> {
  const value: Record<string, T[]> = {};
  for (const [id, list] of Object.entries(byId)) {
    const entries = readEach(`${section}.${id}`, list, read);
    if (!entries.ok) return entries;
    value[id] = entries.value;
  }
  return { ok: true, value };
}

/** Optional keys the schema reads as undefined are left out, as the stores leave them out. */
const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;

/**
 * Reads a backup file. A file that is not JSON, not ReSIM's, from a newer ReSIM, or with any section
 * its store would not read as it stands is refused with a problem and a detail naming where (never a
 * value). Profiles of an older version go through the same migrations as storage. Writes nothing.
 */
export function readBackup(text: string): ReadBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.name : 'SyntaxError' };
  }
  const head = header.safeParse(json);
  if (!head.success) return { ok: false, problem: 'foreign', detail: 'not a ReSIM backup' };
  if (head.data.version > BACKUP_VERSION) {
    return {
      ok: false,
      problem: 'newer',
      detail: `backup version ${head.data.version}; this ReSIM reads up to ${BACKUP_VERSION}`,
    };
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success)
    return { ok: false, problem: 'damaged', detail: describeIssues('backup', parsed.error) };
  const file = parsed.data;
  if (file.profiles.version > PROFILE_VERSION) {
    return {
      ok: false,
      problem: 'newer',
      detail: `profiles version ${file.profiles.version}; this ReSIM reads up to ${PROFILE_VERSION}`,
    };
  }

  const profiles = migrateStoredProfiles(file.profiles.value);
  if (profiles.setAside.length) {
    const reasons = profiles.setAside.map((item) => item.reason).join('; ');
    return { ok: false, problem: 'damaged', detail: `profiles: ${reasons}` };
  }
  const sites = readEach('sites', file.sites, (entry) => asParse(readSite(entry)));
  if (!sites.ok) return { ok: false, problem: 'damaged', detail: sites.detail };
  const requests = readEach('requests', file.requests, (entry) => asParse(readRequest(entry)));
  if (!requests.ok) return { ok: false, problem: 'damaged', detail: requests.detail };
  const codeHistory = readEachById('codeHistory', file.codeHistory, (entry) =>
    codeEntrySchema.safeParse(entry),
  );
  if (!codeHistory.ok) return { ok: false, problem: 'damaged', detail: codeHistory.detail };
  const contacts = readEachById('contacts', file.contacts, (entry) => userChannelSchema.safeParse(entry));
  if (!contacts.ok) return { ok: false, problem: 'damaged', detail: contacts.detail };

  const backup: Backup = {
    exportedAt: file.exportedAt,
    profiles: profiles.collection,
    sites: sites.value,
    requests: requests.value.map((record) => withoutUndefined(record) as RequestRecord),
    codeHistory: codeHistory.value,
    contacts: contacts.value,
    autofill: file.autofill,
  };
  return { ok: true, backup, summary: summarizeData(backup) };
}

// ---- what is kept, in words -------------------------------------------------------------------

/** What a set of data holds, by name and count: labels, sites, numbers; never an identifier. */
export interface DataSummary {
  /** Each profile's title (its label, else carrier and person's name; '' when it has none). */
  profiles: string[];
  /** The hosts of the sites the person added. */
  sites: string[];
  requests: number;
  /** Earlier activation codes kept, all profiles together. */
  codes: number;
  /** Support contacts the person added, all carriers together. */
  contacts: number;
}

export interface Replacement {
  current: DataSummary;
  incoming: DataSummary;
}

export function summarizeData(data: BackupData): DataSummary {
  return {
    // The one empty profile every store starts with is no profile to lose.
    profiles: data.profiles.entries
      .filter((entry) => entry.label.trim() !== '' || !isEmptyProfile(entry.profile))
      .map((entry) => profileTitle(entry)),
    sites: data.sites.map((site) => site.origin.replace(/^https:\/\//, '')),
    requests: data.requests.length,
    codes: Object.values(data.codeHistory).reduce((sum, list) => sum + list.length, 0),
    contacts: Object.values(data.contacts).reduce((sum, list) => sum + list.length, 0),
  };
}

/** What restoring `incoming` replaces: what is kept now, and what the file brings instead. */
export const summarizeReplacement = (current: BackupData, incoming: BackupData): Replacement => ({
  current: summarizeData(current),
  incoming: summarizeData(incoming),
});
