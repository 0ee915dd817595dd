// Plain data shared by every layer, including the content script, so it must not import zod.

/** The person's name and how to reach them: the fields every real-site form asks for. */
export const CONTACT_FIELDS = [
  'givenName',
  'familyName',
  'fullName',
  'email',
  'phone',
  'phoneCountryCode',
  'phoneNational',
] as const;

/** Keys the detector assigns to page controls (issue #3 fixes these names). */
export const FIELD_KEYS = [
  ...CONTACT_FIELDS,
  'deviceModel',
  'carrier',
  'orderNumber',
  'activationCode',
  'imei',
  'eid',
  'iccid',
  'reason',
  'subject',
  'description',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export const REASONS = ['lost', 'damaged', 'newDevice', 'deleted', 'other'] as const;
export type Reason = (typeof REASONS)[number];

/** The fields of a person's name: the whole name, or its given and family halves. */
export const NAME_FIELDS: ReadonlySet<FieldKey> = new Set(['givenName', 'familyName', 'fullName']);

/** Values that are personal data or bearer secrets: never logged, masked in any display. */
export const SENSITIVE_FIELDS: ReadonlySet<FieldKey> = new Set(['activationCode', 'imei', 'eid', 'iccid']);
