import { beforeEach, describe, expect, it } from 'vitest';
import { countAttempts, listAttemptsPage } from '../../src/storage/attempts';
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
      (await listAttemptsPage('p1', offset, 2)).map((a) => a.id);
    expect(await ids(0)).toEqual(['mine-5', 'mine-4']);
    expect(await ids(2)).toEqual(['mine-3', 'mine-2']);
    expect(await ids(4)).toEqual(['mine-1']);
    expect(await ids(6)).toEqual([]);
  });

  it('counts them without the other trainee’s', async () => {
    expect(await countAttempts('p1')).toBe(5);
    expect(await countAttempts('p2')).toBe(1);
    expect(await countAttempts('nobody')).toBe(0);
  });
});
