import type { ScenarioFacts } from '../../engine/certification/evaluate';
import {
  gradeSitting,
  type Sitting,
  type SittingResult,
} from '../../engine/certification/quiz-sitting';
import { recordQuizSitting } from '../../storage/certification';
import { refreshCertification } from './refresh-certification';

export { listQuizSittings } from '../../storage/certification';
export {
  loadQuizProgress,
  saveQuizProgress,
  type QuizInProgress,
} from '../../storage/quiz-progress';

/**
 * Hands a sitting in: grades it, records it (ending it as in progress) and awards any level it
 * completes now, not only when the trainee next looks at their certification.
 */
export async function handInSitting(
  profileId: string,
  sitting: Sitting,
  answers: Record<string, string[]>,
  scenarios: readonly ScenarioFacts[],
): Promise<SittingResult> {
  const result = gradeSitting(sitting.items, answers);
  await recordQuizSitting({
    profileId,
    itemIds: sitting.items.map((i) => i.id),
    answers,
    correct: result.correct,
    total: result.total,
    score: result.score,
    seed: sitting.seed,
  });
  await refreshCertification(profileId, scenarios);
  return result;
}
