import {
  addMonths,
  evaluateCertification,
  type LevelStatus,
  type ScenarioFacts,
} from '../../engine/certification/evaluate';
import type { CertificationProgram } from '../../engine/certification/program';
import { withStandingTotals } from '../../engine/grade-override';
import { grantAwards, type CertificationRecords } from '../../storage/certification';
import type { AttemptRecord, AwardRecord } from '../../storage/records';

export interface CertificationStanding {
  program: CertificationProgram;
  levels: LevelStatus[];
  awards: AwardRecord[];
  /** The profile's certification runs, newest first. */
  runs: AttemptRecord[];
}

const levelsOf = (
  records: CertificationRecords,
  awards: readonly AwardRecord[],
  scenarios: readonly ScenarioFacts[],
  now: number,
) =>
  evaluateCertification({
    program: records.program,
    // A trainer's override replaces a run's own total here as in the roster's best and mean.
    runs: withStandingTotals(records.attempts, records.overrides),
    quizzes: records.quizzes,
    observations: records.observations,
    scenarios,
    awards,
    now,
  });

/**
 * Evaluates a trainee against the current program and awards every level that is newly met, with
 * its evidence, valid for the program's months. The evaluation runs on the evidence as storage
 * reads it inside the transaction that writes the awards.
 */
export async function refreshCertification(
  profileId: string,
  scenarios: readonly ScenarioFacts[],
  now = Date.now(),
): Promise<CertificationStanding> {
  const { records, granted } = await grantAwards(
    profileId,
    (stored) =>
      levelsOf(stored, stored.awards, scenarios, now)
        .filter((status) => status.state === 'newly-met')
        .map((status) => ({
          level: status.level.id,
          evidence: status.evidence,
          expiresAt: addMonths(now, stored.program.validityMonths),
        })),
    now,
  );
  const awards = [...records.awards, ...granted].sort((a, b) => b.awardedAt - a.awardedAt);
  const runs = records.attempts
    .filter((a) => a.certification)
    .sort((a, b) => b.startedAt - a.startedAt);
  return {
    program: records.program,
    levels: levelsOf(records, awards, scenarios, now),
    awards,
    runs,
  };
}
