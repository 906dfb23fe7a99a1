import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './content-hash';
import type { Provenance, StaffRole } from './records/ledger';

/** The kinds of record a profile's chain seals. */
export type SealedKind = 'attempt' | 'observation' | 'award' | 'override' | 'quiz';

/** The chain starts from this "previous hash". */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Seal 1, the fields hashed by links written before schema v6: what was replied on which exact
 * case and what came of it, leaving out the transcript, turn details, titles and the customer.
 * Kept only to verify those links; every new link is seal 2 and hashes the whole record.
 */
export const SEALED_FIELDS: Record<SealedKind, readonly string[]> = {
  attempt: [
    'id',
    'profileId',
    'scenarioId',
    'scenarioVersion',
    'contentHash',
    'status',
    'startedAt',
    'answeredAt',
    'finishedAt',
    'choices',
    'endingId',
    'outcome',
    'score',
    'cueSpot',
    'practice',
    'timed',
    'parentAttemptId',
    'branchedAtTurn',
  ],
  observation: [
    'id',
    'profileId',
    'scenarioId',
    'scenarioVersion',
    'observerId',
    'checklist',
    'total',
    'notes',
    'at',
  ],
  award: [
    'id',
    'profileId',
    'employeeId',
    'level',
    'programVersion',
    'evidence',
    'awardedAt',
    'expiresAt',
  ],
  override: ['id', 'attemptId', 'profileId', 'originalTotal', 'total', 'reason', 'by', 'at'],
  quiz: ['id', 'profileId', 'itemIds', 'answers', 'correct', 'total', 'score', 'at'],
};

/** The seal every new link uses: the whole record, its roles and its provenance. */
export const CURRENT_SEAL = 2;
export type SealVersion = 1 | 2;

/** A record as the chain sees it: an id and whatever fields it has. */
export type SealableRecord = { id: string } & Record<string, unknown>;

/** One link of the chain (the storage type LedgerEntry has this shape). */
export interface ChainLink {
  profileId: string;
  seq: number;
  kind: SealedKind;
  recordId: string;
  recordHash: string;
  prevHash: string;
  hash: string;
  at: number;
  seal: SealVersion;
  roles?: StaffRole[];
  provenance?: Provenance;
}

// Synchronous on purpose: links are appended inside IndexedDB transactions, which commit as soon
// as the code awaits anything that is not a database request (such as crypto.subtle.digest).
const sha256Hex = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

/**
 * SHA-256 of what a seal covers. Seal 2 hashes the whole stored record (every field, the
 * transcript, turn grades and titles included), canonically; seal 1 only its SEALED_FIELDS, a
 * missing field counting as null.
 */
export function recordHash(
  kind: SealedKind,
  record: SealableRecord,
  seal: SealVersion = CURRENT_SEAL,
): string {
  if (seal === 2) return sha256Hex(canonicalJson(record));
  const sealed = Object.fromEntries(SEALED_FIELDS[kind].map((f) => [f, record[f] ?? null]));
  return sha256Hex(canonicalJson(sealed));
}

/** The hash of a link: it follows from the link before it and from everything the link says. */
export function linkHash(
  link: Pick<
    ChainLink,
    'prevHash' | 'kind' | 'recordId' | 'recordHash' | 'seal' | 'roles' | 'provenance'
  >,
): string {
  if (link.seal === 1) {
    return sha256Hex(JSON.stringify([link.prevHash, link.kind, link.recordId, link.recordHash]));
  }
  return sha256Hex(
    canonicalJson([
      link.prevHash,
      link.kind,
      link.recordId,
      link.recordHash,
      link.seal,
      link.roles ?? [],
      link.provenance ?? null,
    ]),
  );
}

/** What a new link says beside the record: roles unlocked when sealed, and provenance. */
export interface LinkNotes {
  roles?: readonly StaffRole[];
  provenance?: Provenance;
}

