import { type FieldKey, SENSITIVE_FIELDS } from '../profile/fields';

const DOTS = '••••';

/** What a report may show of a value: sensitive fields keep only their last 4 characters ("••••1235"). */
export function maskValue(field: FieldKey, value: string): string {
  if (!SENSITIVE_FIELDS.has(field)) return value;
  return tail(value.replace(/\s+/g, ''));
}

// Too short to show a tail without giving away most of the secret.
const tail = (value: string) => (value.length > 8 ? `${DOTS}${value.slice(-4)}` : DOTS);

/** Masks every occurrence of the given secrets inside a free text (a composed description). */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of secrets) {
    if (secret) masked = masked.split(secret).join(tail(secret));
  }
  return masked;
}
