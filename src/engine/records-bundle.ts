import { z } from 'zod';
import { canonicalJson } from './content-hash';
import { isStoredRow, migrateTables } from './records/migrations';
import { RECORDS_SCHEMA_VERSION } from './records/schema-version';
import { TABLE_SCHEMAS } from './records/tables';

export const RECORDS_BUNDLE_FORMAT = 'complaint-desk-records';

/** The tables whose rows travel in a records bundle, each row found by its `id`. */
export const BUNDLE_TABLES = [
  'attempts',
  'awards',
  'observations',
  'overrides',
  'quizAttempts',
] as const;
export type BundleTable = (typeof BUNDLE_TABLES)[number];

/** Bundles of format 1 that declare no schema version were all written by schema v4. */
const UNDECLARED_SCHEMA_VERSION = 4;

/**
 * Brings a bundle's rows from the schema version it declares to today's, before they are checked.
 * A bundle from a newer version of the app is left as it is, for the check to refuse.
 */
function migrateBundle(file: unknown): unknown {
  if (!isStoredRow(file)) return file;
  const from = file.schemaVersion ?? UNDECLARED_SCHEMA_VERSION;
  if (typeof from !== 'number' || from > RECORDS_SCHEMA_VERSION) return file;
  return { ...migrateTables(file, from), schemaVersion: RECORDS_SCHEMA_VERSION };
}

/**
 * One machine's records for HR to merge on theirs. Its rows are migrated from the declared schema
 * version, then each is checked in full against its table's one schema.
 */
export const recordsBundleSchema = z.preprocess(
  migrateBundle,
  z.looseObject({
    format: z.literal(RECORDS_BUNDLE_FORMAT),
    formatVersion: z.literal(1),
    schemaVersion: z.number().int().min(1).max(RECORDS_SCHEMA_VERSION),
    exportedAt: z.number(),
    profiles: z.array(TABLE_SCHEMAS.profiles),
    attempts: z.array(TABLE_SCHEMAS.attempts),
    awards: z.array(TABLE_SCHEMAS.awards),
    observations: z.array(TABLE_SCHEMAS.observations).default([]),
    overrides: z.array(TABLE_SCHEMAS.overrides).default([]),
    quizAttempts: z.array(TABLE_SCHEMAS.quizAttempts).default([]),
    ledger: z.array(TABLE_SCHEMAS.ledger).default([]),
  }),
);
export type RecordsBundle = z.infer<typeof recordsBundleSchema>;
export type BundleProfile = RecordsBundle['profiles'][number];
export type BundleRow = RecordsBundle[BundleTable][number];
export type BundleLedgerEntry = RecordsBundle['ledger'][number];

/** A record as sealed: which table it came from and its content as the bundle carries it. */
export interface SealedRecord {
  table: BundleTable;
  record: BundleRow;
}

/**
 * The tamper-evidence step, kept apart from the merge so the hash-chain ledger's own check plugs
 * in here: given the bundle's ledger entries and its records, the ids of records that were altered
 * after they were sealed.
 */
export type TamperCheck = (
  ledger: readonly BundleLedgerEntry[],
  records: readonly SealedRecord[],
) => Promise<ReadonlySet<string>>;

/** What this machine already holds, as far as a merge needs to know. */
export interface LocalRecords {
  /** Local profile id by employee id (工号). */
  profileByEmployeeId: ReadonlyMap<string, string>;
  /** Local profile ids, to notice a bundle profile id already used by someone else here. */
  profileIds: ReadonlySet<string>;
  /** Local rows that share an id with a bundle row. */
  existing: Record<BundleTable, ReadonlyMap<string, unknown>>;
}

export interface PersonMatch {
  employeeId: string;
  name: string;
  bundleProfileId: string;
  localProfileId: string;
  isNew: boolean;
}

export interface ListedRecord {
  table: BundleTable;
  id: string;
  employeeId: string;
}

export interface MergePlan {
  people: PersonMatch[];
  newProfiles: BundleProfile[];
  added: Record<BundleTable, BundleRow[]>;
  duplicates: ListedRecord[];
  conflicts: ListedRecord[];
  flagged: ListedRecord[];
  /** Rows whose person is not in the bundle: they cannot be placed on anyone. */
  orphans: ListedRecord[];
}

export const addedCount = (plan: MergePlan) =>
  plan.newProfiles.length + BUNDLE_TABLES.reduce((n, t) => n + plan.added[t].length, 0);

/** Every record of the bundle with its table, in the order the tamper check receives them. */
export function sealedRecords(bundle: RecordsBundle): SealedRecord[] {
  return BUNDLE_TABLES.flatMap((table) => bundle[table].map((record) => ({ table, record })));
}

/**
 * Decides what merging a bundle would do, without writing: people are matched by employee id;
 * a record whose id is already here with the same content is a duplicate, with different content a
 * conflict (the local one stays); a record the tamper check flagged is never added.
 */
export function planMerge(
  bundle: RecordsBundle,
  local: LocalRecords,
  flaggedIds: ReadonlySet<string>,
): MergePlan {
  const people: PersonMatch[] = [];
  const newProfiles: BundleProfile[] = [];
  const localIdOf = new Map<string, string>();
  const employeeIdOf = new Map<string, string>();
  for (const p of bundle.profiles) {
    const matched = local.profileByEmployeeId.get(p.employeeId);
    // A new person keeps their id unless it is already someone else's here.
    const localProfileId =
      matched ?? (local.profileIds.has(p.id) ? `${p.id}:${p.employeeId}` : p.id);
    localIdOf.set(p.id, localProfileId);
    employeeIdOf.set(p.id, p.employeeId);
    people.push({
      employeeId: p.employeeId,
      name: p.name,
      bundleProfileId: p.id,
      localProfileId,
      isNew: matched === undefined,
    });
    if (matched === undefined) newProfiles.push({ ...p, id: localProfileId });
  }
  const plan: MergePlan = {
    people,
    newProfiles,
    added: { attempts: [], awards: [], observations: [], overrides: [], quizAttempts: [] },
    duplicates: [],
    conflicts: [],
    flagged: [],
    orphans: [],
  };
  for (const { table, record } of sealedRecords(bundle)) {
    const employeeId = employeeIdOf.get(record.profileId) ?? '';
    const listed = { table, id: record.id, employeeId };
    const localProfileId = localIdOf.get(record.profileId);
    if (localProfileId === undefined) {
      plan.orphans.push(listed);
      continue;
    }
    if (flaggedIds.has(record.id)) {
      plan.flagged.push(listed);
      continue;
    }
    const placed = { ...record, profileId: localProfileId };
    const here = local.existing[table].get(record.id);
    if (here === undefined) plan.added[table].push(placed);
    else if (canonicalJson(here) === canonicalJson(placed)) plan.duplicates.push(listed);
    else plan.conflicts.push(listed);
  }
  return plan;
}
