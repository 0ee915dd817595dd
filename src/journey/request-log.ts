// The request log: each replacement request the person sent through a form ReSIM filled — carrier,
// date, page, order number and which fields were sent (never their values). On this device only
// (browser.storage.local); the popup lists the open ones with the date an answer is due.
import { storage } from 'wxt/utils/storage';
import { getCarrier } from '../carriers';
import type { Carrier } from '../carriers/types';
import { FIELD_KEYS, type FieldKey } from '../profile/fields';
import { expectedAnswerBy } from './working-days';

export const REQUEST_STATUSES = ['open', 'answered', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface RequestRecord {
  id: string;
  /** A registry id, or 'other'. */
  carrierId: string;
  /** The carrier's display name when the request was sent (for 'other', the name the person typed). */
  carrierName: string;
  /** As the profile held it ('' when the person has none). */
  orderNumber: string;
  /** The form's page: origin and path, never the query or fragment (they may hold tokens). */
  page: string;
  /** When the form was sent (ms since epoch). */
  sentAt: number;
  /** The fields ReSIM wrote into that form; never their values. */
  fields: FieldKey[];
  status: RequestStatus;
  /** When an answer is due (src/journey/working-days.ts). */
  expectBy: number;
  /** The person asked for a reminder once `expectBy` passes (src/journey/reminders.ts). */
  remind?: boolean;
  /** When that reminder was shown: it is shown once. */
  remindedAt?: number;
}

export const REQUESTS_VERSION = 1;

/** The most requests kept; beyond it the oldest answered or closed ones go first. */
export const MAX_REQUESTS = 200;

/** Raw stored list, typed `unknown` on purpose: read it through `loadRequests`, which never throws. */
const requestsItem = storage.defineItem<unknown>('local:requests', {
  version: REQUESTS_VERSION,
  migrations: {},
});

/** 'https://www.opt.nc/esim/remplacement' for any URL of that page; '' for what is no http(s) URL. */
export function pageOf(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '';
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '';
  }
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

const trimmedText = (value: unknown, min: number, max: number): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length >= min && trimmed.length <= max ? trimmed : undefined;
};

/**
 * One logged request as stored (or in a backup), or the field that does not read; fields a record
 * does not know are left out. Hand-written rather than a schema: the background asks the log before
 * starting a frame (one request, not two: P16) and its bundle carries no schema library (issue 10).
 */
export function readRequest(
  value: unknown,
): { ok: true; value: RequestRecord } | { ok: false; field: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, field: '' };
  const entry = value as Record<string, unknown>;
  const id = trimmedText(entry.id, 1, 100);
  if (id === undefined) return { ok: false, field: 'id' };
  const carrierId = trimmedText(entry.carrierId, 1, 40);
  if (carrierId === undefined) return { ok: false, field: 'carrierId' };
  const page = typeof entry.page === 'string' && entry.page.length <= 2048 ? pageOf(entry.page) : '';
  if (!page) return { ok: false, field: 'page' };
  if (!isTime(entry.sentAt)) return { ok: false, field: 'sentAt' };
  if (!isTime(entry.expectBy)) return { ok: false, field: 'expectBy' };
  const { fields, status, orderNumber, remind, remindedAt } = entry;
  const record: RequestRecord = {
    id,
    carrierId,
    carrierName: trimmedText(entry.carrierName, 0, 100) ?? '',
    orderNumber: typeof orderNumber === 'string' && orderNumber.length <= 200 ? orderNumber : '',
    page,
    sentAt: entry.sentAt,
    // Unknown field names are dropped one by one; an unreadable list says nothing was recorded.
    fields:
      Array.isArray(fields) && fields.length <= FIELD_KEYS.length * 4
        ? [
            ...new Set(
              fields.filter((key): key is FieldKey => (FIELD_KEYS as readonly unknown[]).includes(key)),
            ),
          ]
        : [],
    // Unreadable: treated as settled, so a damaged entry never stops a form from filling.
    status: (REQUEST_STATUSES as readonly unknown[]).includes(status) ? (status as RequestStatus) : 'closed',
    expectBy: entry.expectBy,
  };
  if (typeof remind === 'boolean') record.remind = remind;
  if (isTime(remindedAt)) record.remindedAt = remindedAt;
  return { ok: true, value: record };
}

