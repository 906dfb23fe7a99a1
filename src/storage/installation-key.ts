import Dexie, { type EntityTable } from 'dexie';
import type { PublicKeyJwk } from '../engine/signing';

/** This installation's signing key: the private half cannot be read out, only used to sign. */
export interface InstallationKey {
  id: 'installation';
  privateKey: CryptoKey;
  publicKey: PublicKeyJwk;
  fingerprint: string;
  createdAt: number;
}

/**
 * The key lives in a database of its own, not among the records: a backup is JSON and a
 * non-extractable key cannot be written into it, and a restored machine is another installation
 * that must enrol again. IndexedDB stores the CryptoKey itself (structured clone), and so does
 * fake-indexeddb in the unit tests.
 */
class KeyDatabase extends Dexie {
  keys!: EntityTable<InstallationKey, 'id'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ keys: 'id' });
  }
}

export const KEY_DATABASE_NAME = 'complaint-desk-installation';

let instance: KeyDatabase | null = null;
const keyDatabase = () => (instance ??= new KeyDatabase(KEY_DATABASE_NAME));

/** Swaps the key database, e.g. for a fresh installation per test. */
export function useKeyDatabase(name: string): void {
  instance = new KeyDatabase(name);
}

export function readInstallationKey(): Promise<InstallationKey | undefined> {
  return keyDatabase().keys.get('installation');
}

/**
 * Keeps a freshly made key unless another tab kept one first; returns the one kept, so every tab
 * of an installation signs with the same key.
 */
export async function keepInstallationKey(key: InstallationKey): Promise<InstallationKey> {
  const db = keyDatabase();
  return db.transaction('rw', db.keys, async () => {
    const kept = await db.keys.get('installation');
    if (kept) return kept;
    await db.keys.add(key);
    return key;
  });
}
