import { tooLargeProblem } from '../engine/validation/limits';
import { parseChecked } from '../engine/validation/parse-checked';
import { problem, type Problem } from '../engine/validation/problem';
import { BACKUP_FORMAT, backupSchema, type Backup } from './backup-schema';
import { database } from './database';
import { verifyTables, type ProfileVerification } from './ledger';
import { rememberRecordCounts } from './wipe-marker';

/** Backups larger than this are refused before reading: a whole training centre fits well within. */
export const BACKUP_LIMIT_BYTES = 50 * 1024 * 1024;

/** Every row of every table, read in one transaction so the backup is a consistent moment. */
export async function exportBackup(): Promise<Blob> {
  const db = database();
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  const backup = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    databaseName: db.name,
    schemaVersion: db.verno,
    exportedAt: Date.now(),
    tables,
  };
  return new Blob([JSON.stringify(backup)], { type: 'application/json' });
}

export type BackupCheck =
  | {
      ok: true;
      rows: number;
      backup: Backup;
      /** Each profile's chain as the file has it: altered records show before anything is written. */
      verification: ProfileVerification[];
    }
  | { ok: false; problems: Problem[] };

/** Checks a backup file completely before anything is written. */
export async function checkBackup(file: Blob): Promise<BackupCheck> {
  if (file.size > BACKUP_LIMIT_BYTES) {
    return { ok: false, problems: [tooLargeProblem(file.size, BACKUP_LIMIT_BYTES)] };
  }
  const result = parseChecked(await file.text(), backupSchema);
  if (!result.ok) return result;
  if (result.value.databaseName !== database().name) {
    return {
      ok: false,
      problems: [
        problem('$.databaseName', {
          en: 'this is a backup of another database',
          'zh-CN': '这是另一个数据库的备份',
        }),
      ],
    };
  }
  const rows = Object.values(result.value.tables).reduce((n, t) => n + t.length, 0);
  const verification = verifyTables(result.value.tables);
  return { ok: true, rows, backup: result.value, verification };
}

/**
 * Replaces everything in the database with a backup, in one transaction: a file that fails the
 * check, or an import that fails half-way, leaves the database exactly as it was.
 */
export async function restoreBackup(file: Blob): Promise<BackupCheck> {
  const check = await checkBackup(file);
  if (!check.ok) return check;
  const db = database();
  // The file is already parsed and checked, so the whole replacement is one IndexedDB transaction.
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    for (const [name, rows] of Object.entries(check.backup.tables))
      await db.table(name).bulkAdd(rows);
  });
  await rememberRecordCounts();
  return check;
}
