import { z } from 'zod';
import { canonicalJson } from './content-hash';
import { isStoredRow, migrateTables } from './records/migrations';
import { sha256 } from './records/fields';
import type { MachineRef, Provenance, ProvenanceReason, ProvenanceStatus } from './records/ledger';
import { fingerprint, type MachineWithdrawal } from './records/machine';
import { RECORDS_SCHEMA_VERSION } from './records/schema-version';
import { TABLE_SCHEMAS } from './records/tables';
import { scenarioSchema } from './scenario-schema';
import { problem, type Problem } from './validation/problem';

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

/** The tables a merge writes: certificates are never imported, only re-derived here. */
export const MERGED_TABLES = ['attempts', 'observations', 'overrides', 'quizAttempts'] as const;
export type MergedTable = (typeof MERGED_TABLES)[number];

/** The chain kind of each table's records. */
export const KIND_OF = {
  attempts: 'attempt',
  awards: 'award',
  observations: 'observation',
  overrides: 'override',
  quizAttempts: 'quiz',
} as const;

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

const base64url = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** The installation that signed a bundle: its public key and the key's fingerprint. */
export const bundleSourceSchema = z.strictObject({
  fingerprint,
  publicKey: z.strictObject({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: base64url,
    y: base64url,
  }),
});
export type BundleSource = z.infer<typeof bundleSourceSchema>;

/** An imported case version a bundled call was played on, so the merge can replay it. */
export const bundlePackSchema = z.strictObject({ contentHash: sha256, scenario: scenarioSchema });
export type BundlePack = z.infer<typeof bundlePackSchema>;

/**
 * One machine's records for HR to merge on theirs. Its rows are migrated from the declared schema
 * version, then each is checked in full against its table's one schema.
 */
