import type { FillData } from '../fill/types';
import type { FillReport } from '../report/types';

// One typed protocol between popup, background and content scripts. This file carries types and a
// thin sender only (the content script imports it, so no zod here); the background and popup
// validate what they receive with `schemas.ts`.

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

export type BackgroundRequest = FillContextRequest | FillReportMessage | TabReportsRequest;

/** Popup → content script of the active tab. */
export type ContentRequest = { type: 'fill:undo' } | { type: 'fill:again' };

export interface BackgroundResponses {
  'fill:context': FillContextResponse;
  'fill:report': { ok: true };
  'tab:reports': FillReport[];
}
