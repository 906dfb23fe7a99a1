/**
 * An independent verifier of the app's hash chains and bundle signatures, for the tests: it uses
 * node:crypto and imports nothing from src/, so a bug in the app's own ledger code cannot hide
 * itself behind the same code checking it. It follows the format the README states:
 *
 * - canonical JSON: JSON with every object's keys sorted (undefined members left out);
 * - seal 1 (links from before schema v6): the record hash covers the fields listed below, a
 *   missing one as null; the link hash is SHA-256 of JSON [prevHash, kind, recordId, recordHash];
 * - seal 2: the record hash covers the whole record; the link hash is SHA-256 of canonical JSON
 *   [prevHash, kind, recordId, recordHash, 2, roles or [], provenance or null];
 * - a chain starts from 64 zeros, its links numbered 1, 2, 3…; the latest link of a record is the
 *   one that must match it; every record but an unfinished call must have one.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';

const GENESIS = '0'.repeat(64);

const SEAL_1_FIELDS: Record<string, readonly string[]> = {
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

const TABLE_KIND = {
  attempts: 'attempt',
  observations: 'observation',
  awards: 'award',
  overrides: 'override',
  quizAttempts: 'quiz',
} as const;

type Row = Record<string, unknown> & { id: string; profileId: string };

export interface Link {
  profileId: string;
  seq: number;
  kind: string;
  recordId: string;
  recordHash: string;
  prevHash: string;
  hash: string;
  seal?: number;
  roles?: string[];
  provenance?: { status: string } & Record<string, unknown>;
}

export interface ChainTables {
  ledger: readonly Link[];
  attempts?: readonly Row[];
  observations?: readonly Row[];
  awards?: readonly Row[];
  overrides?: readonly Row[];
  quizAttempts?: readonly Row[];
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

const canonical = (value: unknown) => JSON.stringify(sortKeys(value));
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function recordHash(kind: string, record: Row, seal: number): string {
  if (seal === 2) return sha256(canonical(record));
  return sha256(
    canonical(Object.fromEntries(SEAL_1_FIELDS[kind]!.map((f) => [f, record[f] ?? null]))),
  );
}

function linkHash(link: Link): string {
  const seal = link.seal ?? 1;
  if (seal === 1) {
    return sha256(JSON.stringify([link.prevHash, link.kind, link.recordId, link.recordHash]));
  }
  return sha256(
    canonical([
      link.prevHash,
      link.kind,
      link.recordId,
      link.recordHash,
      seal,
      link.roles ?? [],
      link.provenance ?? null,
    ]),
  );
}

/** Demo calls are stored unsealed by design (rebuilt when first opened). */
const isDemo = (id: string) => id.startsWith('demo-org:');

/**
 * Every problem with every profile's chain, as sentences naming the profile and the link or
 * record; empty when every chain is whole and matches its records.
 */
export function verifyChains(tables: ChainTables): string[] {
  const problems: string[] = [];
  const records = new Map<string, Row>();
  for (const [table, kind] of Object.entries(TABLE_KIND)) {
    for (const row of tables[table as keyof typeof TABLE_KIND] ?? []) {
      records.set(`${row.profileId}/${kind}:${row.id}`, row);
    }
  }
  const profiles = new Set([
    ...tables.ledger.map((l) => l.profileId),
    ...[...records.values()].map((r) => r.profileId),
  ]);
  for (const profileId of profiles) {
    const links = tables.ledger
      .filter((l) => l.profileId === profileId)
      .sort((a, b) => a.seq - b.seq);
    const latest = new Map<string, Link>();
    links.forEach((link, i) => {
      const prev = links[i - 1];
      if (link.seq !== i + 1)
        problems.push(`${profileId}: link ${link.seq} is numbered out of order`);
      if (link.prevHash !== (prev?.hash ?? GENESIS)) {
        problems.push(`${profileId}: link ${link.seq} does not follow link ${prev?.seq ?? 0}`);
      }
      if (link.hash !== linkHash(link)) problems.push(`${profileId}: link ${link.seq} was altered`);
      latest.set(`${link.kind}:${link.recordId}`, link);
    });
    for (const [key, link] of latest) {
      const record = records.get(`${profileId}/${key}`);
      if (!record) problems.push(`${profileId}: ${key} is sealed at link ${link.seq} but missing`);
      else if (recordHash(link.kind, record, link.seal ?? 1) !== link.recordHash) {
        problems.push(`${profileId}: ${key} differs from its seal at link ${link.seq}`);
      }
    }
    for (const [key, record] of records) {
      if (!key.startsWith(`${profileId}/`) || isDemo(record.id)) continue;
      const kindAndId = key.slice(profileId.length + 1);
      const open = kindAndId.startsWith('attempt:') && record.status === 'active';
      if (!open && !latest.has(kindAndId))
        problems.push(`${profileId}: ${kindAndId} is not sealed`);
    }
  }
  return problems;
}

/** Each record's latest provenance status ('own' for this machine's records), by record id. */
export function provenanceOf(ledger: readonly Link[]): Map<string, string> {
  const status = new Map<string, string>();
  for (const link of [...ledger].sort((a, b) => a.seq - b.seq)) {
    status.set(link.recordId, link.provenance?.status ?? 'own');
  }
  return status;
}

/**
 * Whether a records bundle's signature holds: ECDSA P-256 / SHA-256 by the public key it carries,
 * over the canonical JSON of the bundle without its signature; also the key's fingerprint.
 */
export function bundleSignature(bundle: Record<string, unknown>): {
  holds: boolean;
  fingerprint: string | null;
} {
  const { signature, ...body } = bundle;
  const source = body.source as
    { publicKey?: Record<string, string>; fingerprint?: string } | undefined;
  if (typeof signature !== 'string' || !source?.publicKey)
    return { holds: false, fingerprint: null };
  const { kty, crv, x, y } = source.publicKey;
  const fingerprint = sha256(canonical({ crv, kty, x, y })).slice(0, 32).match(/.{4}/g)!.join('-');
  const key = createPublicKey({ key: { kty, crv, x, y }, format: 'jwk' });
  const holds = verify(
    'sha256',
    Buffer.from(canonical(body), 'utf8'),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64'),
  );
  return { holds: holds && fingerprint === source.fingerprint, fingerprint };
}
