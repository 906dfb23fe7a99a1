import { contentHash } from './content-hash';
import type { BundleLedgerEntry, SealedRecord, TamperCheck } from './records-bundle';

/**
 * The tamper check used until the hash-chain ledger's own verification is plugged in: a record is
 * flagged when its content no longer hashes to the `recordHash` its ledger entry sealed, or when
 * its entry sits after a break in the profile's chain (an entry whose `prevHash` is not the hash of
 * the entry before it). Records without a ledger entry cannot be checked and are not flagged.
 */
export const checkRecordSeals: TamperCheck = async (ledger, records) => {
  const byId = new Map(records.map((r) => [r.record.id, r]));
  const flagged = new Set<string>();
  const chains = new Map<string, BundleLedgerEntry[]>();
  for (const entry of ledger) {
    const chain = chains.get(entry.profileId) ?? [];
    chain.push(entry);
    chains.set(entry.profileId, chain);
  }
  for (const chain of chains.values()) {
    chain.sort((a, b) => a.seq - b.seq);
    let broken = false;
    for (const [i, entry] of chain.entries()) {
      if (i > 0 && entry.prevHash !== chain[i - 1]!.hash) broken = true;
      const sealed: SealedRecord | undefined = byId.get(entry.recordId);
      if (!sealed) continue;
      if (broken || (await contentHash(sealed.record)) !== entry.recordHash)
        flagged.add(entry.recordId);
    }
  }
  return flagged;
};
