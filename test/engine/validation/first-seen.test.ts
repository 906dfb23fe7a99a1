import { describe, expect, it } from 'vitest';
import { firstSeen } from '../../../src/engine/validation/first-seen';

describe('where a key was first seen', () => {
  it('says nothing the first time, then points every repeat at the first row', () => {
    const seen = firstSeen();
    expect(seen('a', 0)).toBeUndefined();
    expect(seen('b', 1)).toBeUndefined();
    expect(seen('a', 2)).toBe(0);
    expect(seen('a', 3)).toBe(0);
    expect(seen('b', 4)).toBe(1);
  });

  it('keeps each list apart', () => {
    const one = firstSeen();
    const other = firstSeen();
    expect(one('a', 5)).toBeUndefined();
    expect(other('a', 7)).toBeUndefined();
    expect(one('a', 9)).toBe(5);
  });
});
