import { classifyStorageFailure } from '../../app/data/storage-failure';

/**
 * A write of the phrase lists that the browser's storage refused: the disk is full, or the
 * storage cannot be used now (another tab holds or upgrades it). A record changed in another tab
 * is a storage this tab must reload to use, so it is told as the latter.
 */
export type RefusedWrite = 'quota' | 'unavailable';

/**
 * Which refusal a failed write was, or null for a failure that is not the storage's (it is shown
 * as a problem, with its own text). The panel says a refusal in its own words: the browser's text
 * ("QuotaExceededError…") tells a trainer neither what happened nor what to do.
 */
export function refusedWrite(error: unknown): RefusedWrite | null {
  const failure = classifyStorageFailure(error);
  if (failure.kind === 'quota') return 'quota';
  return failure.kind === 'other' ? null : 'unavailable';
}
