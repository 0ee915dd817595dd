// The new eSIM's activation code, as the person pastes it or as its QR code holds it. Pure: the
// reading is src/profile/activation-code.ts's (one parser for the profile and for this journey); this
// file only demands what installing an eSIM needs — an SM-DP+ address — and says what is wrong in
// words the popup can show.
import { parseActivationCode } from '../profile/identifiers';

/** What the phone asks for when the person enters the eSIM by hand. */
export interface NewActivation {
  /** SM-DP+ address (host name, lowercased). */
  smdp: string;
  /** The activation code proper (GSMA "matching ID"), case kept; may be '' (the server then decides). */
  matchingId: string;
  /** The carrier sends a confirmation code as well; it is never inside the QR code. */
  confirmationRequired?: true;
  oid?: string;
  /** The canonical `LPA:1$…` string: what is kept as the profile's activation code. */
  raw: string;
}

export const ACTIVATION_ERRORS = [
  /** Nothing pasted, or a QR code holding nothing. */
  'empty',
  /** Text that is not an activation code at all (a URL, a sentence, a bare token without server). */
  'notLpa',
  /** `LPA:2$…`: only format 1 exists. */
  'version',
  /** `LPA:1$$CODE`, or no `$` after the format: no server to download from. */
  'missingSmdp',
  /** An SM-DP+ address with a scheme, a port, a path, or not a host name. */
  'badSmdp',
  /** `LPA:1$host` with no `$` for the activation code. */
  'missingMatchingId',
  /** Characters no activation code holds. */
  'badMatchingId',
  /** A fourth part that is not an OID, or a fifth that is not `1`. */
  'badOid',
  /** Over 255 characters: something else was pasted along. */
  'tooLong',
] as const;
export type ActivationError = (typeof ACTIVATION_ERRORS)[number];

export type ActivationResult = { ok: true; value: NewActivation } | { ok: false; error: ActivationError };

const fail = (error: ActivationError): ActivationResult => ({ ok: false, error });

/** The LPA body once the prefix, spaces left by mail wrapping and invisible characters are gone. */
const lpaBody = (text: string): string | undefined => {
  const compact = text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\ufeff\s]/g, '')
    .replace(/^lpa:/i, '');
  return /^\d+\$/.test(compact) || /^\d+$/.test(compact) ? compact : undefined;
};

/**
 * Reads a pasted string or the text of a QR code: `LPA:1$<SM-DP+>$<code>[$<OID>[$1]]` (`LPA:` in any
 * case), or Apple's / Android's setup link that carries it. A bare code without its server is not
 * enough to install an eSIM: 'notLpa'.
 */
export function parseNewActivation(text: string): ActivationResult {
  const trimmed = text.trim();
  if (!trimmed) return fail('empty');
  const parsed = parseActivationCode(trimmed);
  if (!parsed.ok) {
    // Say which part is missing rather than "not a code" when the shape is almost right.
    const body = lpaBody(trimmed);
    const parts = body?.split('$') ?? [];
    switch (parsed.error) {
      case 'lpa.tooLong':
        return fail('tooLong');
      case 'lpa.version':
        return fail('version');
      case 'lpa.host':
        return fail(parts[1] === '' ? 'missingSmdp' : 'badSmdp');
      case 'lpa.matchingId':
        return fail('badMatchingId');
      case 'lpa.oid':
        return fail('badOid');
      default:
        if (body === undefined || parts[0] !== '1') return fail('notLpa');
        if (parts.length < 2 || parts[1] === '') return fail('missingSmdp');
        if (parts.length === 2) return fail('missingMatchingId');
        return fail(parts.length > 5 ? 'notLpa' : 'badOid');
    }
  }
  const code = parsed.value;
  if (!code.smdpAddress) return fail('notLpa');
  const value: NewActivation = { smdp: code.smdpAddress, matchingId: code.matchingId, raw: code.lpa };
  if (code.confirmationRequired) value.confirmationRequired = true;
  if (code.oid) value.oid = code.oid;
  return { ok: true, value };
}

/**
 * The phone makers' own setup links, which open the eSIM installer with the code filled in when
 * opened on the phone itself: Apple's (iOS 17.4 and later) and Android's.
 */
export function setupLinks(activation: Pick<NewActivation, 'raw'>): { ios: string; android: string } {
  const carddata = encodeURIComponent(activation.raw);
  return {
    ios: `https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${carddata}`,
    android: `https://esimsetup.android.com/esim_qrcode_provisioning?carddata=${carddata}`,
  };
}
