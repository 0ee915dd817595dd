import { CARRIERS } from './index';
import { carrierForUrl, carrierListsUnverified, carrierOwnsUrl, isSecureUrl } from './match';
import type { AddedSite } from './sites';
import type { Carrier } from './types';

// The fill policy, rule by rule (docs/fill-policy.md). Decided by the background from what the
// *browser* reports about the tab and frame, never from what the page claims.

/** Everything the decision for one frame depends on, gathered by the background from trusted sources. */
export interface FrameQuestion {
  /** The carrier the saved profile names ('' when none; 'other' with `profileCarrierName`). */
  profileCarrierId: string;
  profileCarrierName?: string;
  /** The profile carrier's automatic-fill switch [P4]. */
  autofillEnabled: boolean;
  /** Sites the person added ("Always offer on this site") [P9]. */
  sites?: readonly AddedSite[];
  /** URL of the tab's top-level page, as the browser reports it (not as the page claims). */
  topUrl: string | undefined;
  /** URL of the frame asking. */
  frameUrl: string | undefined;
  isTopFrame: boolean;
  /** The frame's own `location.origin`; 'null' for sandboxed frames and opaque origins. */
  frameOrigin: string;
}

/** Who a page belongs to: a registry carrier's verified domain, or a site the person attached. */
type Owner = { kind: 'verified'; carrier: Carrier } | { kind: 'site'; site: AddedSite };

export type FrameVerdict =
  | {
      allowed: true;
      /** `auto`: replacement forms fill by themselves [P5]; `offer`: every form waits for a press [P6]. */
      mode: 'auto' | 'offer';
      carrierId: string;
    }
  | { allowed: false; reason: string };

const deny = (reason: string): FrameVerdict => ({ allowed: false, reason });

const originOf = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
};

function ownerOf(url: string, sites: readonly AddedSite[]): Owner | undefined {
  const carrier = carrierForUrl(url);
  if (carrier) return { kind: 'verified', carrier };
  const origin = originOf(url);
  const site = sites.find((candidate) => candidate.origin === origin);
  return site ? { kind: 'site', site } : undefined;
}

const sameName = (a = '', b = '') => a.trim().toLowerCase() === b.trim().toLowerCase();

/** P2: the page belongs to the profile's own carrier — never another's. */
function belongsToProfile(
  owner: Owner,
  question: Pick<FrameQuestion, 'profileCarrierId' | 'profileCarrierName'>,
): boolean {
  if (!question.profileCarrierId) return false;
  if (owner.kind === 'verified') return owner.carrier.id === question.profileCarrierId;
  const { site } = owner;
  if (site.carrierId !== question.profileCarrierId) return false;
  return site.carrierId !== 'other' || sameName(site.carrierName, question.profileCarrierName);
}

// ---- which profile [P2] -----------------------------------------------------------------------

/** What the choice of a profile needs of one (src/profile/storage.ts `ProfileEntry` is one). */
export interface ProfileLike {
  id: string;
  profile: { carrierId: string; carrierOtherName?: string };
}

/** The page a profile is chosen for, as the browser reports it, and the sites the person added. */
export interface PageProfileQuestion {
  topUrl: string | undefined;
  sites?: readonly AddedSite[];
  /** The profile the person selected in the popup: first among several of the same carrier. */
  selectedId?: string;
}

/**
 * Every profile whose carrier owns the page [P2]: a verified domain of that registry carrier, or a
 * site the person attached to it (for "other", by the same name). Selected profile first.
 */
export function profilesForPage<T extends ProfileLike>(
  entries: readonly T[],
  question: PageProfileQuestion,
): T[] {
  if (!question.topUrl) return [];
  const owner = ownerOf(question.topUrl, question.sites ?? []);
  if (!owner) return [];
  const matching = entries.filter((entry) =>
    belongsToProfile(owner, {
      profileCarrierId: entry.profile.carrierId,
      profileCarrierName: entry.profile.carrierOtherName,
    }),
  );
  const selected = matching.findIndex((entry) => entry.id === question.selectedId);
  if (selected > 0) matching.unshift(...matching.splice(selected, 1));
  return matching;
}

/**
 * The profile that fills and offers on a page by itself [P2]: the one whose carrier owns the page (the
 * selected one when several share that carrier); none when the page is no carrier's of theirs.
 */
export const profileForPage = <T extends ProfileLike>(
  entries: readonly T[],
  question: PageProfileQuestion,
): T | undefined => profilesForPage(entries, question)[0];

/**
 * The profile "Fill this page" uses [P12]: the one whose carrier owns the page, or the only one; the
 * person chooses when more than one could apply (the page is none of their carriers', or two profiles
 * share its carrier). `entries` are the profiles worth filling with (not empty).
 */
export function profileForRequest<T extends ProfileLike>(
  entries: readonly T[],
  question: PageProfileQuestion,
): { entry: T } | { choose: T[] } {
  const matching = profilesForPage(entries, question);
  if (matching.length === 1) return { entry: matching[0]! };
  if (matching.length > 1) return { choose: matching };
  if (entries.length === 1) return { entry: entries[0]! };
  return { choose: [...entries] };
}

