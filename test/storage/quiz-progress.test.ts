import { beforeEach, describe, expect, it } from 'vitest';
import { recordQuizSitting } from '../../src/storage/certification';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import {
  loadQuizProgress,
  quizProgressKey,
  saveQuizProgress,
} from '../../src/storage/quiz-progress';
import { freshDatabase } from './setup-db';

let db: ComplaintDeskDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

const progress = { seed: 42, itemIds: ['q1', 'q2'], answers: { q1: ['b'], q2: [] } };

describe('a quiz sitting in progress', () => {
  it('comes back as saved, one per person', async () => {
    await saveQuizProgress('p1', progress);
    await saveQuizProgress('p1', { ...progress, answers: { q1: ['c'], q2: ['a'] } });
    expect(await loadQuizProgress('p1')).toMatchObject({ seed: 42, answers: { q1: ['c'] } });
    expect(await loadQuizProgress('p2')).toBeNull();
  });

  it('reads a malformed row as no sitting rather than failing', async () => {
    await db.settings.put({ key: quizProgressKey('p1'), value: { seed: 'x', answers: 3 } });
    expect(await loadQuizProgress('p1')).toBeNull();
  });

  it('ends when the sitting is handed in, in the same step that stores it', async () => {
    await saveQuizProgress('p1', progress);
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
