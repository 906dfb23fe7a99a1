import {
  addedCount,
  BUNDLE_TABLES,
  KIND_OF,
  MERGED_TABLES,
  recordKey,
  type BundleTable,
  type LocalRecords,
  type MergedTable,
  type MergePlan,
  type RecordsBundle,
} from '../engine/records-bundle';
import type { Provenance } from '../engine/records/ledger';
import { countedSummary } from './counted-summary';
import { database } from './database';
import { sealRecords, type RecordToSeal } from './ledger';
import { addMissing } from './add-missing';
import { addMissingOrganisationLists } from './organisation-lists';
import type {
  AttemptRecord,
  CustomScenarioRecord,
  LedgerEntry,
  ObservationRecord,
  OrganisationListsRecord,
  OverrideRecord,
  ProfileRecord,
  QuizAttemptRecord,
} from './records';

/**
 * Bundles larger than this are refused before reading. A played call travels whole (transcript,
 * turn grades, expert path), about 20 KB, so this holds some 7,000 calls: a training room's.
 */
export const BUNDLE_LIMIT_BYTES = 150 * 1024 * 1024;

/** Performance marks around the parts of a merge that do work (not the wait for HR's click). */
export const MERGE_MARKS = {
  checkStart: 'complaint-desk:merge-check-start',
  checkEnd: 'complaint-desk:merge-check-end',
  applyStart: 'complaint-desk:merge-apply-start',
  applyEnd: 'complaint-desk:merge-apply-end',
} as const;

/** What a bundle of this machine carries, read in one consistent moment. */
export interface BundleRows {
  schemaVersion: number;
  profiles: ProfileRecord[];
  attempts: AttemptRecord[];
  observations: ObservationRecord[];
  overrides: OverrideRecord[];
  quizAttempts: QuizAttemptRecord[];
  ledger: LedgerEntry[];
  /** Every version of the imported cases kept here, for the packs of those the calls were played on. */
  caseVersions: CustomScenarioRecord[];
  /** Kept organisation phrase lists, for the versions the typed turns were graded with. */
  organisationLists: OrganisationListsRecord[];
}

/** This machine's people and records with the ledger that seals them; certificates stay here. */
export async function readBundleRows(): Promise<BundleRows> {
  const db = database();
  const tables = [
    db.profiles,
    db.attempts,
    db.observations,
    db.overrides,
    db.quizAttempts,
    db.ledger,
    db.caseVersions,
    db.organisationLists,
  ];
  return db.transaction('r', tables, async () => ({
    schemaVersion: db.verno,
    profiles: await db.profiles.toArray(),
    attempts: await db.attempts.toArray(),
    observations: await db.observations.toArray(),
    overrides: await db.overrides.toArray(),
    quizAttempts: await db.quizAttempts.toArray(),
    ledger: await db.ledger.toArray(),
    caseVersions: await db.caseVersions.toArray(),
    organisationLists: await db.organisationLists.toArray(),
  }));
}

/** What this machine holds that a bundle's plan depends on. */
export async function readLocalRecords(bundle: RecordsBundle): Promise<LocalRecords> {
  const db = database();
  const profiles = await db.profiles.toArray();
  const existing = {} as Record<BundleTable, Map<string, unknown>>;
  for (const table of BUNDLE_TABLES) {
    const ids = bundle[table].map((r) => r.id);
    const here = await db.table(table).bulkGet(ids);
    existing[table] = new Map(
      here.flatMap((row: unknown, i) => (row === undefined ? [] : [[ids[i]!, row]])),
    );
  }
  const ids = new Set(BUNDLE_TABLES.flatMap((t) => [...existing[t].keys()]));
  const links = await db.ledger
    .where('recordId')
    .anyOf([...ids])
    .toArray();
  const sealedAs = new Map<string, Provenance | undefined>();
  for (const link of [...links].sort((a, b) => a.seq - b.seq)) {
    const table = BUNDLE_TABLES.find((t) => KIND_OF[t] === link.kind)!;
    sealedAs.set(recordKey(table, link.recordId), link.provenance);
  }
  return {
    profileByEmployeeId: new Map(profiles.map((p) => [p.employeeId, p.id])),
    profileIds: new Set(profiles.map((p) => p.id)),
    nameByEmployeeId: new Map(profiles.map((p) => [p.employeeId, p.name])),
    existing,
    sealedAs,
  };
}

/**
 * Every version of every case imported or published here, for a bundle's calls to be replayed on
 * the version they were played on.
 */
export function listImportedCases(): Promise<CustomScenarioRecord[]> {
  return database().caseVersions.toArray();
}

/** Keeps the case versions not kept here yet; a version kept here already stays as it is. */
function addMissingCaseVersions(packs: MergePlan['caseVersions']): Promise<number> {
  const importedAt = Date.now();
  return addMissing(
    database().caseVersions,
    packs.map((p) => ({
      id: p.scenario.id,
      scenario: p.scenario,
      contentHash: p.contentHash,
      importedAt,
    })),
    (row) => [row.id, row.contentHash],
  );
}

