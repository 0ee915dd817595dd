// One request, not two: a second replacement request for the same order while the first is still
// open only slows the carrier's review. Pure: the background asks before it starts a frame's engine.
import { pageOf, type RequestRecord } from './request-log';

/** How long a sent request counts as the one in progress (days). */
export const DUPLICATE_WINDOW_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** "OPT-2024-118734", "opt 2024 118734" and "OPT–2024–118734" are the same order: no case, spaces or dashes. */
export const normalizeOrderNumber = (orderNumber: string): string =>
  orderNumber.toLowerCase().replace(/[\s\-‐‑‒–—―−_]+/g, '');

/**
 * The open request for this carrier and order, sent within `windowDays` before `now` (the latest one
 * when several are), or undefined. With no order number on either side, the same carrier on the same
 * `page` (origin and path) is the same request; without `page` such requests are not compared.
 * Answered and closed requests never count.
 */
export function openRequestFor(
  requests: readonly RequestRecord[],
  carrierId: string,
  orderNumber: string,
  now: number,
  windowDays: number = DUPLICATE_WINDOW_DAYS,
  page?: string,
): RequestRecord | undefined {
  if (!carrierId) return undefined;
  const order = normalizeOrderNumber(orderNumber);
  const here = page === undefined ? '' : pageOf(page);
  const since = now - windowDays * DAY_MS;
  let latest: RequestRecord | undefined;
  for (const request of requests) {
    if (request.status !== 'open' || request.carrierId !== carrierId) continue;
    if (request.sentAt < since || request.sentAt > now) continue;
    const theirs = normalizeOrderNumber(request.orderNumber);
    const same = order || theirs ? order === theirs : here !== '' && pageOf(request.page) === here;
    if (same && (!latest || request.sentAt > latest.sentAt)) latest = request;
  }
  return latest;
}
