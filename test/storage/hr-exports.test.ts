import { describe, expect, it } from 'vitest';
import { attemptsInIdOrder } from '../../src/storage/hr-exports';
import type { AttemptRecord } from '../../src/storage/records';
import { freshDatabase } from './setup-db';

/** A finished call of `profileId`; only the id and the person matter to the reader. */
const call = (id: string, profileId: string): AttemptRecord => ({
  id,
  profileId,
  scenarioId: 'air-conditioner',
  scenarioVersion: 1,
  contentHash: 'a'.repeat(64),
  scoringModel: 1,
  scenarioTitle: { 'zh-CN': '空调', en: 'Air conditioner' },
  status: 'finished',
  startedAt: 1_000,
  updatedAt: 2_000,
  finishedAt: 2_000,
  choices: [],
  transcript: [],
  turns: [],
  endingId: null,
  outcome: null,
  endingSummary: null,
  score: null,
  expertPath: null,
  practice: false,
  parentAttemptId: null,
  branchedAtTurn: null,
  timed: false,
  answeredAt: null,
  cueSpot: null,
  customer: null,
  certification: null,
});

/** `count` calls with ids that sort apart from the order they are written in. */
async function seed(count: number) {
  const db = await freshDatabase();
  const ids = Array.from(
    { length: count },
    (_, i) => `c-${String((i * 7) % count).padStart(3, '0')}`,
  );
  await db.attempts.bulkPut(ids.map((id, i) => call(id, `p-${i % 3}`)));
  return [...ids].sort();
}

const pages = async (pageSize: number) => {
  const read: string[][] = [];
  for await (const calls of attemptsInIdOrder(pageSize)) read.push(calls.map((c) => c.id));
  return read;
};

describe('reading every call for an export', () => {
  it('reads nothing and yields no page from an empty table', async () => {
    await seed(0);
    expect(await pages(4)).toEqual([]);
  });

  it('reads exactly a page of calls as one page, with no empty page after it', async () => {
    const ids = await seed(4);
    expect(await pages(4)).toEqual([ids]);
  });

  it('carries the one call over a full page into a page of its own', async () => {
    const ids = await seed(5);
    expect(await pages(4)).toEqual([ids.slice(0, 4), ids.slice(4)]);
  });

  it('reads every call once, in id order, whatever the page size', async () => {
    const ids = await seed(23);
    for (const size of [1, 5, 22, 23, 100]) {
      const read = await pages(size);
      expect(read.flat()).toEqual(ids);
      expect(Math.max(...read.map((p) => p.length))).toBeLessThanOrEqual(size);
    }
  });

  it('still reads the calls after one that was deleted while it wrote a page', async () => {
    const db = await freshDatabase();
    await db.attempts.bulkPut(['c-1', 'c-2', 'c-3', 'c-4', 'c-5'].map((id) => call(id, 'p')));
    const read: string[] = [];
    for await (const calls of attemptsInIdOrder(2)) {
      read.push(...calls.map((c) => c.id));
      // Page two is already on its way; page three resumes after c-4, where an offset would skip c-5.
      if (read.length === 2) await db.attempts.delete('c-2');
    }
    expect(read).toEqual(['c-1', 'c-2', 'c-3', 'c-4', 'c-5']);
  });
});
