// Every message the background receives, read before it is acted on, stored or shown: content scripts
// and engines run in pages we do not control. Hand-written guards, not a schema library: this is the
// background's hot path (each carrier page asks `fill:context`), and issue 10 wants the background
// small (≤ 20 KB gzip) with no schema library on the policy path. Each guard copies only the fields it
// knows, as a schema would, so nothing extra a page adds reaches storage.
import { FIELD_KEYS, type FieldKey } from '../profile/fields';
import { SKIP_REASONS, type SkipReason } from '../report/types';
import type {
  FillContextRequest,
  FillReportMessage,
  PageActionRequest,
  PageFillRequest,
  PagePendingRequest,
  PromptFileRequest,
  RequestSentMessage,
  SitesChangedRequest,
  TabReportsRequest,
} from './protocol';

export type BackgroundRequest =
  | FillContextRequest
  | FillReportMessage
  | RequestSentMessage
  | PromptFileRequest
  | TabReportsRequest
  | PageFillRequest
  | PagePendingRequest
  | PageActionRequest
  | SitesChangedRequest;

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isCount = (value: unknown, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;
const isFieldKey = (value: unknown): value is FieldKey => (FIELD_KEYS as readonly unknown[]).includes(value);
const isSkipReason = (value: unknown): value is SkipReason =>
  (SKIP_REASONS as readonly unknown[]).includes(value);

/** Each entry read by `read`, or undefined when the value is no list, is too long or one entry fails. */
function listOf<T>(value: unknown, max: number, read: (entry: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  const list: T[] = [];
  for (const entry of value) {
    const item = read(entry);
    if (item === undefined) return undefined;
    list.push(item);
  }
  return list;
}

function readReport(value: unknown): FillReportMessage['report'] | undefined {
  if (!isRecord(value)) return undefined;
  const { url, formCount, platform, chatOnly, offered, duplicateOf, at } = value;
  const filled = listOf(value.filled, 500, (entry) =>
    isRecord(entry) && isFieldKey(entry.field) && isText(entry.label, 300) && isText(entry.shown, 2000)
      ? { field: entry.field, label: entry.label, shown: entry.shown }
      : undefined,
  );
  const skipped = listOf(value.skipped, 500, (entry) =>
    isRecord(entry) &&
    (entry.field === null || isFieldKey(entry.field)) &&
    isText(entry.label, 300) &&
    isSkipReason(entry.reason)
      ? { field: entry.field as FieldKey | null, label: entry.label, reason: entry.reason }
      : undefined,
  );
  if (!isText(url, 2048) || !isCount(formCount, 1000) || !filled || !skipped || !isNumber(at))
    return undefined;
  if (!(platform === null || isText(platform, 40))) return undefined;
  if (chatOnly !== undefined && typeof chatOnly !== 'boolean') return undefined;
  if (offered !== undefined && !isCount(offered, 1000)) return undefined;
  if (duplicateOf !== undefined && !(isRecord(duplicateOf) && isNumber(duplicateOf.sentAt))) return undefined;
  const report: FillReportMessage['report'] = { url, formCount, filled, skipped, platform, at };
  if (chatOnly !== undefined) report.chatOnly = chatOnly;
  if (offered !== undefined) report.offered = offered;
  if (duplicateOf !== undefined) report.duplicateOf = { sentAt: duplicateOf.sentAt as number };
  return report;
}

/** The message as one of the background's requests, or undefined when it is none of them. */
export function readBackgroundRequest(message: unknown): BackgroundRequest | undefined {
  if (!isRecord(message)) return undefined;
  const { type, tabId } = message;
  switch (type) {
    case 'fill:context': {
      const { frameOrigin, pageStartedAt } = message;
      return isText(frameOrigin, 2048) && isNumber(pageStartedAt)
        ? { type, frameOrigin, pageStartedAt }
        : undefined;
    }
    case 'fill:report': {
      const report = readReport(message.report);
      return report && { type, report };
    }
    case 'request:sent': {
      const fields = listOf(message.fields, FIELD_KEYS.length, (key) => (isFieldKey(key) ? key : undefined));
      return fields && isText(message.url, 2048) ? { type, fields, url: message.url } : undefined;
    }
    case 'engine:prompt':
    case 'sites:changed':
      return { type };
  }
  if (!Number.isInteger(tabId)) return undefined;
  const tab = tabId as number;
  switch (type) {
    case 'tab:reports':
    case 'page:pending':
      return { type, tabId: tab };
    case 'page:undo':
    case 'page:again':
      return { type, tabId: tab };
    case 'page:fill': {
      const { identifiers, profileId } = message;
      if (identifiers !== 'ask' && identifiers !== 'include' && identifiers !== 'leave-out') return undefined;
      if (profileId !== undefined && !isText(profileId, 64)) return undefined;
      return profileId === undefined
        ? { type, tabId: tab, identifiers }
        : { type, tabId: tab, identifiers, profileId };
    }
  }
  return undefined;
}
