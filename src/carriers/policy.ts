import { getCarrier } from './index';
import { carrierOwnsUrl, isSecureUrl } from './match';
import type { Carrier } from './types';

/** Everything the automatic-fill decision depends on, gathered by the background from trusted sources. */
export interface AutofillQuestion {
  /** The carrier the saved profile names ('' or 'other' when none from the registry). */
  profileCarrierId: string;
  autofillEnabled: boolean;
  /** URL of the tab's top-level page, as the browser reports it (not as the page claims). */
  topUrl: string | undefined;
  /** URL of the frame asking. */
  frameUrl: string | undefined;
  /** Whether the frame asking is the top frame. */
  isTopFrame: boolean;
  /** The frame's own `location.origin`; 'null' for sandboxed frames and opaque origins. */
  frameOrigin: string;
}

export type AutofillVerdict = { allowed: true; carrier: Carrier } | { allowed: false; reason: string };

const deny = (reason: string): AutofillVerdict => ({ allowed: false, reason });

/**
 * The fill policy (docs/fill-policy.md): fill only on https pages of the profile's own carrier, in the
 * top document or a frame of the same carrier, never in a sandboxed frame, and only while the person
 * leaves automatic fill on for that carrier.
 */
export function decideAutofill(question: AutofillQuestion): AutofillVerdict {
  const carrier = getCarrier(question.profileCarrierId);
  if (!carrier) return deny('no registry carrier in the profile');
  if (!question.autofillEnabled) return deny(`automatic fill is off for ${carrier.name}`);
  if (!question.topUrl || !question.frameUrl) return deny('page address unknown');
  if (!isSecureUrl(question.topUrl)) return deny('page is not https');
  if (!carrierOwnsUrl(carrier, question.topUrl)) return deny(`page is not on ${carrier.name}'s domains`);
  if (question.frameOrigin === 'null') return deny('sandboxed or opaque frame');
  if (!question.isTopFrame) {
    if (!isSecureUrl(question.frameUrl)) return deny('frame is not https');
    if (!carrierOwnsUrl(carrier, question.frameUrl)) return deny('third-party frame');
  }
  // The frame's own view of its origin must agree with the browser's: guards against a frame that
  // navigated between asking and being answered.
  if (question.frameOrigin !== new URL(question.frameUrl).origin) return deny('frame origin changed');
  return { allowed: true, carrier };
}
