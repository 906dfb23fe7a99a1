import { describe, expect, it } from 'vitest';
import { StaleWriteError } from '../../../src/storage/errors';
import { refusedWrite } from '../../../src/ui/organisation-lists/refused-write';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a phrase-list write the storage refused', () => {
  it('is a full disk however it is wrapped', () => {
    expect(refusedWrite(quota())).toBe('quota');
    expect(refusedWrite({ name: 'AbortError', inner: quota() })).toBe('quota');
  });

  it('is storage this tab cannot use now when the database is shut or changed elsewhere', () => {
    expect(refusedWrite({ name: 'DatabaseClosedError' })).toBe('unavailable');
    expect(refusedWrite(new StaleWriteError('draft', 'd1'))).toBe('unavailable');
  });

  it('is no refusal when something else went wrong', () => {
    expect(refusedWrite(new Error('lists malformed'))).toBeNull();
  });
});
