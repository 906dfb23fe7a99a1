import { beforeEach, describe, expect, it } from 'vitest';
import { keepQuizProgress, loadQuizProgress } from '../../../src/app/certification/quiz';
import { StaleWriteError } from '../../../src/storage/errors';
import { freshDatabase } from '../../storage/setup-db';

const sitting = (answers: Record<string, string[]>) => ({
  seed: 5,
  itemIds: ['q1', 'q2'],
  answers,
});

describe('keeping a quiz sitting as it is answered', () => {
  beforeEach(freshDatabase);

  it('saves answers given in quick succession one after another, none refused', async () => {
    const keeper = keepQuizProgress('p1', null);
    await Promise.all([
      keeper.save(sitting({})),
      keeper.save(sitting({ q1: ['a'] })),
      keeper.save(sitting({ q1: ['a'], q2: ['b'] })),
    ]);
    expect(await keeper.base()).toEqual({ seed: 5, revision: 2 });
    expect((await loadQuizProgress('p1'))?.answers).toEqual({ q1: ['a'], q2: ['b'] });
  });

  it('is refused from the first save after another tab answered, and the other tab’s answers stay', async () => {
    const here = keepQuizProgress('p1', null);
    await here.save(sitting({}));
    const stored = (await loadQuizProgress('p1'))!;
    const there = keepQuizProgress('p1', { seed: stored.seed, revision: stored.revision });
    await there.save(sitting({ q2: ['c'] }));
    await expect(here.save(sitting({ q1: ['a'] }))).rejects.toBeInstanceOf(StaleWriteError);
    await expect(here.save(sitting({ q1: ['b'] }))).rejects.toBeInstanceOf(StaleWriteError);
    expect((await loadQuizProgress('p1'))?.answers).toEqual({ q2: ['c'] });
  });
});
