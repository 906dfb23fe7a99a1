import {
  errorsWithin,
  isQuotaError,
  StaleWriteError,
  type ContestedRecord,
} from '../../storage/errors';
import { errorMessage } from '../../engine/error-message';

export { StaleWriteError, type ContestedRecord };

/**
 * Why a write to this browser's storage did not happen, in terms the user can act on: the disk is
 * full (free space, then retry), another tab changed the record first (reload to get its
 * version), the database is shut for now (another tab upgrading it, or the browser closing it),
 * or something else. Every one of them means nothing was written.
 */
export type StorageFailure =
  | { kind: 'quota' }
  | { kind: 'stale'; record: ContestedRecord }
  | { kind: 'unavailable' }
  | { kind: 'other'; message: string };

/** Dexie's and IndexedDB's names for a database this tab cannot use right now. */
const UNAVAILABLE = new Set([
  'DatabaseClosedError',
  'InvalidStateError',
  'VersionError',
  'UpgradeError',
  'OpenFailedError',
  'MissingAPIError',
]);

/** The one way the app tells what a failed write means; screens show it with StorageFailureNotice. */
export function classifyStorageFailure(error: unknown): StorageFailure {
  if (isQuotaError(error)) return { kind: 'quota' };
  if (error instanceof StaleWriteError) return { kind: 'stale', record: error.record };
  const names = errorsWithin(error).map((e) => (e as { name?: unknown }).name);
  if (names.some((name) => typeof name === 'string' && UNAVAILABLE.has(name)))
    return { kind: 'unavailable' };
  return { kind: 'other', message: errorMessage(error) };
}
