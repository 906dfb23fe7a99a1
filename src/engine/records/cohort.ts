import { z } from 'zod';
import { id, time } from './fields';

/** A trainer's group of trainee profiles. */
export const cohortSchema = z.strictObject({
  id,
  name: z.string().min(1),
  profileIds: z.array(id),
  createdAt: time,
});
export type CohortRecord = z.infer<typeof cohortSchema>;

/** A case assigned to a cohort, due by a date. */
export const assignmentSchema = z.strictObject({
  id,
  cohortId: id,
  scenarioId: id,
  dueAt: time,
  createdAt: time,
});
export type AssignmentRecord = z.infer<typeof assignmentSchema>;
