import { summaryHolds } from '../../engine/summary-check';
import {
  readSummaries,
  verifyAll as verifyChains,
  type MergedRecord,
  type ProfileVerification,
} from '../../storage/ledger';
import { withSourceWithdrawals, type WithSourceWithdrawal } from './source-withdrawal';

export type { MergedRecord, ProfileVerification };

/** A person's verification: their chain, and whether their roster row matches their records. */
export interface PersonVerification extends ProfileVerification {
  /** Each record not made here, with its signing machine's withdrawal when that is its reason. */
  merged: Array<WithSourceWithdrawal<MergedRecord>>;
  /** The roster's summary differs from the one rebuilt from the sealed records that count. */
  summaryDiffers: boolean;
}

/**
 * The tamper-evidence check of every sealed record, person by person, with every merged record's
 * provenance, and each roster summary rebuilt from the sealed records and compared.
 */
export async function verifyAll(): Promise<PersonVerification[]> {
  const [chains, summaries] = await Promise.all([verifyChains(), readSummaries()]);
  const differs = new Set(
    summaries.filter((s) => !summaryHolds(s.stored, s.counted)).map((s) => s.profileId),
  );
  // One look-up of the machines for every person's merged records, handed back in order.
  const merged = await withSourceWithdrawals(chains.flatMap((chain) => chain.merged));
  let from = 0;
  return chains.map((chain) => ({
    ...chain,
    merged: merged.slice(from, (from += chain.merged.length)),
    summaryDiffers: differs.has(chain.profileId),
  }));
}
