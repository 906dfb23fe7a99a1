import { z } from 'zod';
import { BY_MAX, REASON_MAX } from '../grade-override';
import { id, percent, time } from './fields';

/** A trainer's grade override, kept beside (never instead of) the attempt's own score. */
export const overrideSchema = z.strictObject({
  id,
  attemptId: id,
  profileId: id,
  originalTotal: percent,
  total: percent.int(),
  reason: z.string().min(1).max(REASON_MAX),
  by: z.string().min(1).max(BY_MAX),
  at: time,
});
export type OverrideRecord = z.infer<typeof overrideSchema>;
