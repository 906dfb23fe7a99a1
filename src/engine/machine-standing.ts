import type { EnrolledMachineRecord, MachineWithdrawal, PastEnrolment } from './records/machine';

/** What an enrolment says: the machine, what HR calls it, who enrolled it and when. */
export type Enrolment = Pick<
  EnrolledMachineRecord,
  'fingerprint' | 'label' | 'enrolledBy' | 'enrolledAt'
>;

/** Whether bundles signed by this machine count: enrolled and not withdrawn since. */
export const isTrusted = (machine: EnrolledMachineRecord): boolean =>
  machine.withdrawal === undefined;

/**
 * The machine as enrolled now. A machine never enrolled is new; a withdrawn one starts a new
 * enrolment of its own, its last one (with the withdrawal that ended it) kept among the earlier;
 * one still enrolled is enrolled afresh under the name given (HR correcting a label), its earlier
 * enrolments kept.
 */
export function enrolledNow(
  existing: EnrolledMachineRecord | undefined,
  enrolment: Enrolment,
): EnrolledMachineRecord {
  const earlier: PastEnrolment[] = [...(existing?.earlier ?? [])];
  if (existing?.withdrawal) {
    const { label, enrolledBy, enrolledAt, withdrawal } = existing;
    earlier.push({ label, enrolledBy, enrolledAt, withdrawal });
  }
  return earlier.length > 0 ? { ...enrolment, earlier } : { ...enrolment };
}

/** The machine withdrawn: its enrolment stays on record, with who withdrew it, when and why. */
export const withdrawnNow = (
  machine: EnrolledMachineRecord,
  withdrawal: MachineWithdrawal,
): EnrolledMachineRecord => ({ ...machine, withdrawal });

/**
 * The withdrawal that made the machine's bundles unverified at `at` (when one of them was merged):
 * the latest withdrawal made by then, current or of an earlier enrolment. None if it had none yet.
 */
export function withdrawalInForce(
  machine: EnrolledMachineRecord,
  at: number,
): MachineWithdrawal | undefined {
  const all = [...(machine.earlier ?? []).map((term) => term.withdrawal), machine.withdrawal];
  return all
    .filter((w): w is MachineWithdrawal => w !== undefined && w.at <= at)
    .reduce<MachineWithdrawal | undefined>(
      (latest, w) => (latest && latest.at > w.at ? latest : w),
      undefined,
    );
}
