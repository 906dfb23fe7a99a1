import {
  afterRightTry,
  afterWrongTry,
  isLocked,
  normalizeRecoveryCode,
  pinFormatProblem,
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
  replaceSecret,
} from '../../storage/secrets';

export type TryResult =
  | { ok: true }
  | { ok: false; reason: 'wrong'; triesLeft: number }
  | { ok: false; reason: 'locked'; lockedUntil: number };

export type LockStatus =
  | { state: 'not-set' }
  | { state: 'open'; triesLeft: number }
  | { state: 'locked'; lockedUntil: number };

function requireValidPin(pin: string) {
  const problem = pinFormatProblem(pin);
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

/**
 * Sets a role's PIN at first use and returns the one-time recovery code (shown once, never
 * stored). Refused if the role already has a PIN: changing it needs the recovery code.
 */
export async function setFirstPin(role: Role, pin: string, now = Date.now()): Promise<string> {
  requireValidPin(pin);
  const recoveryCode = freshRecoveryCode();
  await addSecret({
    role,
    pin,
    recoveryCode: normalizeRecoveryCode(recoveryCode),
    tries: afterRightTry(),
    now,
  });
  return recoveryCode;
}

/** Checks a PIN; five wrong tries in a row lock the role, each lockout twice as long as the last. */
export async function checkPin(role: Role, pin: string, now = Date.now()): Promise<TryResult> {
  const secret = await readSecret(role);
  if (isLocked(secret, now))
    return { ok: false, reason: 'locked', lockedUntil: secret.lockedUntil };
  const right = await pinMatches(secret, pin);
  const tries = await recordTry(role, (current) =>
    right ? afterRightTry() : afterWrongTry(current, now),
  );
  if (right) return { ok: true };
  return isLocked(tries, now)
    ? { ok: false, reason: 'locked', lockedUntil: tries.lockedUntil }
    : { ok: false, reason: 'wrong', triesLeft: triesLeft(tries) };
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
  requireValidPin(newPin);
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
