import { describe, expect, it } from 'vitest';
import { migrateRows, migrateTables, ROW_MIGRATIONS } from '../../../src/engine/records/migrations';
import { RECORDS_SCHEMA_VERSION } from '../../../src/engine/records/schema-version';
import { TABLE_SCHEMAS } from '../../../src/engine/records/tables';
import { exampleAttempt, exampleRows } from './example-rows';

/** An attempt as schema v4 stored it at its oldest: without the fields added during v1–v4. */
function oldestV4Attempt() {
  const {
    scoringModel: _scoringModel,
    practice: _practice,
    parentAttemptId: _parent,
    branchedAtTurn: _branched,
    timed: _timed,
    answeredAt: _answered,
    cueSpot: _cueSpot,
    customer: _customer,
    certification: _certification,
    ...row
  } = exampleAttempt();
  return {
    ...row,
    turns: row.turns.map(({ credits: _credits, reactions: _reactions, ...turn }) => turn),
  };
}

describe('row migrations', () => {
  it('are numbered in order and none is past today’s schema version', () => {
    const versions = ROW_MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    // v7 and v9 only added a table (organisationLists, caseVersions) and v8 only dropped
    // indexes: no stored row changed shape, so none of them has a row migration.
    expect(Math.max(...versions)).toBe(6);
    expect(RECORDS_SCHEMA_VERSION).toBe(9);
  });

  it('write into a v4 attempt what it meant, and the scoring model that graded it', () => {
    const [migrated] = migrateRows('attempts', [oldestV4Attempt()], 4);
    expect(migrated).toEqual(
      exampleAttempt({
        practice: false,
        parentAttemptId: null,
        branchedAtTurn: null,
        timed: false,
        answeredAt: null,
        cueSpot: null,
        customer: null,
        certification: null,
        scoringModel: 1,
        turns: exampleAttempt().turns.map((t) => ({ ...t, credits: [], reactions: [] })),
      }),
    );
    expect(TABLE_SCHEMAS.attempts.safeParse(migrated).success).toBe(true);
  });

  it('keep the values a v4 attempt had', () => {
    const practice = {
      ...exampleAttempt({ practice: true, timed: true }),
      scoringModel: undefined,
    };
    const [migrated] = migrateRows('attempts', [practice], 4);
    expect(migrated).toEqual(exampleAttempt({ practice: true, timed: true }));
  });

  it('leave rows already at today’s version alone', () => {
    const rows = [exampleAttempt({ scoringModel: 2 })];
    expect(migrateRows('attempts', rows, RECORDS_SCHEMA_VERSION)).toEqual(rows);
  });

  it('drop the snapshot cache, table and all, and keep every other table', () => {
    const rows = exampleRows();
    const tables = {
      ...Object.fromEntries(Object.entries(rows).map(([table, row]) => [table, [row]])),
      snapshots: [{ attemptId: 'a1', choiceCount: 1, snapshot: {} }],
    };
    const migrated = migrateTables(tables, 4);
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(TABLE_SCHEMAS).sort());
    for (const [table, row] of Object.entries(rows)) expect(migrated[table], table).toEqual([row]);
  });

  it('leave a snapshot table in a file that claims today’s version, for the check to refuse', () => {
    const tables = { snapshots: [{ attemptId: 'a1' }] };
    expect(migrateTables(tables, RECORDS_SCHEMA_VERSION)).toEqual(tables);
  });
});
