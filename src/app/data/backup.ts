import { problem } from '../../engine/validation/problem';
import { tooLargeProblem } from '../../engine/validation/limits';
import {
  BACKUP_LIMIT_BYTES,
  checkBackupHere,
  exportBackup,
  exportProfileBackup,
  restoreChecked,
  type RestoreChoices,
} from '../../storage/backup';
import { listPrograms } from '../../storage/certification';
import { listOrganisationLists } from '../../storage/organisation-lists';
import { listImportedCases } from '../../storage/records-bundle';
import { standingsToward } from '../calls/ownership';
import { checkInWorker, recordsCheckBudgetMs, type WorkerCheck } from '../input/check-in-worker';
import { stoppedProblem } from '../input/stopped-problem';
import { isOperator, isUnlocked } from '../session/tab-session';
import { readBackupBytes, type BackupCheck, type BackupReadRequest } from './read-backup';

export type { BackupCheck, RestoreChoices };

const backupCheck = (budgetMs: number): WorkerCheck<BackupReadRequest, BackupCheck> => ({
  start: () => new Worker(new URL('./backup-check.worker.ts', import.meta.url), { type: 'module' }),
  inPlace: readBackupBytes,
  budgetMs,
  stopped: (why, detail) => ({
    ok: false,
    problems: [problem('$', stoppedProblem(why, detail, budgetMs, 'restored'))],
  }),
});

/**
 * Checks a backup file completely before anything is written: its size before it is read; then,
 * in a worker with a time budget so a hostile file never freezes the page, the file and every
 * row's shape and chain, and what holds across rows (one 工号 once, every stored case playable);
 * and every call replayed and certificate weighed (readBackupBytes); last what it must agree with
 * here (this database, and a person's 工号 not someone else's).
 */
export async function checkBackup(file: Blob): Promise<BackupCheck> {
  if (file.size > BACKUP_LIMIT_BYTES) {
    return { ok: false, problems: [tooLargeProblem(file.size, BACKUP_LIMIT_BYTES)] };
  }
  const [bytes, importedCases, organisationLists, programs] = await Promise.all([
    file.arrayBuffer(),
    listImportedCases(),
    listOrganisationLists(),
    listPrograms(),
  ]);
  const read = await checkInWorker(
    backupCheck(recordsCheckBudgetMs(file.size)),
    { bytes, importedCases, organisationLists, programs },
    [bytes],
  );
  if (!read.ok) return read;
  const here = await checkBackupHere(read);
  return here.ok ? read : here;
}

/** A backup asked for by a tab that may not have it: nothing is read. */
export class BackupRefusedError extends Error {
  constructor(readonly what: 'everything' | 'profile' | 'restore') {
    super(`backup (${what}) refused to this tab`);
    this.name = 'BackupRefusedError';
  }
}

const hrOrOperator = () => isUnlocked('hr') || isOperator();

/** Every record of this machine (no PINs, no LRS key or secret): for HR only. */
export async function backUpEverything(): Promise<Blob> {
  if (!hrOrOperator()) throw new BackupRefusedError('everything');
  return exportBackup();
}

/**
 * One trainee's own records: for that trainee (the profile chosen in this tab, its PIN entered
 * here or none set) or HR. Another trainee's records are never in it.
 */
export async function backUpProfile(profileId: string): Promise<Blob> {
  const standings = await standingsToward(profileId);
  if (!standings.some((s) => s === 'owner' || s === 'hr' || s === 'operator'))
    throw new BackupRefusedError('profile');
  return exportProfileBackup(profileId);
}

/** Restoring replaces records, so only HR may do it. */
export async function restoreFromBackup(file: Blob, choices: RestoreChoices = {}) {
  if (!hrOrOperator()) throw new BackupRefusedError('restore');
  const check = await checkBackup(file);
  // The file is read, checked and weighed once; storage restores the rows that passed, sealing
  // again what does not count and leaving out the certificates that do not stand.
  if (!check.ok) return check;
  await restoreChecked(check, choices, check.trust);
  return check;
}
