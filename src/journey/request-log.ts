// The request log: each replacement request the person sent through a form ReSIM filled — carrier,
// date, page, order number and which fields were sent (never their values). On this device only
// (browser.storage.local); the popup lists the open ones with the date an answer is due.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
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

const fieldKey = z.enum(FIELD_KEYS);
const time = z.number().finite().nonnegative();

/** One logged request as stored (or in a backup); `readRequest` applies it. */
export const requestSchema = z.object({
  id: z.string().trim().min(1).max(100),
  carrierId: z.string().trim().min(1).max(40),
  carrierName: z.string().trim().max(100).catch(''),
  orderNumber: z.string().max(200).catch(''),
  page: z
    .string()
    .max(2048)
    .transform(pageOf)
    .refine((page) => page !== '', 'not a page address'),
  sentAt: time,
  // Unknown field names are dropped one by one; an unreadable list says nothing was recorded.
  fields: z
    .array(z.unknown())
    .max(FIELD_KEYS.length * 4)
    .transform((list) => [...new Set(list.filter((key) => fieldKey.safeParse(key).success))] as FieldKey[])
    .catch([]),
  // Unreadable: treated as settled, so a damaged entry never stops a form from filling.
  status: z.enum(REQUEST_STATUSES).catch('closed'),
  expectBy: time,
  remind: z.boolean().optional().catch(undefined),
  remindedAt: time.optional().catch(undefined),
});

/** One readable record, or null; fields a record does not know are left out. */
function readRequest(value: unknown): RequestRecord | null {
  const parsed = requestSchema.safeParse(value);
  if (!parsed.success) return null;
  const { remind, remindedAt, ...rest } = parsed.data;
  const record: RequestRecord = rest;
  if (remind !== undefined) record.remind = remind;
  if (remindedAt !== undefined) record.remindedAt = remindedAt;
  return record;
}

/** Every readable entry, once per id (the later one wins), oldest first; damaged entries are dropped. */
function readRequests(value: unknown): RequestRecord[] {
  if (!Array.isArray(value)) return [];
  const byId = new Map<string, RequestRecord>();
  for (const entry of value) {
    const record = readRequest(entry);
    if (!record) continue;
    byId.delete(record.id);
    byId.set(record.id, record);
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
  const record = readRequest({
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
  if (!record) return Promise.reject(new TypeError('not a request: carrier or page missing'));
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
