import { countedSummaries } from '../engine/counted-summary';
import { isDemoId } from '../engine/demo-ids';
import type { Provenance } from '../engine/records/ledger';
import { CURRENT_SEAL } from '../engine/ledger';
import { latestLinks } from '../engine/provenance';
import { KIND_OF, MERGED_TABLES } from '../engine/records-bundle';
import { tooLargeProblem } from '../engine/validation/limits';
import { newerRecordsProblem } from '../engine/records/newer-records';
import { parseChecked } from '../engine/validation/parse-checked';
import { problem, type Problem } from '../engine/validation/problem';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  PERSONAL_TABLES,
  backupSchema,
  type Backup,
  type BackupScope,
  type BackupTable,
} from './backup-schema';
import { database } from './database';
import { lrsCredentialsKept, LRS_SETTING_KEY, withoutLrsCredentials } from './lms-settings';
import { sealRecords, verifyTables, type ProfileVerification, type RecordToSeal } from './ledger';
import type { SettingRecord } from './records';
import { rememberRecordCounts } from './wipe-marker';

/** Backups larger than this are refused before reading: a whole training centre fits well within. */
export const BACKUP_LIMIT_BYTES = 50 * 1024 * 1024;

type Rows = Partial<Record<BackupTable, unknown[]>>;

function backupFile(scope: BackupScope, tables: Rows): Blob {
  const db = database();
  const backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    databaseName: db.name,
    schemaVersion: db.verno,
    exportedAt: Date.now(),
    scope,
    tables,
  };
  return new Blob([JSON.stringify(backup)], { type: 'application/json' });
}

/**
 * Every record of this machine, read in one transaction so the backup is a consistent moment:
 * never the PINs' hashes (a copied hash can be guessed offline) nor the LRS key and secret (with
 * them anyone could write into the organisation's record store).
 */
export async function exportBackup(): Promise<Blob> {
  const db = database();
  const tables: Rows = {};
  await db.transaction('r', [...BACKUP_TABLES], async () => {
    for (const name of BACKUP_TABLES) tables[name] = await db.table(name).toArray();
  });
  tables.settings = (tables.settings as SettingRecord[]).map(withoutLrsCredentials);
  return backupFile({ kind: 'all' }, tables);
}

