import { database } from './database';
import { StaleWriteError } from './errors';

/** A quiz sitting begun and not yet handed in: the draw is its seed, the rest is what was answered. */
export interface QuizInProgress {
  seed: number;
  itemIds: string[];
  answers: Record<string, string[]>;
}

/** A sitting as stored, with its revision (how many saves it has had; rows before it read as 0). */
export interface StoredQuizProgress extends QuizInProgress {
  revision: number;
}

/** One unsubmitted sitting per person, kept in the settings table under this key. */
export const quizProgressKey = (profileId: string) => `quiz-in-progress:${profileId}`;

const isAnswers = (value: unknown): value is Record<string, string[]> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((a) => Array.isArray(a) && a.every((x) => typeof x === 'string'));

/** Read back defensively: a malformed row counts as no sitting in progress, never as a crash. */
function asProgress(value: unknown): StoredQuizProgress | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<StoredQuizProgress>;
  if (
    typeof v.seed !== 'number' ||
    !Array.isArray(v.itemIds) ||
    !v.itemIds.every((id) => typeof id === 'string') ||
    !isAnswers(v.answers)
  ) {
    return null;
  }
  const revision = typeof v.revision === 'number' ? v.revision : 0;
  return { seed: v.seed, itemIds: v.itemIds, answers: v.answers, revision };
}

export async function loadQuizProgress(profileId: string): Promise<StoredQuizProgress | null> {
  const row = await database().settings.get(quizProgressKey(profileId));
  return row ? asProgress(row.value) : null;
}

/**
 * Which stored sitting a write starts from: `null` for none (a new sitting begins only where no
 * other is in progress), or the seed and revision this tab last read or wrote.
 */
export type QuizProgressBase = { seed: number; revision: number } | null;

/**
 * Throws StaleWriteError unless the stored sitting is still `base` (call inside a transaction on
 * settings): another tab has begun, answered or handed in the sitting since this tab read it.
 */
export async function expectQuizProgress(profileId: string, base: QuizProgressBase) {
  const row = await database().settings.get(quizProgressKey(profileId));
  const stored = row ? asProgress(row.value) : null;
  const same =
    base === null
      ? stored === null
      : stored !== null && stored.seed === base.seed && stored.revision === base.revision;
  if (!same) throw new StaleWriteError('quiz-sitting', profileId);
}

/**
 * Saved on every answer, so a reload or a closed tab loses nothing of the sitting; compare-and-set
 * on `base`, in one transaction, answering with the revision now stored.
 */
export async function saveQuizProgress(
  profileId: string,
  progress: QuizInProgress,
  base: QuizProgressBase,
): Promise<number> {
  const db = database();
  return db.transaction('rw', db.settings, async () => {
    await expectQuizProgress(profileId, base);
    const revision = base !== null && base.seed === progress.seed ? base.revision + 1 : 0;
    await db.settings.put({ key: quizProgressKey(profileId), value: { ...progress, revision } });
    return revision;
  });
}
