/** Who a PIN belongs to: the trainer role, the HR role, or one trainee's own profile. */
export type Role = 'trainer' | 'hr' | `trainee:${string}`;

/** The staff roles, in the order a ledger seal lists the ones unlocked when it was made. */
export const STAFF_ROLES = ['trainer', 'hr'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const traineeRole = (profileId: string): Role => `trainee:${profileId}`;

export const PIN_MIN = 4;
/**
 * Trainer and HR PINs open every trainee's records, so they are longer: a copied database then
 * takes a million guesses per PIN instead of ten thousand.
 */
export const STAFF_PIN_MIN = 6;
export const PIN_MAX = 12;

export const isStaffRole = (role: Role): role is 'trainer' | 'hr' =>
  role === 'trainer' || role === 'hr';

/** The fewest digits a new PIN of this role may have. */
export const pinMinimum = (role: Role) => (isStaffRole(role) ? STAFF_PIN_MIN : PIN_MIN);

/** A staff PIN set before staff PINs needed 6 digits: right, but to be replaced at once. */
export const pinTooShortToKeep = (role: Role, pin: string) => pin.length < pinMinimum(role);

export type PinFormatProblem = 'not-digits' | 'too-short' | 'too-long';

/** A PIN is digits (4–12, staff 6–12), so it can be typed on any keypad and remembered. */
export function pinFormatProblem(pin: string, minimum = PIN_MIN): PinFormatProblem | null {
  if (!/^\d*$/.test(pin)) return 'not-digits';
  if (pin.length < minimum) return 'too-short';
  if (pin.length > PIN_MAX) return 'too-long';
  return null;
}

/** Wrong tries allowed before a lockout. */
export const MAX_TRIES = 5;
/** The first lockout; each further one doubles, up to a day. */
export const FIRST_LOCKOUT_MS = 30_000;
export const LONGEST_LOCKOUT_MS = 24 * 60 * 60 * 1000;

export interface TryState {
  /** Wrong tries since the last success or lockout. */
  failures: number;
  /** Lockouts since the last success. */
  lockouts: number;
  lockedUntil: number;
}

export const FRESH_TRIES: TryState = { failures: 0, lockouts: 0, lockedUntil: 0 };

/** How long the n-th lockout lasts (n ≥ 1). */
export function lockoutLength(lockouts: number): number {
  return Math.min(FIRST_LOCKOUT_MS * 2 ** Math.max(0, lockouts - 1), LONGEST_LOCKOUT_MS);
}

export function isLocked(state: TryState, now: number): boolean {
  return state.lockedUntil > now;
}

export const triesLeft = (state: TryState) => MAX_TRIES - state.failures;

/** A wrong try: the fifth in a row locks, for twice as long as the lockout before. */
export function afterWrongTry(state: TryState, now: number): TryState {
  const failures = state.failures + 1;
  if (failures < MAX_TRIES) return { ...state, failures };
  const lockouts = state.lockouts + 1;
  return { failures: 0, lockouts, lockedUntil: now + lockoutLength(lockouts) };
}

/** A right PIN (or recovery code) forgives everything before it. */
export const afterRightTry = (): TryState => FRESH_TRIES;

// Crockford's base32: no I, L, O or U, so a printed code cannot be misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16;

/** A recovery code from random bytes (one per character): 16 characters, 80 bits, in groups of 4. */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error(`need ${CODE_LENGTH} random bytes`);
  const chars = Array.from(bytes.slice(0, CODE_LENGTH), (b) => ALPHABET[b % 32]!);
  return chars.join('').replace(/(.{4})(?!$)/g, '$1-');
}

export const RECOVERY_BYTES = CODE_LENGTH;

/** A recovery code as typed: case, spaces and dashes do not matter; O, I and L read as 0, 1, 1. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
