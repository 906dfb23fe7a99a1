import { enrolledNow, withdrawnNow } from '../../engine/machine-standing';
import { normalizeFingerprint } from '../../engine/signing';
import { changeMachine, listMachines } from '../../storage/machines';
import type { EnrolledMachineRecord } from '../../storage/records';
import { isOperator, isUnlocked } from '../session/tab-session';
import { REVIEW_BY_MAX, REVIEW_WHY_MAX } from './review';

export { listMachines };

export type EnrolProblem = 'fingerprint' | 'label' | 'by';
export type WithdrawProblem = 'by' | 'why' | 'not-enrolled' | 'already-withdrawn';

/** Enrolling or withdrawing a machine asked for by a tab not unlocked with HR's PIN: nothing is written. */
export class MachineRefusedError extends Error {
  constructor(readonly action: 'enrol' | 'withdraw') {
    super(`${action} a machine refused to this tab`);
    this.name = 'MachineRefusedError';
  }
}

/** Which machines count is HR's decision: only a tab unlocked as HR (or the operator) makes it. */
function mustBeHr(action: MachineRefusedError['action']) {
  if (!isUnlocked('hr') && !isOperator()) throw new MachineRefusedError(action);
}

const blankOrLonger = (text: string, max: number) =>
  text.trim().length === 0 || text.trim().length > max;

/**
 * HR enrols a machine whose signed bundles it trusts, by the fingerprint shown on that machine.
 * The fingerprint is taken however it was typed (case, spaces, dashes); a label and HR's name
 * are required. A withdrawn machine is enrolled again with this enrolment's own who and when,
 * its earlier enrolment and withdrawal kept. Returns the problems, or the machine as enrolled.
 */
export async function enrolMachine(
  typed: string,
  label: string,
  by: string,
  now = Date.now(),
): Promise<{ ok: true; machine: EnrolledMachineRecord } | { ok: false; problems: EnrolProblem[] }> {
  mustBeHr('enrol');
  const fingerprint = normalizeFingerprint(typed);
  const problems: EnrolProblem[] = [];
  if (!fingerprint) problems.push('fingerprint');
  if (blankOrLonger(label, 80)) problems.push('label');
  if (blankOrLonger(by, REVIEW_BY_MAX)) problems.push('by');
  if (!fingerprint || problems.length > 0) return { ok: false, problems };
  const enrolment = { fingerprint, label: label.trim(), enrolledBy: by.trim(), enrolledAt: now };
  const machine = await changeMachine(fingerprint, (current) => enrolledNow(current, enrolment));
  return { ok: true, machine: machine ?? enrolledNow(undefined, enrolment) };
}

/**
 * HR withdraws a machine it enrolled (lost, replaced, or enrolled by a mistyped fingerprint),
 * saying who and why. The machine stays listed as withdrawn; from now on every bundle it signed,
 * whenever it was signed, is unverified here (a bundle cannot prove when it was signed), while
 * the records already merged from it keep the provenance they were sealed with. Returns the
 * problems, or the machine as withdrawn.
 */
export async function withdrawMachine(
  fingerprint: string,
  by: string,
  why: string,
  now = Date.now(),
): Promise<
  { ok: true; machine: EnrolledMachineRecord } | { ok: false; problems: WithdrawProblem[] }
> {
  mustBeHr('withdraw');
  const problems: WithdrawProblem[] = [];
  if (blankOrLonger(by, REVIEW_BY_MAX)) problems.push('by');
  if (blankOrLonger(why, REVIEW_WHY_MAX)) problems.push('why');
  if (problems.length > 0) return { ok: false, problems };
  // Read and decided inside the write's transaction: another tab may have withdrawn it first.
  const refused: { problem: WithdrawProblem } = { problem: 'not-enrolled' };
  const machine = await changeMachine(fingerprint, (current) => {
    if (!current) return null;
    if (current.withdrawal) {
      refused.problem = 'already-withdrawn';
      return null;
    }
    return withdrawnNow(current, { by: by.trim(), at: now, why: why.trim() });
  });
  return machine ? { ok: true, machine } : { ok: false, problems: [refused.problem] };
}
