import { beforeEach, describe, expect, it } from 'vitest';
import { attemptsPage } from '../../src/storage/attempts';
import { exampleAttempt } from '../engine/records/example-rows';
import { freshDatabase } from './setup-db';

describe('a trainee’s calls a page at a time', () => {
  beforeEach(async () => {
    const db = await freshDatabase();
    await db.attempts.bulkAdd([
      ...[1, 2, 3, 4, 5].map((n) => exampleAttempt({ id: `mine-${n}`, startedAt: n * 100 })),
      exampleAttempt({ id: 'theirs', profileId: 'p2', startedAt: 250 }),
    ]);
  });

  it('reads the newest first, a page after the calls already shown, and only this trainee’s', async () => {
    const ids = async (offset: number) =>
      (await attemptsPage('p1', offset, 2)).attempts.map((a) => a.id);
    expect(await ids(0)).toEqual(['mine-5', 'mine-4']);
    expect(await ids(2)).toEqual(['mine-3', 'mine-2']);
    expect(await ids(4)).toEqual(['mine-1']);
    expect(await ids(6)).toEqual([]);
  });

  it('counts them all, without the other trainee’s, whatever the page', async () => {
    expect((await attemptsPage('p1', 4, 2)).total).toBe(5);
    expect((await attemptsPage('p2', 0, 2)).total).toBe(1);
    expect((await attemptsPage('nobody', 0, 2)).total).toBe(0);
  });
});
