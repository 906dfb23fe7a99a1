import { beforeEach, describe, expect, it } from 'vitest';
import { recordKey, type MergePlan } from '../../src/engine/records-bundle';
import type { Provenance } from '../../src/engine/records/ledger';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import {
  applyMergePlan,
  MERGE_WRITE_CHUNK,
  type MergeWriteProgress,
} from '../../src/storage/records-bundle';
import type { ProfileRecord, QuizAttemptRecord } from '../../src/storage/records';
import { freshDatabase } from './setup-db';

const genuine: Provenance = { status: 'genuine', source: null, reasons: [], review: null };

const person: ProfileRecord = { id: 'p-1024', name: '王小明', employeeId: '1024', createdAt: 1 };

const sitting = (n: number): QuizAttemptRecord => ({
  id: `quiz-${n}`,
  profileId: person.id,
  itemIds: ['q1'],
  answers: { q1: ['a'] },
  correct: 1,
  total: 1,
  score: 100,
  at: 1_000 + n,
});

/** A plan adding one new person and `count` quiz sittings, all genuine. */
function planOf(sittings: QuizAttemptRecord[]): MergePlan {
  return {
    people: [],
    newProfiles: [person],
    added: { attempts: [], observations: [], overrides: [], quizAttempts: sittings },
    promoted: [],
    provenance: Object.fromEntries(sittings.map((s) => [recordKey('quizAttempts', s.id), genuine])),
    duplicates: [],
    conflicts: [],
    orphans: [],
    genuine: [],
    unverified: [],
    refused: [],
    certificates: [],
    source: { state: 'unsigned', machine: null },
    organisationLists: [],
    caseVersions: [],
  };
}

const sittings = (count: number) => Array.from({ length: count }, (_, i) => sitting(i));

const writingDone = (heard: MergeWriteProgress[]) =>
  heard.flatMap((p) => (p.step === 'writing' ? [[p.done, p.total]] : []));

describe('a merge written in chunks inside its one transaction', () => {
  let db: ComplaintDeskDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('reports the rows handled after each chunk, then the sealing, and says what it wrote', async () => {
    const count = MERGE_WRITE_CHUNK * 2 + 10;
    const heard: MergeWriteProgress[] = [];
    const result = await applyMergePlan(planOf(sittings(count)), undefined, (p) => heard.push(p));
    const total = count + 1;
    expect(writingDone(heard)).toEqual([
      [0, total],
      [1, total],
      [1 + MERGE_WRITE_CHUNK, total],
      [1 + MERGE_WRITE_CHUNK * 2, total],
      [total, total],
    ]);
    expect(heard.at(-1)).toEqual({ step: 'sealing' });
    expect(result).toEqual({
      written: total,
      merged: {
        profiles: 1,
        attempts: 0,
        observations: 0,
        overrides: 0,
        quizAttempts: count,
        promoted: 0,
      },
      profileIds: [person.id],
    });
    expect(await db.quizAttempts.count()).toBe(count);
    expect(await db.ledger.count()).toBe(count);
  });

  it('counts a row that arrived here since the plan as handled, but not as written', async () => {
    await db.profiles.add(person);
    await db.quizAttempts.add(sitting(0));
    const heard: MergeWriteProgress[] = [];
    const result = await applyMergePlan(planOf(sittings(3)), undefined, (p) => heard.push(p));
    expect(writingDone(heard).at(-1)).toEqual([4, 4]);
    expect(result.written).toBe(2);
    expect(result.merged).toMatchObject({ profiles: 0, quizAttempts: 2 });
  });

  it('a chunk that fails after others were reported leaves nothing written', async () => {
    // The same sitting twice in the last chunk: its bulk add is refused after two chunks went in.
    const rows = sittings(MERGE_WRITE_CHUNK * 2 + 5);
    rows.push({ ...rows.at(-1)! });
    const heard: MergeWriteProgress[] = [];
    await expect(
      applyMergePlan(planOf(rows), undefined, (p) => heard.push(p)),
    ).rejects.toBeDefined();
    expect(writingDone(heard).at(-1)).toEqual([1 + MERGE_WRITE_CHUNK * 2, rows.length + 1]);
    expect(heard.some((p) => p.step === 'sealing')).toBe(false);
    expect(await db.profiles.count()).toBe(0);
    expect(await db.quizAttempts.count()).toBe(0);
    expect(await db.ledger.count()).toBe(0);
    expect(await db.profileSummaries.count()).toBe(0);
  });
});
