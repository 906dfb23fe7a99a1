import { describe, expect, it } from 'vitest';
import { addMissing } from '../../src/storage/add-missing';
import { fakeScenario } from '../fakes';
import { freshDatabase } from './setup-db';

const version = (contentHash: string, importedAt: number) => ({
  id: 'fake-call',
  scenario: fakeScenario(),
  contentHash,
  importedAt,
});

describe('adding the rows not kept yet', () => {
  it('adds each new key once and leaves a row kept already as it is', async () => {
    const db = await freshDatabase();
    await db.caseVersions.add(version('a'.repeat(64), 1));
    const rows = [
      version('a'.repeat(64), 2),
      version('b'.repeat(64), 3),
      version('b'.repeat(64), 4),
    ];
    const key = (row: (typeof rows)[number]): [string, string] => [row.id, row.contentHash];
    expect(await addMissing(db.caseVersions, rows, key)).toBe(1);
    const kept = await db.caseVersions.orderBy('[id+contentHash]').toArray();
    expect(kept.map((r) => [r.contentHash[0], r.importedAt])).toEqual([
      ['a', 1],
      ['b', 4],
    ]);
    expect(await addMissing(db.caseVersions, rows, key)).toBe(0);
  });
});
