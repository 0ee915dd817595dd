import { z } from 'zod';
import { FIELD_KEYS } from '../profile/fields';
import { SKIP_REASONS } from '../report/types';

// zod schemas for every message the background and popup receive. Content scripts run in pages we do
// not control, so whatever they send is validated before it is stored or shown.

const fieldKey = z.enum(FIELD_KEYS);
const skipReason = z.enum(SKIP_REASONS);

const fillReportSchema = z.object({
  url: z.string().max(2048),
  formCount: z.number().int().min(0).max(1000),
  filled: z
    .array(z.object({ field: fieldKey, label: z.string().max(300), shown: z.string().max(2000) }))
    .max(500),
  skipped: z
    .array(z.object({ field: fieldKey.nullable(), label: z.string().max(300), reason: skipReason }))
    .max(500),
  platform: z.string().max(40).nullable(),
  chatOnly: z.boolean().optional(),
  offered: z.number().int().min(0).max(1000).optional(),
  duplicateOf: z.object({ sentAt: z.number() }).optional(),
  at: z.number(),
});

export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fill:context'), frameOrigin: z.string().max(2048), pageStartedAt: z.number() }),
  z.object({ type: z.literal('fill:report'), report: fillReportSchema }),
  z.object({
    type: z.literal('request:sent'),
    fields: z.array(fieldKey).max(FIELD_KEYS.length),
    url: z.string().max(2048),
  }),
  z.object({ type: z.literal('tab:reports'), tabId: z.number().int() }),
  z.object({
    type: z.literal('page:fill'),
    tabId: z.number().int(),
    identifiers: z.enum(['ask', 'include', 'leave-out']),
    profileId: z.string().max(64).optional(),
  }),
  z.object({ type: z.literal('page:pending'), tabId: z.number().int() }),
  z.object({ type: z.enum(['page:undo', 'page:again']), tabId: z.number().int() }),
  z.object({ type: z.literal('sites:changed') }),
]);
