// Types of real-web-score.mjs (plain JS, so that scripts can use it without a TypeScript step).
export type Label = string | null;
export interface Control {
  index: number | null;
  field: string | null;
  evidence?: string;
}
export type MissKind = 'missed' | 'wrong field' | 'false label';
export interface Miss {
  index: number;
  want: string;
  got: string | null;
  kind: MissKind;
  evidence?: string;
}
export interface Counts {
  inScope: number;
  right: number;
  negatives: number;
  falseLabels: number;
  esimFalse: number;
}
export interface PageScore extends Counts {
  misses: Miss[];
}
export interface Totals extends Counts {
  pages: number;
}

export const ESIM_FIELDS: Set<string>;
export function scorePage(labels: Label[], controls: Control[]): PageScore;
export function addUp(scores: Iterable<PageScore>): Totals;
export function percent(part: number, whole: number): number;
export function summaryLine(name: string, totals: Totals): string;
