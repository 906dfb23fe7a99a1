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
 * Whether a failed write ran out of storage space. Browsers report it as a QuotaExceededError,
 * often wrapped in the transaction's AbortError (Dexie keeps the cause as `inner`).
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const named = current as { name?: string; inner?: unknown; cause?: unknown };
    if (named.name === 'QuotaExceededError') return true;
    current = named.inner ?? named.cause;
  }
  return false;
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
