import type { Role, TryState } from '../engine/pin-policy';
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

/** A role's new PIN and recovery code (as the policy normalizes it), hashed before they are stored. */
export interface NewSecret {
  role: Role;
  pin: string;
  recoveryCode: string;
  tries: TryState;
  now: number;
}

async function hashed({ role, pin, recoveryCode, tries, now }: NewSecret): Promise<SecretRecord> {
  const salt = randomHex(16);
  const recoverySalt = randomHex(16);
  const [hash, recoveryHash] = await Promise.all([
    derive(pin, salt, PIN_ITERATIONS),
    derive(recoveryCode, recoverySalt, PIN_ITERATIONS),
  ]);
  return {
    role,
    salt,
    hash,
    iterations: PIN_ITERATIONS,
    recoverySalt,
    recoveryHash,
    ...tries,
    setAt: now,
  };
}

export function findSecret(role: Role): Promise<SecretRecord | undefined> {
  return database().secrets.get(role);
}

export async function readSecret(role: Role): Promise<SecretRecord> {
  const secret = await findSecret(role);
  if (!secret) throw new StorageRuleError('pin-not-set', `${role} has no PIN`);
  return secret;
}

/** Stores a role's first secret; refused if the role already has one. */
export async function addSecret(secret: NewSecret): Promise<void> {
  const record = await hashed(secret);
  const db = database();
  await db.transaction('rw', db.secrets, async () => {
    if (await db.secrets.get(secret.role)) {
      throw new StorageRuleError('pin-already-set', `${secret.role} already has a PIN`);
    }
    await db.secrets.add(record);
  });
}

/** Replaces a role's secret, e.g. after its recovery code was shown. */
export async function replaceSecret(secret: NewSecret): Promise<void> {
  await database().secrets.put(await hashed(secret));
}

const matches = async (typed: string, salt: string, iterations: number, stored: string) =>
  sameHash(await derive(typed, salt, iterations), stored);

// Hashed outside any transaction: awaiting WebCrypto inside one would end it.
export const pinMatches = (secret: SecretRecord, pin: string) =>
  matches(pin, secret.salt, secret.iterations, secret.hash);

export const recoveryCodeMatches = (secret: SecretRecord, code: string) =>
  matches(code, secret.recoverySalt, secret.iterations, secret.recoveryHash);

/**
 * Records a try before its PIN is hashed: `decide` (pure) gives the new try state from the stored
 * one, read and written in one transaction. Tries raced in parallel therefore queue here, and each
 * sees the ones before it: the sixth of six wrong PINs typed at once meets the lockout the fifth
 * set, instead of all six being checked against the state they all read first.
 */
export async function recordTry(
  role: Role,
  decide: (current: TryState) => TryState,
): Promise<{ before: SecretRecord; after: TryState }> {
  const db = database();
  return db.transaction('rw', db.secrets, async () => {
    const before = await db.secrets.get(role);
    if (!before) throw new StorageRuleError('pin-not-set', `${role} has no PIN`);
    const after = decide(before);
    await db.secrets.put({ ...before, ...after });
    return { before, after };
  });
}

/** A new PIN for a role that keeps its recovery code (a PIN too short to keep, replaced). */
export async function replacePin(role: Role, pin: string, tries: TryState, now: number) {
  const salt = randomHex(16);
  const hash = await derive(pin, salt, PIN_ITERATIONS);
  const db = database();
  await db.transaction('rw', db.secrets, async () => {
    const current = await db.secrets.get(role);
    if (!current) throw new StorageRuleError('pin-not-set', `${role} has no PIN`);
    await db.secrets.put({
      ...current,
      salt,
      hash,
      iterations: PIN_ITERATIONS,
      ...tries,
      setAt: now,
    });
  });
}
