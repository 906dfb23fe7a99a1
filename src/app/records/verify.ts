import { summaryHolds } from '../../engine/summary-check';
import {
  readSummaries,
  verifyAll as verifyChains,
  type MergedRecord,
  type ProfileVerification,
} from '../../storage/ledger';

export type { MergedRecord, ProfileVerification };

/** A person's verification: their chain, and whether their roster row matches their records. */
export interface PersonVerification extends ProfileVerification {
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
  return chains.map((chain) => ({ ...chain, summaryDiffers: differs.has(chain.profileId) }));
}
