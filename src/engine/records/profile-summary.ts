import { z } from 'zod';
import { count, id, time } from './fields';

/**
 * Per-profile figures kept current in the same transaction as each finished attempt (HR roster);
 * the engine's ProfileSummary is this shape.
 */
export const profileSummarySchema = z.strictObject({
  profileId: id,
  finishedAttempts: count,
  bestByScenario: z.record(z.string(), z.number()),
  dimensionMeans: z.record(z.string(), z.number()),
  lastActivityAt: time,
  dimensionCounts: z.record(z.string(), count).optional(),
  totalSum: z.number().optional(),
  weekly: z.record(z.string(), z.tuple([z.number(), count])).optional(),
});
export type ProfileSummaryRecord = z.infer<typeof profileSummarySchema>;
