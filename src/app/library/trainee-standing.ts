import { roundedMeans, type TraineeStanding } from '../../engine/case-status';
import { activeAttempts } from '../../storage/attempts';
import { getSummary } from '../../storage/profile-summaries';

/** The library's view of a trainee: unfinished calls and the summary row kept at every finish. */
export async function traineeStanding(profileId: string): Promise<TraineeStanding> {
  const [active, summary] = await Promise.all([activeAttempts(profileId), getSummary(profileId)]);
  return {
    active,
    bestByScenario: summary?.bestByScenario ?? {},
    averages: roundedMeans(summary?.dimensionMeans ?? {}),
  };
}
