import { beginCall } from '../../app/calls/begin-call';
import { caseStatus, type TraineeStanding } from '../../engine/case-status';
import { findScenario } from '../scenario-source';

/**
 * Takes the trainee into a case from a shortcut (an assignment, the recommendation): back into
 * the call they left unfinished, or a new one. Never abandons a call on the way.
 */
export async function openCase(
  profileId: string,
  standing: TraineeStanding,
  scenarioId: string,
  navigate: (to: string) => void,
): Promise<void> {
  const active = caseStatus(standing, scenarioId).active;
  if (active) {
    navigate(`/call/${active.id}`);
    return;
  }
  const scenario = await findScenario(scenarioId);
  if (scenario) navigate(`/call/${(await beginCall(profileId, scenario)).id}`);
}
