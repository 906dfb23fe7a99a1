import { serveCheck } from '../input/check-in-worker';
import { readBackupBytes } from './read-backup';

/** The worker's side of the backup check: bytes in, the file's verdict out. */
serveCheck(readBackupBytes);
