import Dexie from 'dexie';
import {
  linkAfter,
  nextLink,
  verifyChain,
  type ChainProblem,
  type SealableRecord,
  type SealedKind,
} from '../engine/ledger';
import { latestLinks, uncountedIds } from '../engine/provenance';
import type { Provenance, StaffRole } from '../engine/records/ledger';
import type { LocalizedText } from '../engine/scenario-schema';
import { countedSummary, countedSummaryTables } from './counted-summary';
import { database } from './database';
import type {
  AttemptRecord,
  AwardRecord,
  LedgerEntry,
  ObservationRecord,
  OverrideRecord,
  ProfileRecord,
  ProfileSummaryRecord,
  QuizAttemptRecord,
} from './records';

/**
 * Appends a link sealing `record` to its profile's chain. Call it INSIDE the transaction that
 * writes the record (with `ledger` in its scope), so the record and its seal commit together;
 * hashing is synchronous, so the transaction stays alive. Sealing the same record again (e.g. after
 * a rescore) appends a new link; the latest one counts and nothing is ever rewritten.
 */
export function sealRecord(
  kind: SealedKind,
  profileId: string,
  record: SealableRecord | AttemptRecord,
  provenance?: Provenance,
): Promise<LedgerEntry> {
  const db = database();
  return db.transaction('rw', db.ledger, async () => {
    const [link] = await sealRecords([
      {
        kind,
        profileId,
        record: record as unknown as SealableRecord,
        ...(provenance ? { provenance } : {}),
      },
    ]);
    return link!;
  });
}

/** One record to seal into its person's chain, with its provenance if it was merged. */
export interface RecordToSeal {
  kind: SealedKind;
  profileId: string;
  record: SealableRecord;
  provenance?: Provenance;
  /**
   * The record's hash to seal instead of its own: a restored record changed after its seal is
   * sealed again with the hash it was sealed with, so its new provenance does not hide the change.
   */
  sealedHash?: string;
}

/**
 * Seals records as `sealRecord` seals one: every person's chain head is read in one round, the
 * links made in order after it and added in one bulk write; returns them in the order given. Call
 * it INSIDE the transaction that writes the records (with `ledger` in its scope); the hashing is
 * synchronous.
 */
export async function sealRecords(
  seals: readonly RecordToSeal[],
  at = Date.now(),
): Promise<LedgerEntry[]> {
  const roles = unlockedRoles();
  const people = [...new Set(seals.map((s) => s.profileId))];
  const found = await Promise.all(people.map((id) => chainHeadOf(id)));
  const heads = new Map<string, Pick<LedgerEntry, 'seq' | 'hash'> | null>(
    people.map((id, i) => [id, found[i] ?? null]),
  );
  const links = seals.map(({ kind, profileId, record, provenance, sealedHash }) => {
    const notes = { roles, ...(provenance ? { provenance } : {}) };
    const link = sealedHash
      ? linkAfter(heads.get(profileId)!, profileId, kind, record.id, sealedHash, at, notes)
      : nextLink(heads.get(profileId)!, profileId, kind, record, at, notes);
    heads.set(profileId, link);
    return link;
  });
  await database().ledger.bulkAdd(links);
  return links;
}

/**
 * Which of these records their latest seal says count toward nothing (merged from a bundle that
 * did not verify, or refused), read through the links' record index: a cohort's calls on one case
 * without reading every member's chain.
 */
export async function uncountedAmong(recordIds: readonly string[]): Promise<Set<string>> {
  if (recordIds.length === 0) return new Set();
  const links = await database()
    .ledger.where('recordId')
    .anyOf([...recordIds])
    .toArray();
  return uncountedIds(links);
}

/** A profile's newest link; inside a transaction with `ledger` in scope, the one to append after. */
export function chainHeadOf(profileId: string): Promise<LedgerEntry | undefined> {
  return database()
    .ledger.where('[profileId+seq]')
    .between([profileId, Dexie.minKey], [profileId, Dexie.maxKey])
    .last();
}

/**
 * The link sealing an attempt whose seal-2 hash was worked out before its transaction opened
 * (see linkAfter), with the staff roles unlocked in this tab. Only the small link is hashed here,
 * synchronously, so it may be called inside the transaction that adds it.
 */
