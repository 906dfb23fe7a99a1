import type { ScenarioFacts } from '../../engine/certification/evaluate';
import {
  gradeSitting,
  type Sitting,
  type SittingResult,
} from '../../engine/certification/quiz-sitting';
import { recordQuizSitting } from '../../storage/certification';
import {
  saveQuizProgress,
  type QuizInProgress,
  type QuizProgressBase,
} from '../../storage/quiz-progress';
import { refreshCertification } from './refresh-certification';

export { listQuizSittings } from '../../storage/certification';
export {
  loadQuizProgress,
  type QuizInProgress,
  type QuizProgressBase,
  type StoredQuizProgress,
} from '../../storage/quiz-progress';

/**
 * Keeps one person's sitting in progress as this tab answers it: saves one at a time, each from
 * the revision the one before it left (starting at `base`, the sitting as this tab found it). Once
 * another tab has begun, answered or handed in the sitting, every save here is refused with a
 * StaleWriteError (nothing written) until the screen reads the sitting again.
 */
export function keepQuizProgress(profileId: string, base: QuizProgressBase) {
  let current = base;
  let saving: Promise<unknown> = Promise.resolve();
  return {
    save(progress: QuizInProgress): Promise<void> {
      const saved = saving.then(async () => {
        const revision = await saveQuizProgress(profileId, progress, current);
        current = { seed: progress.seed, revision };
      });
      saving = saved.catch(() => undefined);
      return saved;
    },
    /** The sitting as this tab's saves left it, once the saves under way have settled. */
    async base(): Promise<QuizProgressBase> {
      await saving;
      return current;
    },
  };
}

/**
 * Hands a sitting in: grades it, records it (ending it as in progress) and awards any level it
 * completes now, not only when the trainee next looks at their certification. `base` is the
 * sitting as this tab last saved it: handing in is refused if another tab changed it since.
 */
export async function handInSitting(
  profileId: string,
  sitting: Sitting,
  answers: Record<string, string[]>,
  scenarios: readonly ScenarioFacts[],
  base: QuizProgressBase,
): Promise<SittingResult> {
  const result = gradeSitting(sitting.items, answers);
  await recordQuizSitting(
    {
      profileId,
      itemIds: sitting.items.map((i) => i.id),
      answers,
      correct: result.correct,
      total: result.total,
      score: result.score,
      seed: sitting.seed,
    },
    base,
  );
  await refreshCertification(profileId, scenarios);
  return result;
}
