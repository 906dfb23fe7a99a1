import type { ScenarioFacts } from '../../engine/certification/evaluate';
import type { Provenance, Review } from '../../engine/records/ledger';
import { StorageRuleError } from '../../storage/errors';
import type { MachineWithdrawal } from '../../engine/records/machine';
import { readMerged, type MergedRecord } from '../../storage/ledger';
import { withSourceWithdrawals } from './source-withdrawal';
import { storeReview, type SealedRecordRef } from '../../storage/record-review';
import { refreshCertification } from '../certification/refresh-certification';

export type { SealedRecordRef };

export const REVIEW_BY_MAX = 40;
export const REVIEW_WHY_MAX = 500;

/** What is missing from HR's decision, if anything: who decided, and why. */
export function reviewProblem(by: string, why: string): 'by' | 'why' | null {
  if (by.trim().length === 0 || by.trim().length > REVIEW_BY_MAX) return 'by';
  if (why.trim().length === 0 || why.trim().length > REVIEW_WHY_MAX) return 'why';
  return null;
}

/**
 * HR accepts or refuses a merged record that did not verify, or one merged before signing: the
 * record is sealed again with the decision (who, when, why) in its provenance, the roster row is
 * counted again and certification re-derived. This machine's own records are not HR's to review.
 */
export async function reviewRecord(
  ref: SealedRecordRef,
  decision: Review['decision'],
  by: string,
  why: string,
  scenarios: readonly ScenarioFacts[],
  now = Date.now(),
): Promise<Provenance> {
  if (reviewProblem(by, why))
    throw new StorageRuleError('invalid-profile', 'review needs who and why');
  const provenance = await storeReview(ref, (current) => {
    if (!current || current.status === 'genuine') {
      throw new StorageRuleError('attempt-closed', `${ref.recordId} is not under review`);
    }
    return {
      status: decision,
      source: current.source,
      reasons:
        decision === 'refused' && !current.reasons.includes('hr-refused')
          ? [...current.reasons, 'hr-refused']
          : current.reasons,
      review: { decision, by: by.trim(), at: now, why: why.trim() },
    };
  });
  await refreshCertification(ref.profileId, scenarios, now);
  return provenance;
}

/** A record HR has yet to decide on, with whose it is. */
export interface RecordToReview extends MergedRecord {
  profileId: string;
  name: string;
  employeeId: string;
  /** Who withdrew the machine that signed it, when and why, when that is why it waits. */
  withdrawal?: MachineWithdrawal;
}

/**
 * Every record waiting for HR: unverified or refused merges HR has not decided on, and records
 * merged before signing.
 */
export async function recordsToReview(): Promise<RecordToReview[]> {
  const people = await readMerged();
  const waiting = people.flatMap((person) =>
    person.merged
      .filter((m) => m.provenance.status !== 'genuine' && m.provenance.review === null)
      .map((m) => ({
        ...m,
        profileId: person.profileId,
        name: person.name,
        employeeId: person.employeeId,
      })),
  );
  return withSourceWithdrawals(waiting);
}
