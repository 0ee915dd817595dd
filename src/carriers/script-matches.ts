import type { Carrier } from './types';

/**
 * Match patterns for the manifest's content script and its host permissions: https only; `*.domain`
 * covers the domain itself and its subdomains. Apart from the registry (src/carriers/index.ts) so the
 * build's config, which has no bundler's `import.meta.glob`, can read it with the carrier files.
 */
export const contentScriptMatches = (carriers: readonly Pick<Carrier, 'domains'>[]): string[] =>
  carriers.flatMap((carrier) => carrier.domains.map((domain) => `https://*.${domain}/*`));