/** One trainee's own records and nothing of anyone else's: no secrets, no settings, no outbox. */
export async function exportProfileBackup(profileId: string): Promise<Blob> {
  const db = database();
  const tables: Rows = {};
  await db.transaction('r', [...PERSONAL_TABLES], async () => {
    const attempts = await db.attempts.where('profileId').equals(profileId).toArray();
    tables.profiles = await db.profiles.where('id').equals(profileId).toArray();
    tables.attempts = attempts;
    tables.steps = await db.steps
      .where('attemptId')
      .anyOf(attempts.map((a) => a.id))
      .toArray();
    for (const name of ['ledger', 'observations', 'overrides', 'awards', 'quizAttempts'] as const)
      tables[name] = await db.table(name).where('profileId').equals(profileId).toArray();
    tables.profileSummaries = await db.profileSummaries
      .where('profileId')
      .equals(profileId)
      .toArray();
  });
  return backupFile({ kind: 'profile', profileId }, tables);
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

const notTheirs = (path: string) =>
  problem(path, {
    en: 'this record is not of the person the backup is of',
    'zh-CN': '这条记录不属于这份备份的学员',
  });

/**
 * A personal backup holds its person's records only (a hand-edited one could otherwise slip
 * someone else's records in), and its 工号 must not be another person's on this machine.
 */
async function personalProblems(backup: Backup, profileId: string): Promise<Problem[]> {
  const { tables } = backup;
  const problems: Problem[] = [];
  const attemptIds = new Set(tables.attempts.map((a) => a.id));
  for (const name of BACKUP_TABLES) {
    const rows = tables[name] as readonly Record<string, unknown>[];
    if (rows.length > 0 && !PERSONAL_TABLES.includes(name)) {
      problems.push(
        problem(`$.tables.${name}`, {
          en: 'a personal backup holds only its person’s own records',
          'zh-CN': '个人备份只能包含本人的记录',
        }),
      );
      continue;
    }
    rows.forEach((row, i) => {
      const owner = name === 'profiles' ? row.id : row.profileId;
      const mine = name === 'steps' ? attemptIds.has(row.attemptId as string) : owner === profileId;
      if (!mine) problems.push(notTheirs(`$.tables.${name}[${i}]`));
    });
  }
  const [profile] = tables.profiles;
  if (isDemoId(profileId)) {
    // Made-up rows are never weighed as anyone's record: the demo is loaded again, not restored.
    problems.push(
      problem('$.scope.profileId', {
        en: 'this is a demo person’s backup: load the demo organisation again instead',
        'zh-CN': '这是演示学员的备份：请重新载入演示机构，不要恢复',
      }),
    );
  }
  if (tables.profiles.length !== 1 || !profile) {
    problems.push(
      problem('$.tables.profiles', {
        en: 'a personal backup holds exactly its own person',
        'zh-CN': '个人备份必须正好包含本人一个档案',
      }),
    );
  } else {
    const holder = await database().profiles.where('employeeId').equals(profile.employeeId).first();
    if (holder && holder.id !== profileId) {
      problems.push(
        problem('$.tables.profiles[0].employeeId', {
          en: `工号 ${profile.employeeId} belongs to someone else on this computer`,
          'zh-CN': `工号 ${profile.employeeId} 在这台电脑上属于另一个人`,
        }),
      );
    }
  }
  return [...problems, ...(await takenIds(backup, profileId))];
}

/** Tables of a personal backup keyed by a record id that could clash with someone else's. */
const ID_KEYED = ['attempts', 'observations', 'overrides', 'awards', 'quizAttempts'] as const;

/** Records of the file whose id is already another person's record here: restoring would take it. */
async function takenIds(backup: Backup, profileId: string): Promise<Problem[]> {
  const db = database();
  const problems: Problem[] = [];
  for (const name of ID_KEYED) {
    const rows = backup.tables[name];
    const here = await db.table(name).bulkGet(rows.map((row) => row.id));
    here.forEach((found: { profileId: string } | undefined, i) => {
      if (found && found.profileId !== profileId) {
        problems.push(
          problem(`$.tables.${name}[${i}].id`, {
            en: 'this id is another person’s record on this computer',
            'zh-CN': '这个编号在这台电脑上是另一个人的记录',
          }),
        );
      }
    });
  }
  return problems;
}

/**
 * Reads a backup's bytes and checks every row's shape and chain, with nothing from this machine:
 * the part of the check that costs time on a large or hostile file, so it can run in a worker.
 */
export function readBackup(bytes: Uint8Array): BackupCheck {
  // Bytes through the imported-file front door: a bad byte is located, never turned into U+FFFD.
  const result = parseChecked(bytes, backupSchema, undefined, newerRecordsProblem);
  if (!result.ok) return result;
  const backup = result.value;
  const rows = BACKUP_TABLES.reduce((n, t) => n + backup.tables[t].length, 0);
  const verification = verifyTables(backup.tables);
  return { ok: true, rows, backup, verification };
}

/** What a read backup must also agree with on this machine: its database, and for one person, whose. */
export async function checkBackupHere(check: BackupCheck): Promise<BackupCheck> {
  if (!check.ok) return check;
  const { backup } = check;
  if (backup.databaseName !== database().name) {
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
  if (backup.scope.kind === 'profile') {
    const problems = await personalProblems(backup, backup.scope.profileId);
    if (problems.length > 0) return { ok: false, problems };
  }
  return check;
}

/** Checks a backup file completely before anything is written. */
export async function checkBackup(file: Blob): Promise<BackupCheck> {
  if (file.size > BACKUP_LIMIT_BYTES) {
    return { ok: false, problems: [tooLargeProblem(file.size, BACKUP_LIMIT_BYTES)] };
  }
  return checkBackupHere(readBackup(new Uint8Array(await file.arrayBuffer())));
}

/**
 * What the restore does not take at the file's word (weighed by the application before it
 * restores): records sealed again as unverified or refused, and certificates left out.
 */
export interface RestoreTrust {
  doubts: ReadonlyArray<
    Pick<RecordToSeal, 'kind' | 'profileId'> & { recordId: string; provenance: Provenance }
  >;
  droppedAwardIds: readonly string[];
}

const TRUSTED: RestoreTrust = { doubts: [], droppedAwardIds: [] };

export interface RestoreChoices {
  /**
   * Also remove the trainer's and every trainee's PIN (and their lockouts) on this machine. Off
   * unless HR ticks it: a backup never holds PINs, so by default a restore leaves them as they are.
   * HR's own PIN always stays, HR being the one restoring.
   */
  clearOtherPins?: boolean;
}

/**
 * The roster's summary rows, counted again from the backup's own calls, seals and overrides: a
 * summary is derived, so the file's copy is never taken at its word (a hand-edited best would
 * otherwise reach HR's roster past every verified chain), and a backup from before summaries
 * existed gets them. As in the app, a person has a row once they have finished a call.
 */
function summariesOf({ tables }: Backup, { doubts }: RestoreTrust) {
  const finishers = new Set(
    tables.attempts.filter((a) => a.status === 'finished').map((a) => a.profileId),
  );
  const doubted = new Set(doubts.map((d) => d.recordId));
  return countedSummaries(
    tables.profiles.map((p) => p.id).filter((id) => finishers.has(id)),
    tables.ledger,
    tables.attempts.filter((a) => !doubted.has(a.id)),
    tables.overrides.filter((o) => !doubted.has(o.id)),
  );
}

/** The file's rows of one table as restored: a certificate that does not stand is left out. */
function rowsOf(backup: Backup, name: BackupTable, trust: RestoreTrust): readonly unknown[] {
  if (name !== 'awards') return backup.tables[name];
  const dropped = new Set(trust.droppedAwardIds);
  return backup.tables.awards.filter((a) => !dropped.has(a.id));
}

/** Seals each doubted record again, after the file's links, saying why it counts toward nothing. */
async function sealDoubts(backup: Backup, { doubts }: RestoreTrust) {
  if (doubts.length === 0) return;
  const byKey = new Map<string, { id: string }>();
  for (const table of MERGED_TABLES) {
    for (const row of backup.tables[table]) byKey.set(`${KIND_OF[table]}:${row.id}`, row);
  }
  const latest = latestLinks(backup.tables.ledger);
  await sealRecords(
    doubts.flatMap(({ kind, profileId, recordId, provenance }) => {
      const record = byKey.get(`${kind}:${recordId}`);
      const sealedAs = latest.get(`${kind}:${recordId}`);
      // Changed after its seal: the new link keeps the old hash, so verifying still shows it.
      const keepsFlag = provenance.reasons.includes('altered') && sealedAs?.seal === CURRENT_SEAL;
      return record
        ? [
            {
              kind,
              profileId,
              record: record as RecordToSeal['record'],
              provenance,
              ...(keepsFlag ? { sealedHash: sealedAs.recordHash } : {}),
            },
          ]
        : [];
    }),
  );
}

async function restoreEverything(
  backup: Backup,
  { clearOtherPins = false }: RestoreChoices,
  trust: RestoreTrust,
) {
  const db = database();
  await db.transaction('rw', [...BACKUP_TABLES, 'secrets'], async () => {
    const lrs = await db.settings.get(LRS_SETTING_KEY);
    await Promise.all(BACKUP_TABLES.map((name) => db.table(name).clear()));
    for (const name of BACKUP_TABLES) {
      const rows =
        name === 'settings'
          ? backup.tables.settings.map((row) => lrsCredentialsKept(row, lrs))
          : name === 'profileSummaries'
            ? summariesOf(backup, trust)
            : rowsOf(backup, name, trust);
      await db.table(name).bulkAdd(rows);
    }
    await sealDoubts(backup, trust);
    // A backup from before schema v9 holds only the current cases: each is one of its versions.
    await db.caseVersions.bulkPut(backup.tables.scenarios);
    if (clearOtherPins) await db.secrets.where('role').notEqual('hr').delete();
  });
}

/** Replaces one person's records with their backup's, leaving everyone else's as they are. */
async function restorePerson(backup: Backup, profileId: string, trust: RestoreTrust) {
  const db = database();
  await db.transaction('rw', [...PERSONAL_TABLES], async () => {
    const attemptIds = await db.attempts.where('profileId').equals(profileId).primaryKeys();
    // The file's calls too: their steps may have outlived a call deleted here.
    const restored = backup.tables.attempts.map((a) => a.id);
    await db.steps
      .where('attemptId')
      .anyOf([...attemptIds, ...restored])
      .delete();
    await db.profiles.delete(profileId);
    for (const name of PERSONAL_TABLES) {
      if (name === 'profiles' || name === 'steps') continue;
      await db.table(name).where('profileId').equals(profileId).delete();
    }
    for (const name of PERSONAL_TABLES)
      await db
        .table(name)
        .bulkAdd(
          name === 'profileSummaries' ? summariesOf(backup, trust) : rowsOf(backup, name, trust),
        );
    await sealDoubts(backup, trust);
  });
}

/**
 * Restores a backup in one transaction: a file that fails the check, or an import that fails
 * half-way, leaves the database exactly as it was. A whole-machine backup replaces every record
 * (PINs and the LRS key and secret stay this machine's); a personal one replaces only its person's.
 */
export async function restoreBackup(
  file: Blob,
  choices: RestoreChoices = {},
  trust: RestoreTrust = TRUSTED,
): Promise<BackupCheck> {
  const check = await checkBackup(file);
  return check.ok ? restoreChecked(check, choices, trust) : check;
}

/**
 * Restores a backup that has already passed the check, without reading the file again, with what
 * the application found it could not take at the file's word.
 */
export async function restoreChecked(
  check: Extract<BackupCheck, { ok: true }>,
  choices: RestoreChoices = {},
  trust: RestoreTrust = TRUSTED,
): Promise<BackupCheck> {
  const { scope } = check.backup;
  if (scope.kind === 'profile') await restorePerson(check.backup, scope.profileId, trust);
  else await restoreEverything(check.backup, choices, trust);
  await rememberRecordCounts();
  return check;
}
