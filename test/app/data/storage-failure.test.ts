import { describe, expect, it } from 'vitest';
import { classifyStorageFailure } from '../../../src/app/data/storage-failure';
import { StaleWriteError } from '../../../src/storage/errors';
import { GroupSessionConflict } from '../../../src/storage/group-sessions';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('what a failed write means', () => {
  it('is a full disk however the browser and Dexie wrap it', () => {
    expect(classifyStorageFailure(quota())).toEqual({ kind: 'quota' });
    expect(classifyStorageFailure({ name: 'AbortError', inner: quota() })).toEqual({
      kind: 'quota',
    });
    expect(classifyStorageFailure(new Error('aborted', { cause: quota() }))).toEqual({
      kind: 'quota',
    });
  });

  it('names the record another tab changed first', () => {
    expect(classifyStorageFailure(new StaleWriteError('draft', 'd1'))).toEqual({
      kind: 'stale',
      record: 'draft',
    });
    expect(classifyStorageFailure(new GroupSessionConflict('s1'))).toEqual({
      kind: 'stale',
      record: 'group-session',
    });
  });

  it('tells a database this tab cannot use now from any other failure', () => {
    expect(classifyStorageFailure({ name: 'DatabaseClosedError' })).toEqual({
      kind: 'unavailable',
    });
    expect(
      classifyStorageFailure({ name: 'AbortError', inner: { name: 'InvalidStateError' } }),
    ).toEqual({ kind: 'unavailable' });
    expect(classifyStorageFailure(new Error('ConstraintError: key exists'))).toEqual({
      kind: 'other',
      message: 'ConstraintError: key exists',
    });
  });
});
