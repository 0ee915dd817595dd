/** Script path (as the page requests it) → JavaScript source, built from node_modules' React and Vue. */
export function buildFrameworkAssets(): Promise<Record<string, string>>;
