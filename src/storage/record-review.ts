import type { SealedKind } from '../engine/ledger';
import { latestLinks } from '../engine/provenance';
import type { Provenance } from '../engine/records/ledger';
import { countedSummary } from './counted-summary';
import { database } from './database';
import { StorageRuleError } from './errors';
import { sealRecord } from './ledger';

const TABLE_OF: Record<
  SealedKind,
  'attempts' | 'observations' | 'awards' | 'overrides' | 'quizAttempts'
> = {
  attempt: 'attempts',
  observation: 'observations',
  award: 'awards',
  override: 'overrides',
  quiz: 'quizAttempts',
};

/** A sealed record, as HR picks it for review. */
export interface SealedRecordRef {
  kind: SealedKind;
  recordId: string;
  profileId: string;
}

/**
 * Seals a record again with the provenance `decide` (pure) gives from its current one, and counts
 * the person's roster row again, in one transaction: HR's decision and what it changes commit
 * together. The record itself is never changed.
 */
export async function storeReview(
  ref: SealedRecordRef,
  decide: (current: Provenance | undefined) => Provenance,
): Promise<Provenance> {
  const db = database();
  const tables = [
    db.ledger,
    db.attempts,
    db.observations,
    db.awards,
    db.overrides,
    db.quizAttempts,
    db.profileSummaries,
  ];
  return db.transaction('rw', tables, async () => {
    const record = await db.table(TABLE_OF[ref.kind]).get(ref.recordId);
    if (!record || record.profileId !== ref.profileId) {
      throw new StorageRuleError('attempt-not-found', `no ${ref.kind} ${ref.recordId}`);
    }
    const links = await db.ledger.where('profileId').equals(ref.profileId).toArray();
    const provenance = decide(latestLinks(links).get(`${ref.kind}:${ref.recordId}`)?.provenance);
    await sealRecord(ref.kind, ref.profileId, record, provenance);
    await db.profileSummaries.put(await countedSummary(ref.profileId));
    return provenance;
  });
}
