import {
  afterRightTry,
  afterWrongTry,
  isLocked,
  isStaffRole,
  normalizeRecoveryCode,
  pinFormatProblem,
  pinMinimum,
  pinTooShortToKeep,
  RECOVERY_BYTES,
  recoveryCodeFromBytes,
  triesLeft,
  type Role,
} from '../../engine/pin-policy';
import { StorageRuleError } from '../../storage/errors';
import {
  addSecret,
  findSecret,
  pinMatches,
  readSecret,
  recordTry,
  recoveryCodeMatches,
  replacePin,
  replaceSecret,
} from '../../storage/secrets';
import { BUILT_SETUP_CODE_HASH, setupCodeMatches } from './setup-code';

export type TryResult =
  /** `mustChange`: a staff PIN shorter than staff PINs now must be, to be replaced before use. */
  | { ok: true; mustChange: boolean }
  | { ok: false; reason: 'wrong'; triesLeft: number }
  | { ok: false; reason: 'locked'; lockedUntil: number };

export type LockStatus =
  | { state: 'not-set' }
  | { state: 'open'; triesLeft: number }
  | { state: 'locked'; lockedUntil: number };

function requireValidPin(role: Role, pin: string) {
  const problem = pinFormatProblem(pin, pinMinimum(role));
  if (problem) throw new StorageRuleError('invalid-pin', `PIN ${problem}`);
}

/** A fresh recovery code: shown once, only its hash is ever stored. */
const freshRecoveryCode = () =>
  recoveryCodeFromBytes(crypto.getRandomValues(new Uint8Array(RECOVERY_BYTES)));

export async function lockStatus(role: Role, now = Date.now()): Promise<LockStatus> {
  const secret = await findSecret(role);
  if (!secret) return { state: 'not-set' };
  return isLocked(secret, now)
    ? { state: 'locked', lockedUntil: secret.lockedUntil }
    : { state: 'open', triesLeft: triesLeft(secret) };
}

export type FirstPinResult =
  { ok: true; recoveryCode: string } | { ok: false; reason: 'wrong-setup-code' };

/**
 * Sets a role's PIN at first use and returns the one-time recovery code (shown once, never
 * stored). A trainer or HR PIN needs the installation's setup code, so a staff role never goes to
 * whoever opens its page first. Refused if the role already has a PIN: changing it needs the
 * recovery code.
 */
export async function setFirstPin(
  role: Role,
  pin: string,
  {
    setupCode = '',
    now = Date.now(),
    expectedSetupCode = BUILT_SETUP_CODE_HASH,
  }: { setupCode?: string; now?: number; expectedSetupCode?: string | null } = {},
): Promise<FirstPinResult> {
  requireValidPin(role, pin);
  if (isStaffRole(role) && !(await setupCodeMatches(setupCode, expectedSetupCode)))
    return { ok: false, reason: 'wrong-setup-code' };
  const recoveryCode = freshRecoveryCode();
  await addSecret({
    role,
    pin,
    recoveryCode: normalizeRecoveryCode(recoveryCode),
    tries: afterRightTry(),
    now,
  });
  return { ok: true, recoveryCode };
}

/**
 * Checks a PIN; five wrong tries in a row lock the role, each lockout twice as long as the last.
 * The try is counted as wrong (and the lockout checked) before the slow hash, in one transaction,
 * so tries raced in parallel are each counted; a right PIN then forgives it with the rest.
 */
export async function checkPin(role: Role, pin: string, now = Date.now()): Promise<TryResult> {
  const { before, after } = await recordTry(role, (current) =>
    isLocked(current, now) ? current : afterWrongTry(current, now),
  );
  if (isLocked(before, now))
    return { ok: false, reason: 'locked', lockedUntil: before.lockedUntil };
  if (await pinMatches(before, pin)) {
    await recordTry(role, afterRightTry);
    return { ok: true, mustChange: pinTooShortToKeep(role, pin) };
  }
  return isLocked(after, now)
    ? { ok: false, reason: 'locked', lockedUntil: after.lockedUntil }
    : { ok: false, reason: 'wrong', triesLeft: triesLeft(after) };
}

/**
 * Replaces a PIN too short to keep: the current PIN is checked again (a counted try) so this
 * cannot be used to set a PIN without knowing one. The recovery code stays as it was.
 */
export async function changeShortPin(
  role: Role,
  currentPin: string,
  newPin: string,
  now = Date.now(),
): Promise<TryResult> {
  requireValidPin(role, newPin);
  const check = await checkPin(role, currentPin, now);
  if (!check.ok) return check;
  await replacePin(role, newPin, afterRightTry(), now);
  return { ok: true, mustChange: false };
}

/**
 * A forgotten PIN (or a lockout): the recovery code sets a new PIN and a new recovery code
 * replaces the used one. It works during a lockout, being the way out of one; an 80-bit code
 * behind 600,000 PBKDF2 rounds cannot be guessed, so wrong codes do not count toward lockouts.
 */
export async function resetWithRecoveryCode(
  role: Role,
  code: string,
  newPin: string,
  now = Date.now(),
): Promise<{ ok: false } | { ok: true; recoveryCode: string }> {
  requireValidPin(role, newPin);
  const secret = await readSecret(role);
  if (!(await recoveryCodeMatches(secret, normalizeRecoveryCode(code)))) return { ok: false };
  const recoveryCode = freshRecoveryCode();
  await replaceSecret({
    role,
    pin: newPin,
    recoveryCode: normalizeRecoveryCode(recoveryCode),
    tries: afterRightTry(),
    now,
  });
  return { ok: true, recoveryCode };
}
