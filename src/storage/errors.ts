/** A storage rule the caller broke; `code` lets the UI say it in the trainee's language. */
export class StorageRuleError extends Error {
  constructor(
    readonly code:
      | 'duplicate-employee-id'
      | 'invalid-profile'
      | 'attempt-not-found'
      | 'attempt-closed'
      | 'step-out-of-order'
      | 'invalid-pin'
      | 'pin-already-set'
      | 'pin-not-set',
    message: string,
  ) {
    super(message);
    this.name = 'StorageRuleError';
  }
}

/**
 * A failed write and every error inside it: Dexie keeps the cause of a transaction's AbortError
 * as `inner`, a bulk write's BulkError lists each row's error in `failures`, and an Error may
 * carry a `cause`. Bounded, since a hostile or cyclic chain must not hang the screen reporting it.
 */
export function errorsWithin(error: unknown): unknown[] {
  const found: unknown[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && found.length < 32) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || found.includes(current)) continue;
    found.push(current);
    const nested = current as { inner?: unknown; cause?: unknown; failures?: unknown };
    queue.push(nested.inner, nested.cause);
    if (Array.isArray(nested.failures)) queue.push(...nested.failures.slice(0, 8));
  }
  return found;
}

/**
 * Whether a failed write ran out of storage space. Browsers report it as a QuotaExceededError,
 * often wrapped in the transaction's AbortError or a bulk write's BulkError.
 */
export function isQuotaError(error: unknown): boolean {
  return errorsWithin(error).some((e) => (e as { name?: unknown }).name === 'QuotaExceededError');
}

/** The records a tab may hold an older copy of while another tab writes them. */
export type ContestedRecord = 'draft' | 'group-session' | 'quiz-sitting';

/**
 * A write refused because the stored record changed since this tab read it (another tab wrote
 * it): writing anyway would silently drop the other tab's change. Reading the record again gives
 * the other tab's version.
 */
export class StaleWriteError extends Error {
  constructor(
    readonly record: ContestedRecord,
    readonly id: string,
  ) {
    super(`${record} ${id} was changed elsewhere since it was read; read it again`);
    this.name = 'StaleWriteError';
  }
}
