// Types of heavy-page.mjs for the tests that serve the bench's heavy page (tests/e2e/large-page.e2e.ts).
export const HEAVY_PAGE_URL: string;
export const UNRELATED_CONTROLS: number;
export const DEVICE_OPTIONS: number;
export const BENCH_PROFILE: Record<string, string>;
export const FIELDS: Record<string, { id: string; value?: string; checked?: boolean; written?: boolean }>;
export function deviceNames(count?: number): string[];
export function heavyPageRoutes(root: string): Record<string, { contentType: string; body: string }>;
export function heavyPageHtml(root: string): string;
/** Evaluated in the page once it is filled: what the page saw, and whether each field is right. */
export const READ_PAGE: string;