export function attemptLinkAfter(
  head: Pick<LedgerEntry, 'seq' | 'hash'> | null,
  attempt: Pick<AttemptRecord, 'id' | 'profileId'>,
  sealedHash: string,
  at: number,
): LedgerEntry {
  return linkAfter(head, attempt.profileId, 'attempt', attempt.id, sealedHash, at, {
    roles: unlockedRoles(),
  });
}

let unlockedRoles: () => StaffRole[] = () => [];

/**
 * Where seals learn which staff roles are unlocked in this tab, so each link records them: a
 * trainer's observation or override counts on another machine only if the trainer role was
 * unlocked when it was sealed. The tab's session registers itself here.
 */
export function sealWithRolesFrom(roles: () => StaffRole[]): void {
  unlockedRoles = roles;
}

/** The tables a record set is verified from (a database or a backup file). */
export interface VerifiableTables {
  profiles: readonly Pick<ProfileRecord, 'id' | 'name' | 'employeeId'>[];
  attempts: readonly AttemptRecord[];
  ledger: readonly LedgerEntry[];
  observations?: readonly ObservationRecord[];
  awards?: readonly AwardRecord[];
  overrides?: readonly OverrideRecord[];
  quizAttempts?: readonly QuizAttemptRecord[];
}

export interface ProfileVerification {
  profileId: string;
  name: string;
  employeeId: string;
  /** How many distinct records the chain seals. */
  sealed: number;
  problems: ChainProblem[];
  /** Which call each flagged attempt was, so a person can find it. */
  flaggedCalls: Record<string, { title: LocalizedText; startedAt: number }>;
  /** Every record not made here, by its latest seal's provenance (genuine, accepted…). */
  merged: MergedRecord[];
}

/** A record sealed with a provenance: merged from a bundle, or here before signing. */
export interface MergedRecord {
  kind: SealedKind;
  recordId: string;
  provenance: Provenance;
  /** When it was merged: its first seal that says where it came from (HR's review seals later). */
  mergedAt: number;
  title?: LocalizedText;
}

const asSealable = (records: readonly object[] | undefined) =>
  (records ?? []) as unknown as readonly SealableRecord[];

/** The records a person's latest seals say were not made here, each with its call's title. */
function mergedOf(
  links: readonly LedgerEntry[],
  titles: ReadonlyMap<string, LocalizedText>,
): MergedRecord[] {
  const mergedAt = new Map<string, number>();
  for (const link of [...links].sort((a, b) => a.seq - b.seq)) {
    const key = `${link.kind}:${link.recordId}`;
    if (link.provenance && !mergedAt.has(key)) mergedAt.set(key, link.at);
  }
  return [...latestLinks(links).values()].flatMap((link) =>
    link.provenance
      ? [
          {
            kind: link.kind,
            recordId: link.recordId,
            provenance: link.provenance,
            mergedAt: mergedAt.get(`${link.kind}:${link.recordId}`) ?? link.at,
            ...(titles.has(link.recordId) ? { title: titles.get(link.recordId)! } : {}),
          },
        ]
      : [],
  );
}

/**
 * Each person's records not made here, read from the seals alone: what HR's review lists needs no
 * record hashed, so opening the HR screen does not verify every chain.
 */
export async function readMerged(): Promise<
  Array<Pick<ProfileVerification, 'profileId' | 'name' | 'employeeId' | 'merged'>>
> {
  const db = database();
  return db.transaction('r', [db.profiles, db.ledger, db.attempts], async () => {
    const withProvenance = (await db.ledger.toArray()).filter((l) => l.provenance);
    const ids = [...new Set(withProvenance.map((l) => l.profileId))];
    const out = [];
    for (const profileId of ids) {
      const links = await db.ledger.where('profileId').equals(profileId).toArray();
      const merged = mergedOf(links, new Map());
      const calls = await db.attempts.bulkGet(merged.map((m) => m.recordId));
      const titles = new Map(calls.flatMap((a) => (a ? [[a.id, a.scenarioTitle] as const] : [])));
      const profile = await db.profiles.get(profileId);
      out.push({
        profileId,
        name: profile?.name ?? '',
        employeeId: profile?.employeeId ?? '',
        merged: mergedOf(links, titles),
      });
    }
    return out;
  });
}

