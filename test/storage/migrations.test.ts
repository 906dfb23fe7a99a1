import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/engine/content-hash';
import { ComplaintDeskDatabase } from '../../src/storage/database';
import v1 from './fixtures/schema-v1.json';

/** Schema v1 exactly as it was released, to write the fixture the way that version did. */
class DatabaseV1 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({
      profiles: 'id, &employeeId, name',
      attempts: 'id, profileId, [profileId+status], [profileId+startedAt], scenarioId',
      steps: '[attemptId+index], attemptId',
      snapshots: 'attemptId',
    });
  }
}

const TABLES = ['profiles', 'attempts', 'steps', 'snapshots'] as const;

describe('schema migrations', () => {
  it('v1 → v2 keeps every row of a database written by v1, byte for byte', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const old = new DatabaseV1(name);
    for (const table of TABLES) await old.table(table).bulkAdd(v1.tables[table]);
    old.close();

    const current = new ComplaintDeskDatabase(name);
    await current.open();
    expect(current.verno).toBe(2);
    for (const table of TABLES) {
      const rows = await current.table(table).toArray();
      expect(rows.length, table).toBe(v1.tables[table].length);
      expect(await contentHash(rows), table).toBe(await contentHash(v1.tables[table]));
    }
    expect(await current.scenarios.count()).toBe(0);
    current.close();
  });
});
