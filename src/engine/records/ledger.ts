import { z } from 'zod';
import { id, sha256, time, version } from './fields';

/** What a ledger entry seals (see SEALED_FIELDS in the engine's ledger for which fields). */
export const LEDGER_KINDS = ['attempt', 'observation', 'award', 'override', 'quiz'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * One link of a profile's append-only hash chain: `hash` = SHA-256 over
 * (prevHash, kind, recordId, recordHash), so altering or removing a sealed record breaks the chain.
 * A chain's first link has `seq` 1.
 */
export const ledgerEntrySchema = z.strictObject({
  profileId: id,
  seq: version,
  kind: z.enum(LEDGER_KINDS),
  recordId: id,
  /** SHA-256 of the record's canonical content when it was sealed. */
  recordHash: sha256,
  prevHash: sha256,
  hash: sha256,
  at: time,
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
