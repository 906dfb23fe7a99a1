import type { AttemptRecord } from './records/attempt';
import { DIMENSION_IDS, type DimensionScores } from './scoring/dimensions';

export interface CaseStatus {
  /** The call on this case the trainee can resume, if any. */
  active: AttemptRecord | null;
  /** Best counted total over finished calls, or null when none counts yet. */
  best: number | null;
}

/**
 * What the case library knows of a trainee: the calls they left unfinished and their counted
 * standing, the same one HR's roster shows — practice (a retry from the debrief, from any turn)
 * never raises a best, and a trainer's regrade does. Read from the trainee's summary row and their
 * unfinished calls, so the library costs the same after ten calls or a thousand.
 */
export interface TraineeStanding {
  /** The trainee's calls still in progress. */
  active: readonly AttemptRecord[];
  /** Best counted total per case id. */
  bestByScenario: Readonly<Record<string, number>>;
  /** Mean per dimension over the finished calls that gave a chance to show it; null where none did. */
  averages: DimensionScores;
}

/** A trainee's standing on one case. */
export function caseStatus(
  standing: Pick<TraineeStanding, 'active' | 'bestByScenario'>,
  scenarioId: string,
): CaseStatus {
  const active =
    standing.active
      .filter((a) => a.scenarioId === scenarioId && a.status === 'active')
      .sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
  return { active, best: standing.bestByScenario[scenarioId] ?? null };
}

/** The summary's unrounded means as whole-point dimension scores, null where nothing was shown. */
export function roundedMeans(means: Readonly<Record<string, number>>): DimensionScores {
  return Object.fromEntries(
    DIMENSION_IDS.map((d) => [d, means[d] === undefined ? null : Math.round(means[d])]),
  ) as DimensionScores;
}
