import { database } from './database';
import type { EnrolledMachineRecord } from './records';

export function listMachines(): Promise<EnrolledMachineRecord[]> {
  return database().machines.orderBy('fingerprint').toArray();
}

/** Enrols a machine, or renames one already enrolled (HR may correct the label). */
export async function storeMachine(machine: EnrolledMachineRecord): Promise<void> {
  await database().machines.put(machine);
}
