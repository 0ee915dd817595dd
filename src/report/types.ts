import type { FieldKey } from '../profile/fields';

/** Why the fill engine left a control alone: the one list the report, its schema and the popup use. */
export const SKIP_REASONS = [
  'not-empty',
  'hidden',
  'disabled',
  'read-only',
  'never-touch',
  'no-value',
  'no-matching-option',
  'reverted-by-page',
  'not-support-form',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface FilledEntry {
  field: FieldKey;
  /** The control's label as the person sees it. */
  label: string;
  /** Value as written, masked when the field is sensitive. */
  shown: string;
}

export interface SkippedEntry {
  field: FieldKey | null;
  label: string;
  reason: SkipReason;
}

export interface FillReport {
  /** Frame URL without query or fragment (may hold tokens). */
  url: string;
  formCount: number;
  filled: FilledEntry[];
  skipped: SkippedEntry[];
  platform: string | null;
  /** A chat-only support page (Intercom, WhatsApp): nothing was filled; the popup offers a message to copy. */
  chatOnly?: boolean;
  /** Forms that wait for a press on ReSIM's offer beside them [P6]. */
  offered?: number;
  /** A replacement form was not filled by itself: the same request was sent then (src/journey/duplicates.ts). */
  duplicateOf?: { sentAt: number };
  at: number;
}
