import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { migrateTables } from '../../src/engine/records/migrations';
import { RECORDS_SCHEMA_VERSION } from '../../src/engine/records/schema-version';
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from '../../src/engine/records/tables';
import { ComplaintDeskDatabase, useDatabase } from '../../src/storage/database';
import { recordsToReview } from '../../src/app/records/review';
import { countedSummary, countedSummaryTables } from '../../src/storage/counted-summary';
import v4 from './fixtures/backup-v4.json';
import v1 from './fixtures/schema-v1.json';
import v2 from './fixtures/schema-v2.json';
import v3 from './fixtures/schema-v3.json';
import v5 from './fixtures/schema-v5.json';
import v6 from './fixtures/backup-v6.json';
import v7 from './fixtures/backup-v7.json';
import v8 from './fixtures/backup-v8.json';
import type { LedgerEntry } from '../../src/engine/records/ledger';
import { verifyTables } from '../../src/storage/ledger';

/** Each released schema exactly as it shipped, to write its fixture the way that version did. */
const SHIPPED: Array<(db: Dexie) => void> = [
  (db) =>
    db.version(1).stores({
      profiles: 'id, &employeeId, name',
      attempts: 'id, profileId, [profileId+status], [profileId+startedAt], scenarioId',
      steps: '[attemptId+index], attemptId',
      snapshots: 'attemptId',
    }),
  (db) => db.version(2).stores({ scenarios: 'id, importedAt' }),
  (db) => db.version(3).stores({ recordings: 'key, scenarioId' }),
  (db) =>
    db.version(4).stores({
      attempts: 'id, profileId, [profileId+status], [profileId+startedAt], scenarioId, finishedAt',
      ledger: '[profileId+seq], profileId, recordId',
      secrets: 'role',
      observations: 'id, profileId, scenarioId, at',
      groupSessions: 'id, startedAt',
      drafts: 'id, updatedAt',
      cohorts: 'id',
      assignments: 'id, cohortId, scenarioId, dueAt',
      overrides: 'id, attemptId, profileId',
      programs: 'version',
      awards: 'id, profileId, [profileId+level]',
      quizAttempts: 'id, profileId, at',
      profileSummaries: 'profileId',
      outbox: 'id, queuedAt',
      settings: 'key',
    }),
  (db) => db.version(5).stores({ snapshots: null }),
  (db) => db.version(6).stores({ machines: 'fingerprint' }),
  (db) => db.version(7).stores({ organisationLists: '[id+version], importedAt' }),
  (db) =>
    db.version(8).stores({
      attempts: 'id, [profileId+status], [profileId+startedAt], scenarioId',
      ledger: '[profileId+seq], recordId',
      steps: '[attemptId+index]',
      awards: 'id, profileId',
    }),
];

/** A fixture database for every released schema: v4's, v6's, v7's and v8's are the backups those releases wrote. */
const RELEASED: Array<{ version: number; fixture: { tables: Record<string, unknown[]> } }> = [
  { version: 1, fixture: v1 },
  { version: 2, fixture: v2 },
  { version: 3, fixture: v3 },
  { version: 4, fixture: v4 },
  { version: 5, fixture: v5 },
  { version: 6, fixture: v6 },
  { version: 7, fixture: v7 },
  { version: 8, fixture: v8 },
];

async function tablesOf(db: Dexie): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}

