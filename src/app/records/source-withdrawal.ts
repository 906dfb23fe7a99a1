import { withdrawalInForce } from '../../engine/machine-standing';
import type { MachineWithdrawal } from '../../engine/records/machine';
import { listMachines } from '../../storage/machines';
import type { MergedRecord } from '../../storage/ledger';

/** A merged record, with who withdrew its signing machine, when and why, if that is its reason. */
export type WithSourceWithdrawal<T extends MergedRecord> = T & { withdrawal?: MachineWithdrawal };

/**
 * Looks up, for each record unverified because its signing machine was withdrawn, the withdrawal
 * that was in force when it was merged: the seal keeps only the reason, the machine list the rest.
 */
export async function withSourceWithdrawals<T extends MergedRecord>(
  records: readonly T[],
): Promise<Array<WithSourceWithdrawal<T>>> {
  const fromWithdrawn = (m: T) =>
    m.provenance.source !== null && m.provenance.reasons.includes('withdrawn-source');
  if (!records.some(fromWithdrawn)) return [...records];
  const machines = new Map((await listMachines()).map((m) => [m.fingerprint, m]));
  return records.map((m) => {
    const machine = fromWithdrawn(m) ? machines.get(m.provenance.source!.fingerprint) : undefined;
    const withdrawal = machine && withdrawalInForce(machine, m.mergedAt);
    return withdrawal ? { ...m, withdrawal } : m;
  });
}
