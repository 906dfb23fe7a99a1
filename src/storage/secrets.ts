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
  type TryState,
} from '../engine/pin-policy';
import { database } from './database';
import { StorageRuleError } from './errors';
import type { SecretRecord } from './records';

/**
 * PBKDF2-SHA-256 work factor (OWASP's 2023 figure). A PIN has few possible values, so this is what
 * makes guessing from a copied database slow; the lockout is what makes guessing in the app slow.
 */
export const PIN_ITERATIONS = 600_000;

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));
const randomHex = (bytes: number) => hex(crypto.getRandomValues(new Uint8Array(bytes)));

async function derive(secret: string, saltHex: string, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: unhex(saltHex), iterations },
    key,
    256,
  );
  return hex(new Uint8Array(bits));
}

/** Compares every character whatever the first difference, so timing reveals nothing. */
function sameHash(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return difference === 0;
}

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

/** A fresh PIN hash and recovery code; only their hashes are ever stored. */
async function freshSecret(
  role: Role,
  pin: string,
  now: number,
): Promise<{ record: SecretRecord; recoveryCode: string }> {
  requireValidPin(pin);
  const recoveryCode = recoveryCodeFromBytes(
    crypto.getRandomValues(new Uint8Array(RECOVERY_BYTES)),
  );
  const salt = randomHex(16);
  const recoverySalt = randomHex(16);
  const [hash, recoveryHash] = await Promise.all([
    derive(pin, salt, PIN_ITERATIONS),
    derive(normalizeRecoveryCode(recoveryCode), recoverySalt, PIN_ITERATIONS),
  ]);
  const record: SecretRecord = {
    role,
    salt,
    hash,
    iterations: PIN_ITERATIONS,
    recoverySalt,
    recoveryHash,
    ...afterRightTry(),
    setAt: now,
  };
  return { record, recoveryCode };
}

export async function lockStatus(role: Role, now = Date.now()): Promise<LockStatus> {
  const secret = await database().secrets.get(role);
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
  const { record, recoveryCode } = await freshSecret(role, pin, now);
  const db = database();
  await db.transaction('rw', db.secrets, async () => {
    if (await db.secrets.get(role)) {
      throw new StorageRuleError('pin-already-set', `${role} already has a PIN`);
    }
    await db.secrets.add(record);
  });
  return recoveryCode;
}

async function readSecret(role: Role): Promise<SecretRecord> {
  const secret = await database().secrets.get(role);
  if (!secret) throw new StorageRuleError('pin-not-set', `${role} has no PIN`);
  return secret;
}

const matches = async (typed: string, salt: string, iterations: number, stored: string) =>
  sameHash(await derive(typed, salt, iterations), stored);

/** Checks a PIN; five wrong tries in a row lock the role, each lockout twice as long as the last. */
export async function checkPin(role: Role, pin: string, now = Date.now()): Promise<TryResult> {
  const secret = await readSecret(role);
  if (isLocked(secret, now))
    return { ok: false, reason: 'locked', lockedUntil: secret.lockedUntil };
  // Hashed outside any transaction: awaiting WebCrypto inside one would end it.
  const right = await matches(pin, secret.salt, secret.iterations, secret.hash);
  const db = database();
  return db.transaction('rw', db.secrets, async () => {
    const current = await db.secrets.get(role);
    if (!current) throw new StorageRuleError('pin-not-set', `${role} has no PIN`);
    const tries: TryState = right ? afterRightTry() : afterWrongTry(current, now);
    await db.secrets.put({ ...current, ...tries });
    if (right) return { ok: true as const };
    return isLocked(tries, now)
      ? { ok: false as const, reason: 'locked' as const, lockedUntil: tries.lockedUntil }
      : { ok: false as const, reason: 'wrong' as const, triesLeft: triesLeft(tries) };
  });
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
  const typed = normalizeRecoveryCode(code);
  if (!(await matches(typed, secret.recoverySalt, secret.iterations, secret.recoveryHash))) {
    return { ok: false };
  }
  const { record, recoveryCode } = await freshSecret(role, newPin, now);
  await database().secrets.put(record);
  return { ok: true, recoveryCode };
}
