import { z } from 'zod';
import { employeeId, id, personName, time } from './fields';

/** A trainee. Employee ids (工号) are unique, so records from several machines merge onto one person. */
export const profileSchema = z.strictObject({
  id,
  name: personName,
  employeeId,
  createdAt: time,
  /** Where the person works, for HR's roster filters (optional: a trainee need not say). */
  team: z.string().optional(),
  site: z.string().optional(),
});
export type ProfileRecord = z.infer<typeof profileSchema>;
