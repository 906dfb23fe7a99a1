import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/engine/content-hash';
import { ComplaintDeskDatabase } from '../../src/storage/database';
import v1 from './fixtures/schema-v1.json';
import v2 from './fixtures/schema-v2.json';
import v3 from './fixtures/schema-v3.json';

const V1_STORES = {
  profiles: 'id, &employeeId, name',
  attempts: 'id, profileId, [profileId+status], [profileId+startedAt], scenarioId',
  steps: '[attemptId+index], attemptId',
  snapshots: 'attemptId',
};

/** Each released schema exactly as it shipped, to write its fixture the way that version did. */
const RELEASED: Array<{
  version: number;
  declare: (db: Dexie) => void;
  fixture: { tables: Record<string, unknown[]> };
}> = [
  { version: 1, declare: (db) => db.version(1).stores(V1_STORES), fixture: v1 },
  {
    version: 2,
    declare: (db) => {
      db.version(1).stores(V1_STORES);
      db.version(2).stores({ scenarios: 'id, importedAt' });
    },
    fixture: v2,
  },
  {
    version: 3,
    declare: (db) => {
      db.version(1).stores(V1_STORES);
      db.version(2).stores({ scenarios: 'id, importedAt' });
      db.version(3).stores({ recordings: 'key, scenarioId' });
    },
    fixture: v3,
  },
];

describe('schema migrations', () => {
  it.each(RELEASED)(
    'a database written by schema v$version opens in the current one with every row intact',
    async ({ declare, fixture }) => {
      const name = `migration-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      declare(old);
      for (const [table, rows] of Object.entries(fixture.tables))
        await old.table(table).bulkAdd(rows);
      old.close();

      const current = new ComplaintDeskDatabase(name);
      await current.open();
      expect(current.verno).toBe(4);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const now = await current.table(table).toArray();
        expect(now.length, table).toBe(rows.length);
        expect(await contentHash(now), table).toBe(await contentHash(rows));
      }
      expect(await current.ledger.count()).toBe(0);
      current.close();
    },
  );
});
