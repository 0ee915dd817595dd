import { CARRIERS } from './index';
import type { Carrier } from './types';

const hostOf = (url: string | URL): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
};

/** True when `host` is `domain` or one of its subdomains — on a label boundary, never a lookalike. */
export const hostBelongsTo = (host: string, domain: string): boolean =>
  host === domain || host.endsWith(`.${domain}`);

export const carrierOwnsUrl = (carrier: Carrier, url: string | URL): boolean => {
  const host = hostOf(url);
  return host !== undefined && carrier.domains.some((domain) => hostBelongsTo(host, domain));
};

/** A domain listed for the carrier without being confirmed as its own [P8]. */
export const carrierListsUnverified = (carrier: Carrier, url: string | URL): boolean => {
  const host = hostOf(url);
  return (
    host !== undefined && (carrier.unverifiedDomains ?? []).some((domain) => hostBelongsTo(host, domain))
  );
};

/** The carrier whose verified domain serves this URL, whatever the scheme. */
export const carrierForUrl = (
  url: string | URL,
  carriers: readonly Carrier[] = CARRIERS,
): Carrier | undefined => carriers.find((carrier) => carrierOwnsUrl(carrier, url));

export const isSecureUrl = (url: string | URL): boolean => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};
