// Types of sizes.mjs (plain JS, so that the bench runs without a TypeScript step).
export type BudgetKey = 'background' | 'popupFirstPaint' | 'fillEngine' | 'contentScript';
export const BUDGETS: Record<BudgetKey, number>;
export const CEILINGS: Partial<Record<BudgetKey, number>>;
export function gzipBytes(buffer: Uint8Array | string): number;
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  /** Libraries found in the file by their markers (zod, phone metadata). */
  contains: string[];
}
export interface SizeRow {
  key: BudgetKey;
  label: string;
  files: FileSize[];
  raw: number;
  gzip: number;
  budget: number;
  /** Set while the bundle misses its budget: the most it may weigh meanwhile. */
  ceiling?: number;
  contains: string[];
  ok: boolean;
}
export interface Sizes {
  rows: SizeRow[];
  popupLazy: FileSize[];
  /** The engine's parts the background injects only when a frame's engine needs them (fill-prompt.js). */
  engineOnDemand: FileSize[];
}
export function engineOnDemandFiles(extensionDir: string): string[];
export function popupFiles(extensionDir: string): { firstPaint: string[]; lazy: string[] };
export function measureSizes(extensionDir: string): Sizes;
export function kb(bytes: number): string;
export function formatSizes(sizes: Sizes, extensionDir?: string): string[];