/** Verifies every profile's chain in a set of tables; pure apart from reading what is given. */
export function verifyTables(tables: VerifiableTables): ProfileVerification[] {
  const ids = new Set([
    ...tables.profiles.map((p) => p.id),
    ...tables.ledger.map((l) => l.profileId),
    ...tables.attempts.map((a) => a.profileId),
  ]);
  const of = <T extends { profileId: string }>(rows: readonly T[] | undefined, id: string) =>
    (rows ?? []).filter((r) => r.profileId === id);
  return [...ids].map((profileId) => {
    const profile = tables.profiles.find((p) => p.id === profileId);
    const links = of(tables.ledger, profileId);
    const attempts = of(tables.attempts, profileId);
    const problems = verifyChain(links, [
      { kind: 'attempt', records: asSealable(attempts) },
      { kind: 'observation', records: asSealable(of(tables.observations, profileId)) },
      { kind: 'award', records: asSealable(of(tables.awards, profileId)) },
      { kind: 'override', records: asSealable(of(tables.overrides, profileId)) },
      { kind: 'quiz', records: asSealable(of(tables.quizAttempts, profileId)) },
    ]);
    const flagged = new Set(problems.map((p) => ('recordId' in p ? p.recordId : '')));
    const titles = new Map(attempts.map((a) => [a.id, a.scenarioTitle]));
    const merged = mergedOf(links, titles);
    return {
      profileId,
      name: profile?.name ?? '',
      employeeId: profile?.employeeId ?? '',
      sealed: new Set(links.map((l) => `${l.kind}:${l.recordId}`)).size,
      problems,
      flaggedCalls: Object.fromEntries(
        attempts
          .filter((a) => flagged.has(a.id))
          .map((a) => [a.id, { title: a.scenarioTitle, startedAt: a.startedAt }]),
      ),
      merged,
    };
  });
}

/** A table that can be read whole or by profile. */
interface ProfileRows<T> {
  toArray(): Promise<T[]>;
  where(index: 'profileId'): { equals(profileId: string): { toArray(): Promise<T[]> } };
}

/** Reads everything the chains cover in one consistent moment. */
async function readVerifiable(profileId?: string): Promise<VerifiableTables> {
  const db = database();
  const scope = [
    db.profiles,
    db.attempts,
    db.ledger,
    db.observations,
    db.awards,
    db.overrides,
    db.quizAttempts,
  ];
  const rows = <T>(table: ProfileRows<T>) =>
    profileId === undefined
      ? table.toArray()
      : table.where('profileId').equals(profileId).toArray();
  return db.transaction('r', scope, async () => {
    const profile = profileId === undefined ? undefined : await db.profiles.get(profileId);
    return {
      profiles: profileId === undefined ? await db.profiles.toArray() : profile ? [profile] : [],
      attempts: await rows<AttemptRecord>(db.attempts),
      ledger: await rows<LedgerEntry>(db.ledger),
      observations: await rows<ObservationRecord>(db.observations),
      awards: await rows<AwardRecord>(db.awards),
      overrides: await rows<OverrideRecord>(db.overrides),
      quizAttempts: await rows<QuizAttemptRecord>(db.quizAttempts),
    };
  });
}

export async function verifyProfile(profileId: string): Promise<ProfileVerification> {
  const [result] = verifyTables(await readVerifiable(profileId));
  return (
    result ?? {
      profileId,
      name: '',
      employeeId: '',
      sealed: 0,
      problems: [],
      flaggedCalls: {},
      merged: [],
    }
  );
}

export async function verifyAll(): Promise<ProfileVerification[]> {
  return verifyTables(await readVerifiable());
}

/** Each person's roster row as stored beside the one counted afresh from their sealed records. */
export async function readSummaries(): Promise<
  Array<{
    profileId: string;
    stored: ProfileSummaryRecord | undefined;
    counted: ProfileSummaryRecord;
  }>
> {
  const db = database();
  return db.transaction(
    'r',
    [db.profiles, db.profileSummaries, ...countedSummaryTables()],
    async () => {
      const ids = (await db.profiles.toCollection().primaryKeys()) as string[];
      const out = [];
      for (const profileId of ids) {
        out.push({
          profileId,
          stored: await db.profileSummaries.get(profileId),
          counted: await countedSummary(profileId),
        });
      }
      return out;
    },
  );
}
