import { z } from 'zod';
import { REASONS } from './fields';

/**
 * The profile as stored. Strings are kept as the person typed them (trimmed); validity of the
 * identifiers is judged by `identifiers.ts` so a half-typed value can still be drafted.
 */
export const profileSchema = z.object({
  givenName: z.string().trim().max(100).default(''),
  familyName: z.string().trim().max(100).default(''),
  email: z.string().trim().max(254).default(''),
  phone: z.string().trim().max(40).default(''),
  /** A carrier registry id, or 'other' with `carrierOtherName`. Empty when not chosen yet. */
  carrierId: z.string().trim().max(40).default(''),
  carrierOtherName: z.string().trim().max(100).default(''),
  deviceModel: z.string().trim().max(100).default(''),
  orderNumber: z.string().trim().max(100).default(''),
  activationCode: z.string().trim().max(255).default(''),
  imei: z.string().trim().max(40).default(''),
  eid: z.string().trim().max(60).default(''),
  iccid: z.string().trim().max(40).default(''),
  reason: z.enum(REASONS).or(z.literal('')).default(''),
  notes: z.string().max(2000).default(''),
});
export type Profile = z.infer<typeof profileSchema>;
export type ProfileKey = keyof Profile;

export const emptyProfile = (): Profile => profileSchema.parse({});

/** Every profile key, in the schema's order. */
export const PROFILE_KEYS = Object.keys(profileSchema.shape) as ProfileKey[];
