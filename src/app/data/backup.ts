import { checkBackupContent } from '../../engine/validation/check-backup-content';
import {
  checkBackup as checkBackupRows,
  exportBackup,
  exportProfileBackup,
  restoreChecked,
  type BackupCheck,
  type RestoreChoices,
} from '../../storage/backup';
import { standingsToward } from '../calls/ownership';
import { isOperator, isUnlocked } from '../session/tab-session';

export type { BackupCheck, RestoreChoices };

/**
 * Checks a backup file completely before anything is written: storage checks the file and every
 * row's shape and chain; then what holds across rows (one 工号 once, every stored case playable).
 */
export async function checkBackup(file: Blob): Promise<BackupCheck> {
  const check = await checkBackupRows(file);
  if (!check.ok) return check;
  const problems = checkBackupContent(check.backup.tables);
  return problems.length > 0 ? { ok: false, problems } : check;
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
  // The file is read and checked once; storage restores the rows that passed.
  return check.ok ? restoreChecked(check, choices) : check;
}
