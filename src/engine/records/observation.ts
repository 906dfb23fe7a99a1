import { z } from 'zod';
import { id, text, time, version } from './fields';

/** One item of an observer's checklist during a role-play. */
export const checklistMarkSchema = z.strictObject({
  itemId: z.string().min(1),
  met: z.boolean(),
  note: z.string(),
});
export type ChecklistMark = z.infer<typeof checklistMarkSchema>;

/** A role-play observed and scored by a trainer; can count toward certification. */
export const observationSchema = z.strictObject({
  id,
  profileId: id,
  scenarioId: id,
  scenarioVersion: version,
  observerId: z.string().min(1).max(40),
  checklist: z.array(checklistMarkSchema),
  total: z.number().min(0).max(100),
  notes: z.string(),
  at: time,
  /** The case's title when observed, so history can name imported cases that are gone. */
  scenarioTitle: text.optional(),
});
export type ObservationRecord = z.infer<typeof observationSchema>;
