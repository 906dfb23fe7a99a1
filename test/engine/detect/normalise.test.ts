import { describe, expect, it } from 'vitest';
import { normalise, originalSpan } from '../../../src/engine/detect/normalise';

describe('normalise', () => {
  it('folds width and case, and maps every unit back to the character it came from', () => {
    const typed = 'Ａ😀，ok';
    const n = normalise(typed);
    expect(n.text).toBe('a😀,ok');
    // The emoji is two UTF-16 units in both texts; the full-width letter and comma one each.
    expect(n.starts).toEqual([0, 1, 1, 3, 4, 5]);
    expect(n.ends).toEqual([1, 3, 3, 4, 5, 6]);
    expect(originalSpan(n, 1, 4)).toEqual({ start: 1, end: 4 });
  });

  it('maps a character NFKC expands (㎏ → kg) to the one character typed', () => {
    const n = normalise('5㎏重');
    expect(n.text).toBe('5kg重');
    expect(originalSpan(n, 1, 3)).toEqual({ start: 1, end: 2 });
    expect(originalSpan(n, 2, 4)).toEqual({ start: 1, end: 3 });
  });
});
