import {
  evaluateCertification,
  type AwardFacts,
  type Evidence,
  type ObservationFacts,
  type QuizFacts,
  type RunFacts,
  type ScenarioFacts,
} from './evaluate';
import type { CertificationProgram } from './program';

/** A person's evidence as it counts: runs with any standing override's total, quizzes, observations. */
export interface CountedEvidence {
  runs: readonly RunFacts[];
  quizzes: readonly QuizFacts[];
  observations: readonly ObservationFacts[];
}

/**
 * Whether an award taken from a file stands on the records that count here: under the program
 * version it names, the evidence there was when it was awarded must meet its level, and every
 * record it names must be among that evidence. A certificate is never taken at a file's word: one
 * added by hand, or resting on a call whose score was raised, does not stand.
 */
export function awardStands(
  award: AwardFacts & { evidence: Evidence },
  program: CertificationProgram | null,
  evidence: CountedEvidence,
  scenarios: readonly ScenarioFacts[],
): boolean {
  if (!program || award.expiresAt <= award.awardedAt) return false;
  const at = award.awardedAt;
  const runs = evidence.runs.filter((r) => r.finishedAt !== null && r.finishedAt <= at);
  const quizzes = evidence.quizzes.filter((q) => q.at <= at);
  const observations = evidence.observations.filter((o) => o.at <= at);
  const status = evaluateCertification({
    program,
    runs,
    quizzes,
    observations,
    scenarios,
    awards: [],
    now: at,
  }).find((s) => s.level.id === award.level);
  if (!status?.met) return false;
  const named = (ids: readonly string[], held: readonly { id: string }[]) =>
    ids.every((id) => held.some((r) => r.id === id));
  return (
    named(award.evidence.attemptIds, runs) &&
    named(award.evidence.quizAttemptIds, quizzes) &&
    named(award.evidence.observationIds, observations)
  );
}
