import { z } from 'zod';
import { canonicalJson } from './content-hash';

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

const row = z.looseObject({
  id: z.string().min(1).max(200),
  profileId: z.string().min(1).max(200),
});
const profile = z.looseObject({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(40),
  employeeId: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/),
  createdAt: z.number(),
});
const ledgerEntry = z.looseObject({
  profileId: z.string().min(1),
  seq: z.number().int().min(0),
  kind: z.string(),
  recordId: z.string().min(1),
  recordHash: z.string(),
  prevHash: z.string(),
  hash: z.string(),
  at: z.number(),
});

/**
 * One machine's records for HR to merge on theirs. Objects are loose so that a bundle from a
 * newer version of the app (with added fields) still merges.
 */
export const recordsBundleSchema = z.looseObject({
  format: z.literal(RECORDS_BUNDLE_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.number(),
  profiles: z.array(profile),
  attempts: z.array(row.extend({ scenarioId: z.string().min(1), status: z.string() })),
  awards: z.array(row.extend({ level: z.string(), expiresAt: z.number() })),
  observations: z.array(row).default([]),
  overrides: z.array(row.extend({ attemptId: z.string() })).default([]),
  quizAttempts: z.array(row).default([]),
  ledger: z.array(ledgerEntry).default([]),
});
export type RecordsBundle = z.infer<typeof recordsBundleSchema>;
export type BundleProfile = RecordsBundle['profiles'][number];
export type BundleRow = z.infer<typeof row>;
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