/** The link that seals `record` after `head` (null: the profile's first link). */
export function nextLink(
  head: Pick<ChainLink, 'seq' | 'hash'> | null,
  profileId: string,
  kind: SealedKind,
  record: SealableRecord,
  at: number,
  notes: LinkNotes = {},
): ChainLink {
  return linkAfter(head, profileId, kind, record.id, recordHash(kind, record), at, notes);
}

/**
 * The link sealing a record whose seal-2 hash is already known: a reply's transaction gets the
 * finished call's hash worked out before it opens (SHA-256 of its canonical JSON, as contentHash
 * gives it through WebCrypto) and hashes only this small link inside.
 */
export function linkAfter(
  head: Pick<ChainLink, 'seq' | 'hash'> | null,
  profileId: string,
  kind: SealedKind,
  recordId: string,
  sealedHash: string,
  at: number,
  notes: LinkNotes = {},
): ChainLink {
  const prevHash = head?.hash ?? GENESIS_HASH;
  const body = {
    kind,
    recordId,
    recordHash: sealedHash,
    prevHash,
    seal: CURRENT_SEAL as SealVersion,
    ...(notes.roles && notes.roles.length > 0 ? { roles: [...notes.roles].sort() } : {}),
    ...(notes.provenance ? { provenance: notes.provenance } : {}),
  };
  return { profileId, seq: (head?.seq ?? 0) + 1, ...body, hash: linkHash(body), at };
}

/** Whether a record must carry a seal: an attempt once it is over, every other kind always. */
export function mustBeSealed(kind: SealedKind, record: SealableRecord): boolean {
  return kind !== 'attempt' || record.status !== 'active';
}

export type ChainProblem =
  /** The record differs from what was sealed. */
  | { problem: 'altered-record'; kind: SealedKind; recordId: string; seq: number }
  /** A sealed record is gone. */
  | { problem: 'missing-record'; kind: SealedKind; recordId: string; seq: number }
  /** A link does not follow from the one before it (edited, removed or reordered links). */
  | { problem: 'broken-link'; seq: number }
  /** A record that should carry a seal has none. */
  | { problem: 'unsealed-record'; kind: SealedKind; recordId: string };

export interface SealedRecordSet {
  kind: SealedKind;
  records: readonly SealableRecord[];
}

/**
 * Checks one profile's chain against its records. Every link must follow from the one before it;
 * the latest link of each record (a re-seal supersedes earlier ones) must match the record as it
 * is now; and every record that should be sealed must be.
 */
export function verifyChain(
  links: readonly ChainLink[],
  recordSets: readonly SealedRecordSet[],
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const ordered = [...links].sort((a, b) => a.seq - b.seq);
  let prev: ChainLink | null = null;
  for (const link of ordered) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    const expectedPrev = prev?.hash ?? GENESIS_HASH;
    if (
      link.seq !== expectedSeq ||
      link.prevHash !== expectedPrev ||
      link.hash !== linkHash(link)
    ) {
      problems.push({ problem: 'broken-link', seq: link.seq });
    }
    prev = link;
  }

  const latest = new Map<string, ChainLink>();
  for (const link of ordered) latest.set(`${link.kind}:${link.recordId}`, link);
  const records = new Map<string, SealableRecord>();
  for (const set of recordSets) {
    for (const record of set.records) records.set(`${set.kind}:${record.id}`, record);
  }

  for (const [key, link] of latest) {
    const record = records.get(key);
    const where = { kind: link.kind, recordId: link.recordId, seq: link.seq };
    if (!record) problems.push({ problem: 'missing-record', ...where });
    else if (recordHash(link.kind, record, link.seal) !== link.recordHash) {
      problems.push({ problem: 'altered-record', ...where });
    }
  }
  for (const set of recordSets) {
    for (const record of set.records) {
      if (mustBeSealed(set.kind, record) && !latest.has(`${set.kind}:${record.id}`)) {
        problems.push({ problem: 'unsealed-record', kind: set.kind, recordId: record.id });
      }
    }
  }
  return problems;
}