/** Every readable entry, once per id (the later one wins), oldest first; damaged entries are dropped. */
export function readRequests(value: unknown): RequestRecord[] {
  if (!Array.isArray(value)) return [];
  const byId = new Map<string, RequestRecord>();
  for (const entry of value) {
    const read = readRequest(entry);
    if (!read.ok) continue;
    byId.delete(read.value.id);
    byId.set(read.value.id, read.value);
  }
  return [...byId.values()].sort((a, b) => a.sentAt - b.sentAt);
}

/** At most MAX_REQUESTS: the oldest settled requests go first, then the oldest open ones. */
function capped(list: RequestRecord[]): RequestRecord[] {
  const extra = list.length - MAX_REQUESTS;
  if (extra <= 0) return list;
  const settled = list.filter((record) => record.status !== 'open').slice(0, extra);
  const dropped = new Set(settled.map((record) => record.id));
  const kept = list.filter((record) => !dropped.has(record.id));
  return kept.slice(Math.max(0, kept.length - MAX_REQUESTS));
}

export async function loadRequests(): Promise<RequestRecord[]> {
  try {
    return readRequests(await requestsItem.getValue());
  } catch {
    // Storage unreadable (a failed migration, an extension context going away): nothing logged.
    return [];
  }
}

// Writes from one page or worker go one after another, so two quick changes never lose one.
let writing: Promise<unknown> = Promise.resolve();

function change<T>(edit: (list: RequestRecord[]) => { list: RequestRecord[]; result: T }): Promise<T> {
  const next = writing.then(async () => {
    const { list, result } = edit(await loadRequests());
    await requestsItem.setValue(capped(list));
    return result;
  });
  writing = next.catch(() => undefined);
  return next;
}

export interface SentRequest {
  carrierId: string;
  carrierName: string;
  orderNumber: string;
  /** The page's URL (its query and fragment are dropped). */
  page: string;
  fields: readonly FieldKey[];
  /** Default: now. */
  sentAt?: number;
}

/**
 * Logs a sent request as open, due `answerWithinWorkingDays` of its carrier (else 3) working days
 * later. Throws when the request cannot be read as one (no carrier, no page).
 */
export function recordRequest(sent: SentRequest, carrier?: Carrier): Promise<RequestRecord> {
  const sentAt = sent.sentAt ?? Date.now();
  const read = readRequest({
    id: crypto.randomUUID(),
    carrierId: sent.carrierId,
    carrierName: sent.carrierName,
    orderNumber: sent.orderNumber.trim(),
    page: sent.page,
    sentAt,
    fields: [...sent.fields],
    status: 'open',
    expectBy: expectedAnswerBy(sentAt, carrier ?? getCarrier(sent.carrierId)),
  });
  if (!read.ok) return Promise.reject(new TypeError('not a request: carrier or page missing'));
  const record = read.value;
  return change((list) => ({ list: [...list, record], result: record }));
}

const update = (id: string, edit: (record: RequestRecord) => RequestRecord) =>
  change((list) => {
    const found = list.some((record) => record.id === id);
    return { list: list.map((record) => (record.id === id ? edit(record) : record)), result: found };
  });

/** Marks one request answered, closed, or open again. False when no request has that id. */
export const setRequestStatus = (id: string, status: RequestStatus): Promise<boolean> =>
  update(id, (record) => ({ ...record, status }));

/** Switches the follow-up reminder of one request on or off (on again: it may be shown again). */
export const setReminder = (id: string, on: boolean): Promise<boolean> =>
  update(id, ({ remindedAt: _shown, ...record }) => ({ ...record, remind: on }));

/** Notes that the reminder of one request was shown. */
export const markReminded = (id: string, at = Date.now()): Promise<boolean> =>
  update(id, (record) => ({ ...record, remindedAt: at }));

/**
 * Replaces the whole log (a backup being restored). Unreadable entries are left out; returns what
 * was kept.
 */
export const replaceRequests = (list: readonly unknown[]): Promise<RequestRecord[]> =>
  change(() => {
    const kept = capped(readRequests(list));
    return { list: kept, result: kept };
  });

export async function clearRequests(): Promise<void> {
  const next = writing.then(() => requestsItem.removeValue());
  writing = next.catch(() => undefined);
  await next;
}

/** Calls `cb` with the readable log whenever it changes (in any page or worker). Returns the unwatch. */
export const onRequestsChanged = (cb: (requests: RequestRecord[]) => void): (() => void) =>
  requestsItem.watch((value) => cb(readRequests(value)));
