// Types of browser.mjs, for tests that drive the inspector in-process.
import type { InspectedControl, InspectedForm } from './entry';

/** What one visit returns: the detection report, or `{ error }` when the page could not be inspected. */
export interface Visit {
  fields?: InspectedControl[];
  forms?: InspectedForm[];
  extra?: unknown;
  error?: string;
}

export interface InspectorTab {
  visit(input: string, extra?: string): Promise<Visit>;
  close(): Promise<unknown>;
}

export interface Inspector {
  tab(): InspectorTab;
  close(): Promise<void>;
}

/** One headless Chromium (CHROMIUM_PATH or /usr/bin/chromium) with the detection bundle ready. */
export function openInspector(): Promise<Inspector>;

/** Runs every input (file path or URL) through a few reused tabs; results keep the input order. */
export function visitAll(
  inspector: Inspector,
  inputs: string[],
  extra?: string,
  concurrency?: number,
): Promise<Visit[]>;

/**
 * The file to open for `path`: itself, or (a UTF-8 page under another meta charset) a copy in `copies`
 * that starts with a byte-order mark.
 */
export function readablePath(path: string, copies: string): string;
