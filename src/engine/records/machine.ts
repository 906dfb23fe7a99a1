import { z } from 'zod';
import { time } from './fields';

/** An installation's public key fingerprint: 32 hex digits in groups of four (see signing). */
export const fingerprint = z.string().regex(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);

/** What HR calls the machine (e.g. 培训室 3 号机). */
const label = z.string().min(1).max(80);
/** Who in HR enrolled or withdrew it, as they typed their name. */
const hrName = z.string().min(1).max(40);

/** HR taking a machine's trust back (a lost or replaced laptop, a mistyped fingerprint): who, when, why. */
export const machineWithdrawalSchema = z.strictObject({
  by: hrName,
  at: time,
  why: z.string().min(1).max(500),
});
export type MachineWithdrawal = z.infer<typeof machineWithdrawalSchema>;

/** An enrolment of the machine that a withdrawal ended, kept when it is enrolled again. */
export const pastEnrolmentSchema = z.strictObject({
  label,
  enrolledBy: hrName,
  enrolledAt: time,
  withdrawal: machineWithdrawalSchema,
});
export type PastEnrolment = z.infer<typeof pastEnrolmentSchema>;

/**
 * A machine HR trusts: bundles signed with the key of this fingerprint are from it. HR enrols a
 * machine by the fingerprint shown on that machine's Your data screen. A withdrawn machine stays
 * here, saying who withdrew it, when and why; its bundles no longer count until it is enrolled
 * again. The withdrawal fields are optional, so rows written before withdrawing existed read as
 * enrolled, unchanged, with no migration.
 */
export const enrolledMachineSchema = z.strictObject({
  fingerprint,
  label,
  enrolledBy: hrName,
  enrolledAt: time,
  /** Set while the machine is withdrawn; an enrolment again moves it into `earlier`. */
  withdrawal: machineWithdrawalSchema.optional(),
  /** The machine's earlier enrolments, oldest first, each ended by a withdrawal. */
  earlier: z.array(pastEnrolmentSchema).max(200).optional(),
});
export type EnrolledMachineRecord = z.infer<typeof enrolledMachineSchema>;
