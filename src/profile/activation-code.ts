import { accept, type CheckResult, reject } from './codes';

/** An eSIM activation code as the QR code holds it (GSMA SGP.22 §4.1). */
export interface ActivationCode {
  /** SM-DP+ host name, lowercased; '' when only a matching id was given. */
  smdpAddress: string;
  /** The AC token, case kept; may be ''. */
  matchingId: string;
  oid?: string;
  /** The carrier also sends a confirmation code, which is never inside the QR code. */
  confirmationRequired: boolean;
  /** Canonical `LPA:1$host$matchingId[$oid][$1]`, or '' for a bare matching id. */
  lpa: string;
}

const MAX_LENGTH = 255;
const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// A host name with at least one dot and a top-level label that is not all digits (no IP addresses).
const HOST_NAME = new RegExp(`^(?=.{1,253}$)(?:${HOST_LABEL}\\.)+(?=[a-z0-9-]*[a-z])${HOST_LABEL}$`);
const MATCHING_ID = /^[A-Za-z0-9-]*$/;
// Bare ids must look like a token (≥ 6 characters, hyphens only between characters) so that a stray
// word or a sentence is not taken for an activation code.
const BARE_MATCHING_ID = /^(?=.{6,}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const OID = /^\d+(?:\.\d+)+$/;
const SETUP_HOSTS = new Set(['esimsetup.apple.com', 'esimsetup.android.com']);

const INVISIBLE = /[\u200b-\u200d\ufeff]/g;

/** Accepts the Apple / Android setup links that carry the code in `carddata`. */
function fromSetupLink(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    if (!SETUP_HOSTS.has(url.hostname.toLowerCase())) return undefined;
    return url.searchParams.get('carddata') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses `LPA:1$<SM-DP+ address>$<matching id>[$<SM-DP+ OID>[$1]]` (the `LPA:` prefix in any case,
 * or left off), or a bare matching id. `LPA:1$host$id$1` is read as "confirmation required" because
 * `1` cannot be an OID (an OID has at least two arcs); the canonical form then writes `$$1`.
 */
export function parseActivationCode(raw: string): CheckResult<ActivationCode> {
  let text = raw.normalize('NFKC').replace(INVISIBLE, '').trim();
  // Line breaks and spaces inside an LPA string are left by e-mail wrapping: it holds none itself.
  // Inside a bare id they would be guesswork, so a bare id with spaces is refused below.
  if (/^(?:lpa:|\d+\s*\$|https?:)/i.test(text)) text = text.replace(/\s/g, '');
  text = fromSetupLink(text) ?? text;
  if (text.length > MAX_LENGTH) return reject('lpa.tooLong');

  const body = text.replace(/^lpa:/i, '');
  if (body === text && !/^\d+\$/.test(body)) {
    if (!BARE_MATCHING_ID.test(body)) return reject('lpa.format');
    return accept({ smdpAddress: '', matchingId: body, confirmationRequired: false, lpa: '' });
  }

  const parts = body.split('$');
  const [format = '', rawHost = '', matchingId, fourth, fifth] = parts;
  if (/^\d+$/.test(format) && format !== '1') return reject('lpa.version');
  if (format !== '1' || matchingId === undefined || parts.length > 5) return reject('lpa.format');

  if (/[/:@?#]/.test(rawHost)) return reject('lpa.host');
  const host = rawHost.toLowerCase().replace(/\.$/, '');
  if (!HOST_NAME.test(host)) return reject('lpa.host');
  if (!MATCHING_ID.test(matchingId)) return reject('lpa.matchingId');

  let oid: string | undefined;
  let confirmationRequired = false;
  if (parts.length === 4 && fourth === '1') {
    confirmationRequired = true;
  } else if (fourth) {
    if (!OID.test(fourth)) return reject('lpa.oid');
    oid = fourth;
  }
  if (fifth !== undefined) {
    if (fifth === '1') confirmationRequired = true;
    else if (fifth !== '') return reject('lpa.format');
  }

  let lpa = `LPA:1$${host}$${matchingId}`;
  if (oid || confirmationRequired) lpa += `$${oid ?? ''}`;
  if (confirmationRequired) lpa += '$1';
  const code: ActivationCode = { smdpAddress: host, matchingId, confirmationRequired, lpa };
  if (oid) code.oid = oid;
  return accept(code, confirmationRequired ? 'lpa.confirmationCode' : undefined);
}
