import { beforeEach, describe, expect, it } from 'vitest';
import { recordQuizSitting } from '../../src/storage/certification';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import { verifyProfile } from '../../src/storage/ledger';
import { createProfile } from '../../src/storage/profiles';
import { freshDatabase } from './setup-db';

describe('a quiz sitting is sealed with the write that stores it', () => {
  let db: ComplaintDeskDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('a stored quiz sitting is sealed, and editing its score afterwards is flagged', async () => {
    const profile = await createProfile('李四', '2001');
    const sitting = await recordQuizSitting({
      profileId: profile.id,
      itemIds: ['a', 'b'],
      answers: {},
      correct: 1,
      total: 2,
      score: 50,
      seed: 1,
    });
    const clean = await verifyProfile(profile.id);
    expect(clean.sealed).toBe(1);
    expect(clean.problems).toEqual([]);

    await db.quizAttempts.update(sitting.id, { score: 100, correct: 2 });
    const after = await verifyProfile(profile.id);
    expect(after.problems.map((p) => [p.problem, 'recordId' in p ? p.recordId : null])).toEqual([
      ['altered-record', sitting.id],
    ]);
  });
});
