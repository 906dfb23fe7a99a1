/** A storage rule the caller broke; `code` lets the UI say it in the trainee's language. */
export class StorageRuleError extends Error {
  constructor(
    readonly code:
      | 'duplicate-employee-id'
      | 'invalid-profile'
      | 'attempt-not-found'
      | 'attempt-closed'
      | 'step-out-of-order',
    message: string,
  ) {
    super(message);
    this.name = 'StorageRuleError';
  }
}