/** P3: the frame is the top page or a frame of the same owner. */
function sameOwner(owner: Owner, frameUrl: string): boolean {
  if (owner.kind === 'verified') return carrierOwnsUrl(owner.carrier, frameUrl);
  return originOf(frameUrl) === owner.site.origin;
}

/** A carrier that lists this URL's domain without it being confirmed. */
const listedUnverified = (url: string): Carrier | undefined =>
  CARRIERS.find((carrier) => carrierListsUnverified(carrier, url));

/** P8: a registry domain nobody confirmed never fills by itself, even added and switched on. */
const unverifiedRegistryDomain = (url: string) => !!listedUnverified(url) && !carrierForUrl(url);

/**
 * The part of the policy the registry alone decides, at once [P1, P3]: the top page is https on a
 * verified carrier domain, and the frame is that page or one of the same carrier, with the origin the
 * browser reports. The background starts loading the engine into such a frame while it reads the
 * profile; only `decideFrame` (the profile's carrier, its switch) lets the engine start [P2, P4, P10].
 */
export function mayHelpVerifiedFrame(
  question: Pick<FrameQuestion, 'topUrl' | 'frameUrl' | 'isTopFrame' | 'frameOrigin'>,
): boolean {
  const { topUrl, frameUrl, frameOrigin } = question;
  if (!topUrl || !frameUrl || !isSecureUrl(topUrl)) return false;
  const carrier = carrierForUrl(topUrl);
  if (!carrier || frameOrigin === 'null' || frameOrigin !== originOf(frameUrl)) return false;
  return question.isTopFrame || (isSecureUrl(frameUrl) && carrierOwnsUrl(carrier, frameUrl));
}

/** The registry carrier whose verified domain serves this URL, if any (its id). */
export const verifiedCarrierIdOf = (url: string | undefined): string | undefined =>
  url ? carrierForUrl(url)?.id : undefined;

/**
 * May this frame be helped, and how [P1–P4, P8, P9]: only on https pages of the profile's own
 * carrier (a verified registry domain, or a site the person attached to that carrier), in the top
 * document or a frame of the same owner, never in a sandboxed frame. Fills by itself only on
 * verified domains whose switch is on, or on added sites the person switched on; offers otherwise.
 */
export function decideFrame(question: FrameQuestion): FrameVerdict {
  const { topUrl, frameUrl } = question;
  if (!question.profileCarrierId) return deny('no carrier in the profile');
  if (!topUrl || !frameUrl) return deny('page address unknown');
  if (!isSecureUrl(topUrl)) return deny('page is not https');
  const owner = ownerOf(topUrl, question.sites ?? []);
  if (!owner) return deny('page is neither a carrier domain nor an added site');
  if (!belongsToProfile(owner, question)) return deny("page is not the profile carrier's");
  if (question.frameOrigin === 'null') return deny('sandboxed or opaque frame');
  if (!question.isTopFrame) {
    if (!isSecureUrl(frameUrl)) return deny('frame is not https');
    if (!sameOwner(owner, frameUrl)) return deny('third-party frame');
  }
  // The frame's own view of its origin must agree with the browser's: guards against a frame that
  // navigated between asking and being answered.
  if (question.frameOrigin !== originOf(frameUrl)) return deny('frame origin changed');
  const carrierId = owner.kind === 'verified' ? owner.carrier.id : owner.site.carrierId;
  const auto =
    owner.kind === 'verified'
      ? question.autofillEnabled
      : owner.site.autoFill && !unverifiedRegistryDomain(topUrl);
  return { allowed: true, mode: auto ? 'auto' : 'offer', carrierId };
}

/** Everything "Fill this page" depends on [P12–P14]. */
export interface RequestQuestion {
  profileCarrierId: string;
  profileCarrierName?: string;
  sites?: readonly AddedSite[];
  topUrl: string | undefined;
}

export type RequestVerdict =
  | {
      allowed: true;
      /** The page is the profile carrier's: identifiers need no second yes [P14]. */
      trusted: boolean;
      /** The page is some carrier's (eSIM boxes are in context on its support forms). */
      telecom: boolean;
    }
  | { allowed: false; reason: string };

/** "Fill this page": any https page the person is looking at [P12]; trusted when it is their carrier's [P14]. */
export function decideRequest(question: RequestQuestion): RequestVerdict {
  const { topUrl } = question;
  if (!topUrl) return { allowed: false, reason: 'page address unknown' };
  if (!isSecureUrl(topUrl)) return { allowed: false, reason: 'page is not https' };
  const owner = ownerOf(topUrl, question.sites ?? []);
  const trusted = !!owner && belongsToProfile(owner, question) && !unverifiedRegistryDomain(topUrl);
  return { allowed: true, trusted, telecom: !!owner || !!listedUnverified(topUrl) };
}
