import type { FieldKey } from '../profile/fields';

export type SkipReason =
  | 'not-empty'
  | 'hidden'
  | 'disabled'
  | 'read-only'
  | 'never-touch'
  | 'no-value'
  | 'no-matching-option'
  | 'reverted-by-page'
  | 'not-support-form'
  | 'third-party-frame'
  | 'policy';

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
  at: number;
}
