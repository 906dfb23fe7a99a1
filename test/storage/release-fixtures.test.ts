import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { isDemoId } from '../../src/engine/demo-ids';
import { MERGED_TABLES } from '../../src/engine/records-bundle';
import { migrateTables } from '../../src/engine/records/migrations';
import { TABLE_SCHEMAS, type TableName } from '../../src/engine/records/tables';
import { checkBackup, exportBackup, restoreBackup } from '../../src/storage/backup';
import { BACKUP_TABLES } from '../../src/storage/backup-schema';
import { countedSummary } from '../../src/storage/counted-summary';
import type { ProfileSummaryRecord } from '../../src/storage/records';
import { ComplaintDeskDatabase, DATABASE_NAME, useDatabase } from '../../src/storage/database';
import {
  applyMergePlan,
  checkRecordsBundle,
  exportRecordsBundle,
} from '../../src/app/records/records-bundle';
import { installationFingerprint } from '../../src/app/records/installation-key';
import backupV4 from './fixtures/backup-v4.json';
import bundleV1 from './fixtures/records-bundle-v1.json';
import backupV7 from './fixtures/backup-v7.json';
import bundleV7 from './fixtures/records-bundle-schema-v7.json';
import backupV8 from './fixtures/backup-v8.json';
import bundleV8 from './fixtures/records-bundle-schema-v8.json';
import { freshDatabase } from './setup-db';

/** The tables a records bundle carries: the merged records, their people and their seals. */
const BUNDLE_CARRIES = ['profiles', ...MERGED_TABLES, 'ledger'] as const;

const file = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

async function everything(db: Dexie): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}

/** Every row of `tables` checked against its table's one schema; the problems, located. */
function invalidRows(tables: Record<string, unknown[]>): string[] {
  return Object.entries(tables).flatMap(([table, rows]) =>
    rows.flatMap((row, i) => {
      const check = TABLE_SCHEMAS[table as TableName].safeParse(row);
      return check.success ? [] : [`${table}[${i}]: ${check.error.message}`];
    }),
  );
}

/** The database a backup belongs to is named; the release's backups were of the app's own. */
async function appDatabase(): Promise<ComplaintDeskDatabase> {
  await Dexie.delete(DATABASE_NAME);
  const db = new ComplaintDeskDatabase();
  await db.open();
  useDatabase(db);
  return db;
}

describe('the backup written by schema v4', () => {
  let db: ComplaintDeskDatabase;
  beforeEach(async () => {
    db = await appDatabase();
  });

  it('restores with every row migrated, every seal intact and every table filled', async () => {
    const check = await checkBackup(file(backupV4));
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    // Every chain verifies; only the demo organization's calls, stored unsealed, are listed.
    const problems = check.verification.flatMap((v) => v.problems);
    expect(problems.filter((p) => !('recordId' in p) || !isDemoId(p.recordId))).toEqual([]);
    expect(await restoreBackup(file(backupV4))).toMatchObject({ ok: true });
    const restored = await everything(db);
    // Never restored: the PIN hashes the old backup held, and its LRS key and secret.
    const migrated = migrateTables(backupV4.tables, backupV4.schemaVersion);
    const settings = (migrated.settings as { key: string; value: object }[]).map((s) =>
      s.key === 'lrs' ? { ...s, value: { ...s.value, key: '', secret: '' } } : s,
    );
    // Schema v4's summaries counted practice retries; the restore counts them again as today's
    // roster does (as the database's own v6 upgrade did), from the restored calls and seals.
    const v4Summaries = migrated.profileSummaries as ProfileSummaryRecord[];
    const recounted = await Promise.all(v4Summaries.map((s) => countedSummary(s.profileId)));
    expect(recounted).not.toEqual(v4Summaries);
    expect(restored).toEqual({
      ...migrated,
      settings,
      secrets: [],
      machines: [],
      organisationLists: [],
      // Schema v4 kept one version of each imported case: the restore keeps it as one of its versions.
      caseVersions: migrated.scenarios,
      profileSummaries: recounted,
    });
    // Schema v4 had no enrolled machines and no organisation phrase lists.
    for (const table of BACKUP_TABLES.filter((t) => t !== 'machines' && t !== 'organisationLists'))
      expect(restored[table]!.length, table).toBeGreaterThan(0);
  });

  it('round-trips every table through today’s backup: export, check each row, wipe, restore', async () => {
    await restoreBackup(file(backupV4));
    const before = await everything(db);
    const exported = JSON.parse(await (await exportBackup()).text()) as {
      tables: Record<string, unknown[]>;
    };
    expect(Object.keys(exported.tables).sort()).toEqual([...BACKUP_TABLES].sort());
    expect(invalidRows(exported.tables)).toEqual([]);
    await Promise.all(db.tables.map((t) => t.clear()));
    expect(await restoreBackup(file(exported))).toMatchObject({ ok: true });
    expect(await everything(db)).toEqual(before);
  });

  it('refuses a damaged row of the old backup at its place, and writes nothing', async () => {
    const damaged = structuredClone(backupV4);
    damaged.tables.attempts[0]!.score!.total = 101;
    const result = await restoreBackup(file(damaged));
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: '$.tables.attempts[0].score.total' }],
    });
    expect(await db.attempts.count()).toBe(0);
  });
});

