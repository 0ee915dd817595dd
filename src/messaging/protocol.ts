import type { FieldKey, Reason } from '../profile/fields';
import type { FillReport } from '../report/types';

// One typed protocol between popup, background and content scripts. This file carries types and a
// thin sender only (the content script imports it, so no zod here); the background and popup
// validate what they receive with `schemas.ts`.

/**
 * What the content script receives for one page: only what the policy allowed, already formatted
 * (phone as E.164 and split, carrier display name). Subject/description are composed on the page,
 * in the page's language, from these values.
 */
export interface FillData {
  values: Partial<Record<Exclude<FieldKey, 'subject' | 'description' | 'reason'>, string>>;
  reason: Reason | '';
  notes: string;
  /** Other names of the carrier (brands), so a carrier select offering "Mobilis" is matched too. */
  carrierAliases?: readonly string[];
}

/** Content script → background: may this frame be filled, and with what? */
export interface FillContextRequest {
  type: 'fill:context';
  /** The frame's own view: sandboxed frames have an opaque origin and get nothing. */
  frameOrigin: string;
  /** `performance.timeOrigin` of the asking document: reports older than the top page are stale. */
  pageStartedAt: number;
}

export type FillContextResponse =
  | { allowed: true; carrierId: string; data: FillData }
  | { allowed: false; reason: string };

/** Content script → background: what happened on this frame (for the badge and the popup). */
export interface FillReportMessage {
  type: 'fill:report';
  report: FillReport;
}

/** Popup → background: the reports of one tab. */
export interface TabReportsRequest {
  type: 'tab:reports';
  tabId: number;
}

/** Popup → content script of the active tab. */
export type ContentRequest = { type: 'fill:undo' } | { type: 'fill:again' };

export interface BackgroundResponses {
  'fill:context': FillContextResponse;
  'fill:report': { ok: true };
  'tab:reports': FillReport[];
}
