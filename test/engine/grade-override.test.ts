import { describe, expect, it } from 'vitest';
import { checkOverride, REASON_MAX, standingTotal } from '../../src/engine/grade-override';

const valid = { total: 85, reason: '  客户其实已被安抚，系统扣分过重。 ', by: ' 李 老师 ' };

describe('grade override', () => {
  it('keeps the original total beside the new one, with the reason and who gave it', () => {
    expect(checkOverride(72, valid)).toEqual({
      ok: true,
      override: {
        originalTotal: 72,
        total: 85,
        reason: '客户其实已被安抚，系统扣分过重。',
        by: '李 老师',
      },
    });
  });

  it.each([
    [{ ...valid, reason: '   ' }, 'reason-missing'],
    [{ ...valid, reason: 'x'.repeat(REASON_MAX + 1) }, 'reason-too-long'],
    [{ ...valid, total: 101 }, 'total-out-of-range'],
    [{ ...valid, total: -1 }, 'total-out-of-range'],
    [{ ...valid, total: 80.5 }, 'total-not-a-whole-number'],
    [{ ...valid, total: Number.NaN }, 'total-not-a-whole-number'],
    [{ ...valid, by: '' }, 'by-missing'],
  ])('refuses %j: %s', (input, problem) => {
    const check = checkOverride(72, input);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.problems).toEqual([problem]);
  });

  it('accepts the ends of the range', () => {
    expect(checkOverride(50, { ...valid, total: 0 }).ok).toBe(true);
    expect(checkOverride(50, { ...valid, total: 100 }).ok).toBe(true);
  });

  it('refuses to override a call that has no grade', () => {
    expect(checkOverride(null, valid)).toEqual({ ok: false, problems: ['call-not-graded'] });
  });

  it('lets the latest override stand, and the original when there is none', () => {
    expect(standingTotal(72, [])).toBe(72);
    expect(
      standingTotal(72, [
        { total: 90, at: 2 },
        { total: 80, at: 1 },
      ]),
    ).toBe(90);
  });
});
