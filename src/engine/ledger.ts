import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './content-hash';

/** The kinds of record a profile's chain seals. */
export type SealedKind = 'attempt' | 'observation' | 'award' | 'override' | 'quiz';

/** The chain starts from this "previous hash". */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The fields that are the truth of each kind of record; only these are hashed. For an attempt that
 * is what was replied (choices) on which exact case (id, version, contentHash) and what came of it
 * (ending, outcome, score, cue spot, practice…). The transcript, turn details, titles and the
 * customer snapshot are left out: they are rebuilt from the choices and the case content, and
 * older stored shapes fill them in differently, which must not read as tampering.
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
}

// Synchronous on purpose: links are appended inside IndexedDB transactions, which commit as soon
// as the code awaits anything that is not a database request (such as crypto.subtle.digest).
const sha256Hex = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

/** SHA-256 of the record's sealed fields; a missing field counts as null. */
export function recordHash(kind: SealedKind, record: SealableRecord): string {
  const sealed = Object.fromEntries(SEALED_FIELDS[kind].map((f) => [f, record[f] ?? null]));
  return sha256Hex(canonicalJson(sealed));
}

export function linkHash(
  prevHash: string,
  kind: SealedKind,
  recordId: string,
  recordHashValue: string,
): string {
  return sha256Hex(JSON.stringify([prevHash, kind, recordId, recordHashValue]));
}

/** The link that seals `record` after `head` (null: the profile's first link). */
export function nextLink(
  head: Pick<ChainLink, 'seq' | 'hash'> | null,
  profileId: string,
  kind: SealedKind,
  record: SealableRecord,
  at: number,
): ChainLink {
  const prevHash = head?.hash ?? GENESIS_HASH;
  const hashOfRecord = recordHash(kind, record);
  return {
    profileId,
    seq: (head?.seq ?? 0) + 1,
    kind,
    recordId: record.id,
    recordHash: hashOfRecord,
    prevHash,
    hash: linkHash(prevHash, kind, record.id, hashOfRecord),
    at,
  };
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
      link.hash !== linkHash(link.prevHash, link.kind, link.recordId, link.recordHash)
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
    else if (recordHash(link.kind, record) !== link.recordHash) {
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
