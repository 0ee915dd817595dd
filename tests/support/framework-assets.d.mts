/** Script path (as the page requests it) → JavaScript source, built from node_modules' React and Vue. */
export function buildFrameworkAssets(): Promise<Record<string, string>>;

/** Bundles one React entry (a path from the repository root) as an IIFE, with production React. */
export function bundleReact(entry: string): Promise<string>;