describe('schema migrations', () => {
  it('the database has exactly one table per record schema, at today’s schema version', () => {
    const db = new ComplaintDeskDatabase(`tables-${crypto.randomUUID()}`);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    expect(db.verno).toBe(RECORDS_SCHEMA_VERSION);
  });

  // Raising the schema means today's becomes a released one: write its fixture first
  // (test/storage/write-release-fixtures.ts) and declare it here as it shipped.
  it('keeps a fixture and the shipped declaration of every schema before today’s', () => {
    const before = Array.from({ length: RECORDS_SCHEMA_VERSION - 1 }, (_, i) => i + 1);
    expect(RELEASED.map((r) => r.version)).toEqual(before);
    expect(SHIPPED).toHaveLength(before.length);
  });

  it.each(RELEASED)(
    'a database written by schema v$version opens in the current one, every row migrated and valid',
    async ({ version, fixture }) => {
      const name = `migration-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      for (const declare of SHIPPED.slice(0, version)) declare(old);
      for (const [table, rows] of Object.entries(fixture.tables))
        await old.table(table).bulkAdd(rows);
      old.close();

      const current = new ComplaintDeskDatabase(name);
      await current.open();
      expect(current.verno).toBe(RECORDS_SCHEMA_VERSION);
      const stored = await tablesOf(current);
      const expected = migrateTables(fixture.tables, version);
      expect(Object.keys(expected)).not.toContain('snapshots');
      for (const table of TABLE_NAMES) {
        // The v6 upgrade counts every roster row again (checked in the v6 test below).
        if (table === 'profileSummaries') continue;
        // The v6 upgrade appends seal-2 links after every chain's head; what was there stays.
        if (table === 'ledger') {
          expect(stored.ledger, table).toEqual(
            expect.arrayContaining((expected.ledger as unknown[] | undefined) ?? []),
          );
        } else if (table === 'caseVersions') {
          // The v9 upgrade keeps every case imported or published so far as one of its versions.
          expect(stored.caseVersions, table).toEqual(expected.scenarios ?? []);
        } else expect(stored[table], table).toEqual(expected[table] ?? []);
      }
      for (const [table, rows] of Object.entries(stored)) {
        for (const [i, row] of rows.entries()) {
          const check = TABLE_SCHEMAS[table as TableName].safeParse(row);
          expect(check.error?.issues, `${table}[${i}]`).toBeUndefined();
        }
      }
      expect(stored.attempts!.length).toBeGreaterThan(0);
      // Calls stored before v5 recorded no scoring model: the v5 upgrade names the first.
      if (version < 5) {
        expect(
          stored.attempts!.every((a) => (a as { scoringModel: number }).scoringModel === 1),
        ).toBe(true);
      }
      current.close();
    },
  );

  it('the v6 upgrade seals every record whole, labels what was merged before signing, and keeps an edited call flagged', async () => {
    const name = `upgrade-v6-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const declare of SHIPPED.slice(0, 5)) declare(old);
    for (const [table, rows] of Object.entries(v5.tables)) await old.table(table).bulkAdd(rows);
    old.close();

    const current = new ComplaintDeskDatabase(name);
    await current.open();
    const stored = await tablesOf(current);
    const ledger = stored.ledger as LedgerEntry[];
    const latest = new Map(ledger.map((l) => [l.recordId, l]));
    expect(latest.get('merged-before-signing-call')?.provenance?.status).toBe('before-signing');
    expect(latest.get('merged-before-signing-award')?.provenance?.status).toBe('before-signing');
    const intact = latest.get('52727c19-215f-44a2-9d6b-d8aa77471db7')!;
    expect(intact.seal).toBe(2);
    expect(intact.provenance).toBeUndefined();
    const edited = latest.get('f1440a93-37aa-4e38-8e3c-e27fe95e8213')!;
    expect(edited.seal).toBe(1);

    const trainee = verifyTables(stored as never).find((v) => v.profileId === v5.trainee)!;
    expect(trainee.problems).toEqual([
      { problem: 'altered-record', kind: 'attempt', recordId: edited.recordId, seq: edited.seq },
    ]);
    // Merged before signing: still counting, and waiting for HR; certificates already awarded stand.
    useDatabase(current);
    expect(await current.awards.count()).toBe(v5.tables.awards.length);
    const waiting = await recordsToReview();
    expect(waiting.map((r) => [r.recordId, r.provenance.status])).toEqual(
      expect.arrayContaining([
        ['merged-before-signing-call', 'before-signing'],
        ['merged-before-signing-award', 'before-signing'],
      ]),
    );
    const counted = await current.transaction('r', countedSummaryTables(), () =>
      countedSummary(v5.trainee),
    );
    const finished = (
      v5.tables.attempts as Array<{ profileId: string; status: string; practice: boolean }>
    ).filter((a) => a.profileId === v5.trainee && a.status === 'finished' && !a.practice);
    expect(counted.finishedAttempts).toBe(finished.length);
    // The roster's row is counted again by the upgrade: before v6 it counted practice retries.
    const before = v5.tables.profileSummaries.find((s) => s.profileId === v5.trainee)!;
    expect(before).not.toEqual(counted);
    expect(await current.profileSummaries.get(v5.trainee)).toEqual(counted);
    // A transcript edited after the upgrade is caught: the seal now covers the whole record.
    await current.attempts.update(intact.recordId, { scenarioTitle: { 'zh-CN': '改', en: 'x' } });
    const after = verifyTables((await tablesOf(current)) as never).find(
      (v) => v.profileId === v5.trainee,
    )!;
    expect(after.problems.map((p) => 'recordId' in p && p.recordId)).toContain(intact.recordId);
    current.close();
  });

  it('the v8 upgrade drops the indexes a compound prefix or no query replaces, and keeps every row', async () => {
    const name = `upgrade-v8-${crypto.randomUUID()}`;
    const trimmed = ['attempts', 'ledger', 'steps', 'awards'];
    const indexesOf = (db: Dexie) => {
      const tx = db.backendDB().transaction(trimmed, 'readonly');
      return Object.fromEntries(
        trimmed.map((table) => [table, [...tx.objectStore(table).indexNames].sort()]),
      );
    };
    const old = new Dexie(name);
    for (const declare of SHIPPED.slice(0, 7)) declare(old);
    for (const [table, rows] of Object.entries(v7.tables)) await old.table(table).bulkAdd(rows);
    expect(indexesOf(old)).toEqual({
      attempts: [
        '[profileId+startedAt]',
        '[profileId+status]',
        'finishedAt',
        'profileId',
        'scenarioId',
      ],
      ledger: ['profileId', 'recordId'],
      steps: ['attemptId'],
      awards: ['[profileId+level]', 'profileId'],
    });
    old.close();

    const current = new ComplaintDeskDatabase(name);
    await current.open();
    expect(indexesOf(current)).toEqual({
      attempts: ['[profileId+startedAt]', '[profileId+status]', 'scenarioId'],
      ledger: ['recordId'],
      steps: [],
      awards: ['profileId'],
    });
    const stored = await tablesOf(current);
    for (const [table, rows] of Object.entries(v7.tables))
      expect(stored[table], table).toEqual(rows);
    current.close();
  });
});
