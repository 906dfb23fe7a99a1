import { database } from './database';
import type { EnrolledMachineRecord } from './records';

export function listMachines(): Promise<EnrolledMachineRecord[]> {
  return database().machines.orderBy('fingerprint').toArray();
}

/**
 * Reads a machine's row and writes what `change` (pure) makes of it, in one transaction: two tabs
 * enrolling and withdrawing the same machine at once never write over each other's record.
 * `change` returns null to leave the row as it is; the row written (or null) is returned.
 */
export async function changeMachine(
  fingerprint: string,
  change: (current: EnrolledMachineRecord | undefined) => EnrolledMachineRecord | null,
): Promise<EnrolledMachineRecord | null> {
  const db = database();
  return db.transaction('rw', db.machines, async () => {
    const next = change(await db.machines.get(fingerprint));
    if (next) await db.machines.put(next);
    return next;
  });
}
