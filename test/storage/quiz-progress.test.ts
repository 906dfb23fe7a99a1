import { beforeEach, describe, expect, it } from 'vitest';
import { recordQuizSitting } from '../../src/storage/certification';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import {
  loadQuizProgress,
  quizProgressKey,
  saveQuizProgress,
} from '../../src/storage/quiz-progress';
import { StaleWriteError } from '../../src/storage/errors';
import { freshDatabase } from './setup-db';

let db: ComplaintDeskDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

const progress = { seed: 42, itemIds: ['q1', 'q2'], answers: { q1: ['b'], q2: [] } };

describe('a quiz sitting in progress', () => {
  it('comes back as saved, one per person', async () => {
    const first = await saveQuizProgress('p1', progress, null);
    await saveQuizProgress(
      'p1',
      { ...progress, answers: { q1: ['c'], q2: ['a'] } },
      { seed: 42, revision: first },
    );
    expect(await loadQuizProgress('p1')).toMatchObject({
      seed: 42,
      answers: { q1: ['c'] },
      revision: first + 1,
    });
    expect(await loadQuizProgress('p2')).toBeNull();
  });

  it('reads a malformed row as no sitting rather than failing', async () => {
    await db.settings.put({ key: quizProgressKey('p1'), value: { seed: 'x', answers: 3 } });
    expect(await loadQuizProgress('p1')).toBeNull();
  });

  it('ends when the sitting is handed in, in the same step that stores it', async () => {
    await saveQuizProgress('p1', progress, null);
    await recordQuizSitting({
      profileId: 'p1',
      itemIds: progress.itemIds,
      answers: progress.answers,
      correct: 1,
      total: 2,
      score: 50,
      seed: 42,
    });
    expect(await loadQuizProgress('p1')).toBeNull();
    expect(await db.quizAttempts.count()).toBe(1);
  });
});

describe('one sitting answered in two tabs', () => {
  const handedIn = {
    profileId: 'p1',
    itemIds: progress.itemIds,
    correct: 1,
    total: 2,
    score: 50,
    seed: 42,
  };

  it('refuses an answer saved from the revision before the other tab’s, keeping that tab’s', async () => {
    const start = await saveQuizProgress('p1', progress, null);
    const base = { seed: 42, revision: start };
    await saveQuizProgress('p1', { ...progress, answers: { q1: ['b'], q2: ['a'] } }, base);
    const refused = saveQuizProgress('p1', { ...progress, answers: { q1: ['d'], q2: [] } }, base);
    await expect(refused).rejects.toBeInstanceOf(StaleWriteError);
    await expect(refused).rejects.toMatchObject({ record: 'quiz-sitting' });
    expect((await loadQuizProgress('p1'))?.answers).toEqual({ q1: ['b'], q2: ['a'] });
  });

  it('refuses beginning a sitting where another tab has one in progress', async () => {
    await saveQuizProgress('p1', progress, null);
    await expect(saveQuizProgress('p1', { ...progress, seed: 7 }, null)).rejects.toBeInstanceOf(
      StaleWriteError,
    );
    expect((await loadQuizProgress('p1'))?.seed).toBe(42);
  });

  it('reads a sitting saved before revisions existed as revision 0', async () => {
    await db.settings.put({ key: quizProgressKey('p1'), value: progress });
    expect((await loadQuizProgress('p1'))?.revision).toBe(0);
    expect(await saveQuizProgress('p1', progress, { seed: 42, revision: 0 })).toBe(1);
  });

  it('refuses handing in a sitting another tab answered or handed in since, writing nothing', async () => {
    const start = await saveQuizProgress('p1', progress, null);
    const base = { seed: 42, revision: start };
    await saveQuizProgress('p1', { ...progress, answers: { q1: ['b'], q2: ['a'] } }, base);
    await expect(
      recordQuizSitting({ ...handedIn, answers: progress.answers }, base),
    ).rejects.toBeInstanceOf(StaleWriteError);
    expect(await db.quizAttempts.count()).toBe(0);
    expect(await db.ledger.count()).toBe(0);
    const now = { seed: 42, revision: start + 1 };
    await recordQuizSitting({ ...handedIn, answers: { q1: ['b'], q2: ['a'] } }, now);
    await expect(
      recordQuizSitting({ ...handedIn, answers: { q1: ['b'], q2: ['a'] } }, now),
    ).rejects.toBeInstanceOf(StaleWriteError);
    expect(await db.quizAttempts.count()).toBe(1);
  });
});
