export { checkBackup, exportBackup, restoreBackup, type BackupCheck } from '../../storage/backup';
