import { z } from 'zod';
import { STAFF_ROLES } from '../pin-policy';
import { id, sha256, time, version } from './fields';

/** What a ledger entry seals (see the engine's ledger for how each seal hashes it). */
export const LEDGER_KINDS = ['attempt', 'observation', 'award', 'override', 'quiz'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * Where a record sealed into this machine's chain came from, when it was not made here:
 * - genuine: merged from a bundle signed by a machine HR enrolled, its chain intact and every
 *   score re-derived here from the recorded replies (or answers);
 * - accepted: HR accepted a record that could not be verified, saying who, when and why;
 * - unverified: from an unknown, withdrawn or unsigned source, or a chain that does not verify;
 * - refused: its claim did not hold (a score its replies do not give, a trainer record made
 *   without the trainer role) or HR refused it;
 * - before-signing: on this machine before records were signed, never sealed here; it keeps
 *   counting until HR reviews it.
 * A link without provenance seals a record made on this machine.
 */
export const PROVENANCE_STATUSES = [
  'genuine',
  'accepted',
  'unverified',
  'refused',
  'before-signing',
] as const;
export type ProvenanceStatus = (typeof PROVENANCE_STATUSES)[number];

/** Why a merged record is not simply genuine; each is shown to HR in their language. */
export const PROVENANCE_REASONS = [
  'unsigned',
  'bad-signature',
  'unknown-source',
  // Signed by a machine HR had withdrawn by the time of the merge (added after schema v8 without a
  // version of its own: an added reason leaves every stored row as it was).
  'withdrawn-source',
  'chain-broken',
  'altered',
  'unsealed',
  'replay-failed',
  'case-unavailable',
  'replay-differs',
  'earlier-model',
  'rescored-quiz',
  'no-trainer-role',
  'merged-elsewhere',
  'hr-refused',
] as const;
export type ProvenanceReason = (typeof PROVENANCE_REASONS)[number];

/** The installation a merged record was signed by, as its bundle named it. */
export const machineRefSchema = z.strictObject({
  fingerprint: z.string().min(1).max(100),
  label: z.string().max(80),
});
export type MachineRef = z.infer<typeof machineRefSchema>;

/** HR's decision on a record that did not verify, or one merged before signing. */
export const reviewSchema = z.strictObject({
  decision: z.enum(['accepted', 'refused']),
  by: z.string().min(1).max(40),
  at: time,
  why: z.string().min(1).max(500),
});
export type Review = z.infer<typeof reviewSchema>;

export const provenanceSchema = z.strictObject({
  status: z.enum(PROVENANCE_STATUSES),
  /** The signing machine; null when the bundle was unsigned (or the record predates signing). */
  source: machineRefSchema.nullable(),
  reasons: z.array(z.enum(PROVENANCE_REASONS)),
  review: reviewSchema.nullable(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

// Kept in pin-policy, free of the schema library: the call screen's first load seals with them.
export { STAFF_ROLES, type StaffRole } from '../pin-policy';

/**
 * One link of a profile's append-only hash chain. A chain's first link has `seq` 1.
 * - seal 1 (links written before schema v6): `recordHash` covers the record's chosen fields and
 *   `hash` = SHA-256 over (prevHash, kind, recordId, recordHash);
 * - seal 2: `recordHash` covers the whole record as stored, and `hash` also covers the roles
 *   unlocked when it was sealed and the record's provenance.
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
  seal: z.union([z.literal(1), z.literal(2)]),
  roles: z.array(z.enum(STAFF_ROLES)).optional(),
  provenance: provenanceSchema.optional(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