/** How many rows each bulk request of a merge carries: the progress moves once per chunk. */
export const MERGE_WRITE_CHUNK = 250;

/**
 * How far a merge's transaction has come, as its requests complete: `done` counts the plan's
 * rows handled (written, or skipped because they arrived here since the plan was made) out of
 * every row the plan adds — new people, records and records sealed again. Nothing is committed
 * until the transaction ends, so a failure at any point still writes nothing.
 */
export type MergeWriteProgress =
  { step: 'writing'; done: number; total: number } | { step: 'sealing' };

/** What one merge wrote, by kind: new people, each table's records, records sealed again. */
export type MergedCounts = Record<'profiles' | MergedTable | 'promoted', number>;

const inChunks = <T>(rows: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(rows.length / MERGE_WRITE_CHUNK) }, (_, i) =>
    rows.slice(i * MERGE_WRITE_CHUNK, (i + 1) * MERGE_WRITE_CHUNK),
  );

/**
 * Writes a merge plan in one transaction: new people, the re-derived records, each sealed into its
 * person's chain here with its provenance, and the summary rows of everyone who gained a finished
 * call that counts. Rows that arrived here since the plan was made are skipped rather than
 * overwritten, so applying never changes a record already on this machine. `provenanceOf` may
 * change a record's provenance (HR accepting what did not verify). The rows go in chunks of
 * MERGE_WRITE_CHUNK, all inside the one transaction, and `onProgress` hears each chunk once its
 * requests have completed. Returns what was written and the people written to.
 */
export async function applyMergePlan(
  plan: MergePlan,
  provenanceOf: (provenance: Provenance) => Provenance = (p) => p,
  onProgress: (progress: MergeWriteProgress) => void = () => {},
): Promise<{ written: number; merged: MergedCounts; profileIds: string[] }> {
  performance.mark(MERGE_MARKS.applyStart);
  const db = database();
  const tables = [
    db.profiles,
    db.profileSummaries,
    db.ledger,
    db.organisationLists,
    db.caseVersions,
    ...MERGED_TABLES.map((t) => db.table(t)),
  ];
  const total = addedCount(plan);
  const result = await db.transaction('rw', tables, async () => {
    let done = 0;
    onProgress({ step: 'writing', done, total });
    const merged: MergedCounts = {
      profiles: 0,
      attempts: 0,
      observations: 0,
      overrides: 0,
      quizAttempts: 0,
      promoted: 0,
    };
    // Each chunk: which of its rows are here already, then the others added in one request.
    const addFresh = async <T extends { id: string }>(table: string, rows: readonly T[]) => {
      const written: T[] = [];
      for (const chunk of inChunks(rows)) {
        const here = await db.table(table).bulkGet(chunk.map((r) => r.id));
        const fresh = chunk.filter((_, i) => here[i] === undefined);
        await db.table(table).bulkAdd(fresh);
        written.push(...fresh);
        done += chunk.length;
        onProgress({ step: 'writing', done, total });
      }
      return written;
    };
    merged.profiles = (await addFresh('profiles', plan.newProfiles)).length;
    // Every record is sealed after it is written, all in one bulk write of links at the end.
    const seals: RecordToSeal[] = [];
    for (const table of MERGED_TABLES) {
      const fresh = await addFresh(table, plan.added[table]);
      for (const row of fresh) {
        const provenance = provenanceOf(plan.provenance[recordKey(table, row.id)]!);
        seals.push({ kind: KIND_OF[table], profileId: row.profileId, record: row, provenance });
      }
      merged[table] = fresh.length;
    }
    for (const chunk of inChunks(plan.promoted)) {
      const promoted = await Promise.all(chunk.map(({ table, id }) => db.table(table).get(id)));
      chunk.forEach(({ table, id, profileId }, i) => {
        const row = promoted[i];
        if (!row || row.profileId !== profileId) return;
        const provenance = plan.provenance[recordKey(table, id)]!;
        seals.push({ kind: KIND_OF[table], profileId, record: row, provenance });
        merged.promoted += 1;
      });
      done += chunk.length;
      onProgress({ step: 'writing', done, total });
    }
    onProgress({ step: 'sealing' });
    await sealRecords(seals);
    const touched = [...new Set(seals.map((s) => s.profileId))];
    // The lists the merged typed turns name stay here, so they re-derive here later too.
    await addMissingOrganisationLists(plan.organisationLists);
    // So do the case versions the merged calls were played on, for their debriefs' maps.
    await addMissingCaseVersions(plan.caseVersions);
    // Each person's roster row is counted again from what counts, merged records included.
    await db.profileSummaries.bulkPut(await Promise.all(touched.map(countedSummary)));
    const written = Object.values(merged).reduce((n, count) => n + count, 0);
    return { written, merged, profileIds: touched };
  });
  performance.mark(MERGE_MARKS.applyEnd);
  return result;
}
