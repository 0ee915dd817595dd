// Types of chromium.mjs (plain JS, so that the scripts run without a TypeScript step).
export const CHROMIUM: string;
export function extensionArgs(extensionDir: string, options?: { headless?: boolean }): string[];
