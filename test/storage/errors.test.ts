import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../../src/storage/errors';

describe('running out of space', () => {
  it('recognises a quota error however it is wrapped', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});
