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

/** The outcome only: the background injects the engine into the frame and hands it the data itself. */
export type FillContextResponse =
  | { allowed: true; mode: 'auto' | 'offer' }
  | { allowed: false; reason: string };

/** Content script → background: what happened on this frame (for the badge and the popup). */
export interface FillReportMessage {
  type: 'fill:report';
  report: FillReport;
}

/**
 * Engine → background: a form the engine filled was sent by the person (src/fill/sent.ts). Fields only,
 * never values; the background logs it only for a frame it started itself (src/background/requests.ts).
 */
export interface RequestSentMessage {
  type: 'request:sent';
  fields: FieldKey[];
  /** The frame's page, origin and path. */
  url: string;
}

/**
 * Engine → background: the engine has a first offer or notice to show; the background injects the
 * in-page prompt's file (fill-prompt.js) into the sender's own frame, only a frame it started itself.
 */
export interface PromptFileRequest {
  type: 'engine:prompt';
}

/** Popup → background: the reports of one tab. */
export interface TabReportsRequest {
  type: 'tab:reports';
  tabId: number;
}

/** Popup → background: undo what ReSIM wrote in the tab, or fill it again (the person asked). */
export interface PageActionRequest {
  type: 'page:undo' | 'page:again';
  tabId: number;
}

/**
 * Popup → background: "Fill this page" on the tab behind the popup (policy P12–P14). `ask` first lists
 * the boxes that would receive an identifier when the page is not the profile carrier's; the person
 * then answers `include` or `leave-out`.
 */
export interface PageFillRequest {
  type: 'page:fill';
  tabId: number;
  identifiers: 'ask' | 'include' | 'leave-out';
  /**
   * The profile to fill with, as the person chose it (or as the confirmation named it). Without it, the
   * profile whose carrier owns the page, or the only one; when several could apply the answer is
   * `choose-profile`.
   */
  profileId?: string;
}

/** A profile the person may fill a page with: its id, and its title ('' when it has none to show). */
export interface ProfileChoice {
  id: string;
  label: string;
}

/** A box that would receive the activation code, EID, IMEI, ICCID or order number (or a message holding them). */
export interface SensitiveBox {
  label: string;
  fields: FieldKey[];
}

export type PageFillResponse =
  | { status: 'filled'; filled: number; skipped: number }
  /** `profileId`: whose identifiers these are; the answer (`include` / `leave-out`) sends it back. */
  | { status: 'confirm'; boxes: SensitiveBox[]; profileId: string }
  | { status: 'choose-profile'; profiles: ProfileChoice[] }
  | { status: 'refused'; reason: string };

/** A question the keyboard shortcut or the context menu left waiting for the popup. */
export type PendingFill = Extract<PageFillResponse, { status: 'confirm' | 'choose-profile' }>;

/**
 * Popup → background: a confirmation or a choice of profile the keyboard shortcut or the context menu
 * left waiting for this tab (they cannot show it themselves), or null.
 */
export interface PagePendingRequest {
  type: 'page:pending';
  tabId: number;
}

/** Popup → background: the Sites list changed (added, removed, switched): register the content scripts anew. */
export interface SitesChangedRequest {
  type: 'sites:changed';
}

export interface BackgroundResponses {
  'fill:context': FillContextResponse;
  'fill:report': { ok: true };
  'request:sent': { ok: boolean };
  'engine:prompt': { ok: boolean };
  'tab:reports': FillReport[];
  'page:fill': PageFillResponse;
  'page:pending': PendingFill | null;
  'sites:changed': { ok: true };
  'page:undo': { ok: boolean };
  'page:again': { ok: boolean };
}
