import { checkBackupContent } from '../../engine/validation/check-backup-content';
import { readBackup, type BackupCheck } from '../../storage/backup';

/**
 * Everything about a backup that needs nothing from this machine, and so runs in the check worker:
 * the bytes, every row's shape and chain, then what holds across rows (one 工号 once, every stored
 * case playable within the caps).
 */
export function readBackupBytes(bytes: ArrayBuffer): BackupCheck {
  const check = readBackup(new Uint8Array(bytes));
  if (!check.ok) return check;
  const problems = checkBackupContent(check.backup.tables);
  return problems.length > 0 ? { ok: false, problems } : check;
}
