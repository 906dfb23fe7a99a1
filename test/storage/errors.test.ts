import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../../src/storage/errors';

describe('running out of space', () => {
  it('recognises a quota error however it is wrapped', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(
      isQuotaError({
        name: 'BulkError',
        failures: [{ name: 'ConstraintError' }, { name: 'QuotaExceededError' }],
      }),
    ).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: { name: 'QuotaExceededError' } }))).toBe(
      true,
    );
  });

  it('stops on an error chain that loops', () => {
    const looping: { name: string; inner?: unknown } = { name: 'AbortError' };
    looping.inner = looping;
    expect(isQuotaError(looping)).toBe(false);
  });
});
