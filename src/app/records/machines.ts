import { normalizeFingerprint } from '../../engine/signing';
import { listMachines, storeMachine } from '../../storage/machines';
import type { EnrolledMachineRecord } from '../../storage/records';

export { listMachines };

export type EnrolProblem = 'fingerprint' | 'label' | 'by';

/**
 * HR enrols a machine whose signed bundles it trusts, by the fingerprint shown on that machine.
 * The fingerprint is taken however it was typed (case, spaces, dashes); a label and HR's name
 * are required. Returns the problems, or the machine as enrolled.
 */
export async function enrolMachine(
  typed: string,
  label: string,
  by: string,
  now = Date.now(),
): Promise<{ ok: true; machine: EnrolledMachineRecord } | { ok: false; problems: EnrolProblem[] }> {
  const fingerprint = normalizeFingerprint(typed);
  const problems: EnrolProblem[] = [];
  if (!fingerprint) problems.push('fingerprint');
  if (label.trim().length === 0 || label.trim().length > 80) problems.push('label');
  if (by.trim().length === 0 || by.trim().length > 40) problems.push('by');
  if (!fingerprint || problems.length > 0) return { ok: false, problems };
  const machine = { fingerprint, label: label.trim(), enrolledBy: by.trim(), enrolledAt: now };
  await storeMachine(machine);
  return { ok: true, machine };
}
