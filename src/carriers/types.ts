import type { PageLanguage } from '../lang';
import type { FieldKey } from '../profile/fields';

export type { PageLanguage };

export interface ContactChannel {
  kind: 'webForm' | 'email' | 'phone' | 'chat';
  /** URL, address or number as the person would use it. */
  value: string;
  /** False when the contact came from an unconfirmed source: the UI must not present it as official. */
  verified: boolean;
  note?: string;
}

export interface Carrier {
  /** Stable registry id stored in profiles; never rename. */
  id: string;
  name: string;
  /** Other names people know the carrier by (brands), used for matching "carrier" fields. */
  aliases?: readonly string[];
  /** ISO 3166-1 alpha-2 codes, or 'global' for travel-eSIM sellers. */
  countries: readonly string[];
  /**
   * Verified domains: a page on one of these hosts or any subdomain belongs to the carrier, and may be
   * filled by itself [P1, P8]. Lowercase, no scheme.
   */
  domains: readonly string[];
  /**
   * Domains said to be the carrier's but not confirmed (e.g. from an old brief): never filled by
   * themselves — a squatter on one must not receive the profile — and offered only once the person
   * adds the site [P8].
   */
  unverifiedDomains?: readonly string[];
  /** Path patterns (regex sources, matched against pathname) of pages that hold support / replacement forms. */
  supportPaths?: readonly string[];
  contacts: readonly ContactChannel[];
  languages: readonly PageLanguage[];
  kind: 'network' | 'travel';
  /**
   * The details this carrier asks for to re-issue an eSIM, most telling first (the popup's checklist
   * says which are still empty). Left out: name, e-mail, phone, order number, device model, EID.
   */
  wants?: readonly FieldKey[];
  /** Working days the carrier says it takes to answer a request (the request log's default is 3). */
  answerWithinWorkingDays?: number;
}

export const defineCarrier = (carrier: Carrier): Carrier => carrier;