describe('the records bundle written by format v1 (schema v4)', () => {
  it('merges onto an empty machine as unsigned claims, nothing refused, certificates not imported; all duplicates the second time', async () => {
    const db = await freshDatabase();
    const first = await checkRecordsBundle(file(bundleV1));
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    // Only the demo organization's calls, stored without their turns, do not replay as claimed.
    expect(first.plan.refused.map((r) => r.id).every(isDemoId)).toBe(true);
    expect(first.plan.genuine).toEqual([]);
    expect(first.plan.unverified.every((r) => r.reasons!.includes('unsigned'))).toBe(true);
    expect(first.plan.certificates).toHaveLength(bundleV1.awards.length);
    expect(first.plan.orphans).toEqual([]);
    await applyMergePlan(first.plan, []);
    const migrated = migrateTables(bundleV1, 4);
    for (const table of ['profiles', ...MERGED_TABLES] as const) {
      const rows = (await db.table(table).toArray()).filter((r) => !isDemoId(r.id));
      expect(rows, table).toEqual(
        (migrated[table] as Array<{ id: string }>).filter((r) => !isDemoId(r.id)),
      );
    }
    expect(await db.awards.count()).toBe(0);

    const second = await checkRecordsBundle(file(bundleV1));
    if (!second.ok) throw new Error('refused');
    expect(second.plan.newProfiles).toEqual([]);
    expect(second.plan.duplicates).toHaveLength(
      MERGED_TABLES.reduce((n, t) => n + bundleV1[t].length, 0),
    );
    expect((await applyMergePlan(second.plan, [])).written).toBe(0);
  });

  it('round-trips every table it carries through today’s bundle onto another machine', async () => {
    const there = await appDatabase();
    await restoreBackup(file(backupV4));
    const sent = Object.fromEntries(
      Object.entries(await everything(there)).map(([table, rows]) => [
        table,
        rows.filter((r) => {
          const row = r as { profileId?: string; id?: string };
          return !isDemoId(row.profileId ?? row.id ?? '');
        }),
      ]),
    );
    const fingerprint = await installationFingerprint();
    const bundle = JSON.parse(await (await exportRecordsBundle()).text()) as Record<
      string,
      unknown[]
    >;
    expect(invalidRows(Object.fromEntries(BUNDLE_CARRIES.map((t) => [t, bundle[t]!])))).toEqual([]);
    for (const table of BUNDLE_CARRIES) {
      expect(bundle[table], table).toEqual(sent[table]);
      expect(bundle[table]!.length, table).toBeGreaterThan(0);
    }

    const here = await freshDatabase();
    await here.machines.add({ fingerprint, label: 'v4', enrolledBy: 'HR', enrolledAt: 1 });
    const check = await checkRecordsBundle(file(bundle));
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.plan.source.state).toBe('enrolled');
    expect(check.plan.refused).toEqual([]);
    // A trainer's records sealed before links named the unlocked roles wait for HR, and so does a
    // sitting whose items this release's bank no longer has.
    expect(check.plan.unverified.map((r) => [r.table, r.reasons])).toEqual([
      ['observations', ['no-trainer-role']],
      ['overrides', ['no-trainer-role']],
      ['quizAttempts', ['case-unavailable']],
    ]);
    await applyMergePlan(check.plan, []);
    for (const table of ['profiles', ...MERGED_TABLES] as const)
      expect(await here.table(table).toArray(), table).toEqual(sent[table]);
  });
});

describe.each([
  { version: 7, backupFile: backupV7, bundleFile: bundleV7 },
  { version: 8, backupFile: backupV8 as typeof backupV7, bundleFile: bundleV8 as typeof bundleV7 },
])('the backup and records bundle written by schema v$version', ({ backupFile, bundleFile }) => {
  it('the backup restores whole into today’s schema, every table filled and every row valid', async () => {
    const db = await appDatabase();
    const check = await checkBackup(file(backupFile));
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    const problems = check.verification.flatMap((v) => v.problems);
    expect(problems.filter((p) => !('recordId' in p) || !isDemoId(p.recordId))).toEqual([]);
    expect(await restoreBackup(file(backupFile))).toMatchObject({ ok: true });
    const restored = await everything(db);
    // Before schema v9 a backup kept one version of each imported case: it is one of its versions.
    expect(restored).toEqual({
      ...backupFile.tables,
      secrets: [],
      caseVersions: backupFile.tables.scenarios,
    });
    for (const table of BACKUP_TABLES) expect(restored[table]!.length, table).toBeGreaterThan(0);
    expect(invalidRows(restored)).toEqual([]);
  });

  it('the bundle merges onto an empty machine with the organisation lists its typed turn names', async () => {
    const db = await freshDatabase();
    const check = await checkRecordsBundle(file(bundleFile));
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    const { plan } = check;
    expect(plan.refused).toEqual([]);
    expect(plan.orphans).toEqual([]);
    expect(plan.organisationLists).toEqual(bundleFile.organisationLists);
    await applyMergePlan(plan, []);
    expect(await db.organisationLists.toArray()).toEqual(bundleFile.organisationLists);
    for (const table of ['profiles', ...MERGED_TABLES] as const)
      expect(await db.table(table).toArray(), table).toEqual(bundleFile[table]);
  });
});
