import { database } from './database';

/** A quiz sitting begun and not yet handed in: the draw is its seed, the rest is what was answered. */
export interface QuizInProgress {
  seed: number;
  itemIds: string[];
  answers: Record<string, string[]>;
}

/** One unsubmitted sitting per person, kept in the settings table under this key. */
export const quizProgressKey = (profileId: string) => `quiz-in-progress:${profileId}`;

const isAnswers = (value: unknown): value is Record<string, string[]> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((a) => Array.isArray(a) && a.every((x) => typeof x === 'string'));

/** Read back defensively: a malformed row counts as no sitting in progress, never as a crash. */
function asProgress(value: unknown): QuizInProgress | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<QuizInProgress>;
  if (
    typeof v.seed !== 'number' ||
    !Array.isArray(v.itemIds) ||
    !v.itemIds.every((id) => typeof id === 'string') ||
    !isAnswers(v.answers)
  ) {
    return null;
  }
  return { seed: v.seed, itemIds: v.itemIds, answers: v.answers };
}

export async function loadQuizProgress(profileId: string): Promise<QuizInProgress | null> {
  const row = await database().settings.get(quizProgressKey(profileId));
  return row ? asProgress(row.value) : null;
}

/** Saved on every answer, so a reload or a closed tab loses nothing of the sitting. */
export async function saveQuizProgress(profileId: string, progress: QuizInProgress): Promise<void> {
  await database().settings.put({ key: quizProgressKey(profileId), value: progress });
}
