import { z } from 'zod';
import { time } from './fields';

/** An installation's public key fingerprint: 32 hex digits in groups of four (see signing). */
export const fingerprint = z.string().regex(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);

/**
 * A machine HR trusts: bundles signed with the key of this fingerprint are from it. HR enrols a
 * machine by the fingerprint shown on that machine's Your data screen.
 */
export const enrolledMachineSchema = z.strictObject({
  fingerprint,
  /** What HR calls the machine (e.g. 培训室 3 号机). */
  label: z.string().min(1).max(80),
  enrolledBy: z.string().min(1).max(40),
  enrolledAt: time,
});
export type EnrolledMachineRecord = z.infer<typeof enrolledMachineSchema>;
