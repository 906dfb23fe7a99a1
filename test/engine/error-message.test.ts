import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/engine/error-message';

describe('what went wrong, in words', () => {
  it("gives an Error's message, and anything else thrown as a string", () => {
    expect(errorMessage(new RangeError('Maximum call stack size exceeded'))).toBe(
      'Maximum call stack size exceeded',
    );
    expect(errorMessage('quota')).toBe('quota');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
