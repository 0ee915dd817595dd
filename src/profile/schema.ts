import { z } from 'zod/mini';
import { REASONS } from './fields';

/** A text box as stored: trimmed, at most `max` characters, empty when missing. */
const text = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max)), '');

/**
 * The profile as stored. Strings are kept as the person typed them (trimmed); validity of the
 * identifiers is judged by `identifiers.ts` so a half-typed value can still be drafted.
 * zod/mini, as every schema of ReSIM: the same validation as zod's chained API, tree-shakable (the
 * popup's first paint carries only the checks it uses) and without zod's JIT object parser, whose
 * `new Function` probe `web-ext lint` reports as DANGEROUS_EVAL.
 */
export const profileSchema = z.object({
  givenName: text(100),
  familyName: text(100),
  email: text(254),
  phone: text(40),
  /** A carrier registry id, or 'other' with `carrierOtherName`. Empty when not chosen yet. */
  carrierId: text(40),
  carrierOtherName: text(100),
  deviceModel: text(100),
  orderNumber: text(100),
  activationCode: text(255),
  imei: text(40),
  eid: text(60),
  iccid: text(40),
  reason: z._default(z.union([z.enum(REASONS), z.literal('')]), ''),
  notes: z._default(z.string().check(z.maxLength(2000)), ''),
});
export type Profile = z.infer<typeof profileSchema>;
export type ProfileKey = keyof Profile;

export const emptyProfile = (): Profile => profileSchema.parse({});

/** Every profile key, in the schema's order. */
export const PROFILE_KEYS = Object.keys(profileSchema.shape) as ProfileKey[];