export const recordsBundleSchema = z.preprocess(
  migrateBundle,
  z.looseObject({
    format: z.literal(RECORDS_BUNDLE_FORMAT),
    /** 1: unsigned, before schema v6; 2: signed by its installation, with the packs it uses. */
    formatVersion: z.union([z.literal(1), z.literal(2)]),
    schemaVersion: z.number().int().min(1).max(RECORDS_SCHEMA_VERSION),
    exportedAt: z.number(),
    source: bundleSourceSchema.optional(),
    /** ECDSA P-256 / SHA-256 over the bundle's canonical JSON without this field, base64. */
    signature: z.string().max(200).optional(),
    packs: z.array(bundlePackSchema).default([]),
    /** The organisation phrase lists its typed turns name (added with schema v7). */
    organisationLists: z.array(TABLE_SCHEMAS.organisationLists).default([]),
    profiles: z.array(TABLE_SCHEMAS.profiles),
    attempts: z.array(TABLE_SCHEMAS.attempts),
    /** Listed to say they were not imported: a certificate is re-derived from evidence. */
    awards: z.array(TABLE_SCHEMAS.awards).default([]),
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

/** A record of the bundle with the table it came from. */
export interface SealedRecord {
  table: BundleTable;
  record: BundleRow;
}

/**
 * How far the bundle's signature carries: to an enrolled machine, to one HR has withdrawn since
 * (it counts for nothing, however long ago it was signed), or not.
 */
export type SourceState =
  'enrolled' | 'withdrawn' | 'unknown-source' | 'bad-signature' | 'unsigned';

/**
 * What the receiving machine concluded about one record's claim: its status, why, and the record
 * as re-derived here (a call replayed, a sitting re-scored) — the row the merge writes.
 */
export interface Verdict {
  status: Extract<ProvenanceStatus, 'genuine' | 'unverified' | 'refused'>;
  reasons: ProvenanceReason[];
  record: BundleRow;
}

export const recordKey = (table: BundleTable, id: string) => `${table}:${id}`;

/** What this machine already holds, as far as a merge needs to know. */
export interface LocalRecords {
  /** Local profile id by employee id (工号). */
  profileByEmployeeId: ReadonlyMap<string, string>;
  /** Local profile ids, to notice a bundle profile id already used by someone else here. */
  profileIds: ReadonlySet<string>;
  /** Each local person's name by employee id, for the plan to show a name the bundle changes. */
  nameByEmployeeId?: ReadonlyMap<string, string>;
  /** Local rows that share an id with a bundle row. */
  existing: Record<BundleTable, ReadonlyMap<string, unknown>>;
  /** The provenance those local rows are sealed with here (by record key), if any. */
  sealedAs?: ReadonlyMap<string, Provenance | undefined>;
}

export interface PersonMatch {
  employeeId: string;
  /** The name the bundle gives: written only for a person new here. */
  name: string;
  /** The name this machine already has for the 工号 (null for a person new here): it stays. */
  localName: string | null;
  bundleProfileId: string;
  localProfileId: string;
  isNew: boolean;
}

export interface ListedRecord {
  table: BundleTable;
  id: string;
  employeeId: string;
  reasons?: ProvenanceReason[];
}

/** Who signed a bundle, and for a withdrawn machine who withdrew it, when and why. */
export interface SignedBy {
  state: SourceState;
  machine: MachineRef | null;
  withdrawal?: MachineWithdrawal;
}

export interface MergePlan {
  people: PersonMatch[];
  newProfiles: BundleProfile[];
  /** The rows to write, as re-derived here, each with the provenance it is sealed with. */
  added: Record<MergedTable, BundleRow[]>;
  /** Records already here, merged unverified before, that this bundle shows genuine: sealed again. */
  promoted: Array<{ table: MergedTable; id: string; profileId: string }>;
  provenance: Record<string, Provenance>;
  duplicates: ListedRecord[];
  conflicts: ListedRecord[];
  /** Rows whose person is not in the bundle: they cannot be placed on anyone. */
  orphans: ListedRecord[];
  /**
   * Rows by status: only genuine ones count until HR accepts the unverified. Refused also lists a
   * refused claim on a record this machine already has (nothing is written for it).
   */
  genuine: ListedRecord[];
  unverified: ListedRecord[];
  refused: ListedRecord[];
  /** The bundle's certificates: never imported, re-derived here from the evidence that counts. */
  certificates: ListedRecord[];
  source: SignedBy;
  /**
   * The organisation phrase lists the bundle's typed turns were graded with: kept here when the
   * merge is applied (a version kept here already stays), so they re-derive here later too.
   */
  organisationLists: RecordsBundle['organisationLists'];
  /**
   * The case versions the merged calls were played on, as the bundle's packs carry them (each
   * checked: it hashes to its claim and passes the library's graph checks): kept here when the
   * merge is applied, so the calls' debriefs draw their maps here too.
   */
  caseVersions: readonly BundlePack[];
}

export const addedCount = (plan: MergePlan) =>
  plan.newProfiles.length +
  plan.promoted.length +
  MERGED_TABLES.reduce((n, t) => n + plan.added[t].length, 0);

/** Every record of the bundle with its table. */
export function sealedRecords(bundle: RecordsBundle): SealedRecord[] {
  return BUNDLE_TABLES.flatMap((table) => bundle[table].map((record) => ({ table, record })));
}

/**
 * Decides what merging a bundle would do, without writing: people are matched by employee id;
 * every record is written as the verdict re-derived it, sealed with its provenance (genuine,
 * unverified or refused, with the reasons); a record whose id is already here with the same
 * content is a duplicate, with different content a conflict (the local one stays); certificates
 * are only listed. A record without a verdict is refused.
 */
export function planMerge(
  bundle: RecordsBundle,
  local: LocalRecords,
  verdicts: ReadonlyMap<string, Verdict>,
  source: MergePlan['source'] = { state: 'unsigned', machine: null },
  playedPacks: readonly BundlePack[] = [],
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
      localName: matched === undefined ? null : (local.nameByEmployeeId?.get(p.employeeId) ?? null),
      bundleProfileId: p.id,
      localProfileId,
      isNew: matched === undefined,
    });
    if (matched === undefined) newProfiles.push({ ...p, id: localProfileId });
  }
  const provenanceOf = (verdict: Verdict): Provenance => ({
    status: verdict.status,
    source: source.machine,
    reasons: verdict.reasons,
    review: null,
  });
  const plan: MergePlan = {
    people,
    newProfiles,
    promoted: [],
    added: { attempts: [], observations: [], overrides: [], quizAttempts: [] },
    provenance: {},
    duplicates: [],
    conflicts: [],
    orphans: [],
    genuine: [],
    unverified: [],
    refused: [],
    certificates: [],
    source,
    organisationLists: bundle.organisationLists,
    caseVersions: playedPacks,
  };
  for (const { table, record } of sealedRecords(bundle)) {
    const employeeId = employeeIdOf.get(record.profileId) ?? '';
    const listed: ListedRecord = { table, id: record.id, employeeId };
    const localProfileId = localIdOf.get(record.profileId);
    if (table === 'awards') {
      plan.certificates.push(listed);
      continue;
    }
    if (localProfileId === undefined) {
      plan.orphans.push(listed);
      continue;
    }
    const verdict = verdicts.get(recordKey(table, record.id)) ?? {
      status: 'refused' as const,
      reasons: ['replay-failed' as const],
      record,
    };
    const placed = { ...verdict.record, profileId: localProfileId };
    const here = local.existing[table].get(record.id);
    // A claim that does not hold is shown as refused even where this machine has the record:
    // HR sees the attempt, and the local record stays as it is.
    if (here !== undefined && verdict.status === 'refused') {
      plan.refused.push({ ...listed, reasons: verdict.reasons });
      continue;
    }
    if (here !== undefined) {
      const same = canonicalJson(here) === canonicalJson(placed);
      const key = recordKey(table, record.id);
      // Merged unverified before (say, before HR enrolled its machine) and now genuine: the same
      // record is sealed again as genuine, nothing else changes.
      if (
        same &&
        verdict.status === 'genuine' &&
        local.sealedAs?.get(key)?.status === 'unverified'
      ) {
        plan.promoted.push({ table, id: record.id, profileId: localProfileId });
        plan.provenance[key] = { ...provenanceOf(verdict), review: null };
        plan.genuine.push({ ...listed, reasons: verdict.reasons });
      } else if (same) plan.duplicates.push(listed);
      else plan.conflicts.push(listed);
      continue;
    }
    plan.added[table].push(placed as never);
    plan.provenance[recordKey(table, record.id)] = provenanceOf(verdict);
    plan[verdict.status].push({ ...listed, reasons: verdict.reasons });
  }
  return plan;
}

/**
 * A record twice in one bundle (an id repeated in a table, or a 工号 on two people) cannot be
 * placed: the bundle is refused at the second one, rather than merged by whichever came first.
 */
export function repeatedRecords(bundle: RecordsBundle): Problem[] {
  const problems: Problem[] = [];
  const once = (table: string, rows: readonly Record<string, unknown>[], field: string) => {
    const seen = new Set<unknown>();
    rows.forEach((row, i) => {
      if (seen.has(row[field])) {
        problems.push(
          problem(`$.${table}[${i}].${field}`, {
            en: `${String(row[field])} appears more than once in ${table}`,
            'zh-CN': `${String(row[field])} 在 ${table} 里出现了不止一次`,
          }),
        );
      }
      seen.add(row[field]);
    });
  };
  once('profiles', bundle.profiles, 'id');
  once('profiles', bundle.profiles, 'employeeId');
  for (const table of BUNDLE_TABLES) once(table, bundle[table], 'id');
  return problems;
}
