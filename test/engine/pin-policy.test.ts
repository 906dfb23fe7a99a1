import { describe, expect, it } from 'vitest';
import {
  afterRightTry,
  afterWrongTry,
  FIRST_LOCKOUT_MS,
  FRESH_TRIES,
  isLocked,
  lockoutLength,
  LONGEST_LOCKOUT_MS,
  normalizeRecoveryCode,
  pinFormatProblem,
  pinMinimum,
  pinTooShortToKeep,
  recoveryCodeFromBytes,
  triesLeft,
  type TryState,
} from '../../src/engine/pin-policy';

describe('PIN format', () => {
  it.each([
    ['1234', null],
    ['123456789012', null],
    ['123', 'too-short'],
    ['1234567890123', 'too-long'],
    ['12a4', 'not-digits'],
    ['12 34', 'not-digits'],
  ])('%j → %s', (pin, problem) => expect(pinFormatProblem(pin)).toBe(problem));
});

describe('staff PINs', () => {
  it('need 6 digits where a trainee’s own PIN needs 4; a shorter staff PIN is replaced', () => {
    expect(pinMinimum('trainer')).toBe(6);
    expect(pinMinimum('hr')).toBe(6);
    expect(pinMinimum('trainee:p1')).toBe(4);
    expect(pinFormatProblem('12345', pinMinimum('hr'))).toBe('too-short');
    expect(pinFormatProblem('123456', pinMinimum('hr'))).toBeNull();
    expect(pinTooShortToKeep('hr', '2468')).toBe(true);
    expect(pinTooShortToKeep('hr', '246813')).toBe(false);
    expect(pinTooShortToKeep('trainee:p1', '2468')).toBe(false);
  });
});

describe('lockout schedule', () => {
  const wrong = (state: TryState, times: number, now: number) => {
    let s = state;
    for (let i = 0; i < times; i++) s = afterWrongTry(s, now);
    return s;
  };

  it('allows four wrong tries, counting down, and locks on the fifth', () => {
    const four = wrong(FRESH_TRIES, 4, 0);
    expect(triesLeft(four)).toBe(1);
    expect(isLocked(four, 0)).toBe(false);
    const five = afterWrongTry(four, 0);
    expect(isLocked(five, 0)).toBe(true);
    expect(five.lockedUntil).toBe(FIRST_LOCKOUT_MS);
    expect(isLocked(five, FIRST_LOCKOUT_MS)).toBe(false);
  });

  it('doubles each further lockout, up to a day', () => {
    const first = wrong(FRESH_TRIES, 5, 0);
    const second = wrong(first, 5, first.lockedUntil);
    expect(second.lockedUntil - first.lockedUntil).toBe(2 * FIRST_LOCKOUT_MS);
    expect(lockoutLength(3)).toBe(4 * FIRST_LOCKOUT_MS);
    expect(lockoutLength(40)).toBe(LONGEST_LOCKOUT_MS);
  });

  it('forgives everything after a right PIN', () => {
    expect(afterRightTry()).toEqual(FRESH_TRIES);
  });
});

describe('recovery codes', () => {
  const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 17);

  it('are 16 unambiguous characters in four groups', () => {
    const code = recoveryCodeFromBytes(bytes);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('read the same whatever the case, spacing or look-alike letters', () => {
    const code = recoveryCodeFromBytes(bytes);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normalizeRecoveryCode(typed)).toBe(normalizeRecoveryCode(code));
  });
});
