import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { countedSummaries } from '../engine/counted-summary';
import { upgradeLinks } from '../engine/ledger-upgrade';
import type { SealableRecord, SealedKind } from '../engine/ledger';
import { migrationsBetween } from '../engine/records/migrations';
import type {
  AssignmentRecord,
  AttemptRecord,
  AwardRecord,
  CohortRecord,
  CustomScenarioRecord,
  DraftRecord,
  EnrolledMachineRecord,
  GroupSessionRecord,
  LedgerEntry,
  ObservationRecord,
  OrganisationListsRecord,
  OutboxRecord,
  OverrideRecord,
  ProfileRecord,
  ProfileSummaryRecord,
  ProgramRecord,
  QuizAttemptRecord,
  RecordingRecord,
  SecretRecord,
  SettingRecord,
  StepRecord,
} from './records';

export const DATABASE_NAME = 'complaint-desk';

/** The one database of the app. Every table and every schema version is declared here. */
export class ComplaintDeskDatabase extends Dexie {
  profiles!: EntityTable<ProfileRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  steps!: Dexie.Table<StepRecord, [string, number]>;
  scenarios!: EntityTable<CustomScenarioRecord, 'id'>;
  caseVersions!: Dexie.Table<CustomScenarioRecord, [string, string]>;
  recordings!: EntityTable<RecordingRecord, 'key'>;
  ledger!: Dexie.Table<LedgerEntry, [string, number]>;
  secrets!: EntityTable<SecretRecord, 'role'>;
  observations!: EntityTable<ObservationRecord, 'id'>;
  groupSessions!: EntityTable<GroupSessionRecord, 'id'>;
  drafts!: EntityTable<DraftRecord, 'id'>;
  cohorts!: EntityTable<CohortRecord, 'id'>;
  assignments!: EntityTable<AssignmentRecord, 'id'>;
  overrides!: EntityTable<OverrideRecord, 'id'>;
  programs!: EntityTable<ProgramRecord, 'version'>;
  awards!: EntityTable<AwardRecord, 'id'>;
  quizAttempts!: EntityTable<QuizAttemptRecord, 'id'>;
  profileSummaries!: EntityTable<ProfileSummaryRecord, 'profileId'>;
  outbox!: EntityTable<OutboxRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  machines!: EntityTable<EnrolledMachineRecord, 'fingerprint'>;
  organisationLists!: Dexie.Table<OrganisationListsRecord, [string, string]>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      profiles: 'id, &employeeId, name',
      attempts: 'id, profileId, [profileId+status], [profileId+startedAt], scenarioId',
      steps: '[attemptId+index], attemptId',
      snapshots: 'attemptId',
    });
    // v2: cases imported from packs live beside the bundled ones.
    this.version(2).stores({ scenarios: 'id, importedAt' });
    // v3: a trainer's own recordings of customer lines, played instead of synthesis.
    this.version(3).stores({ recordings: 'key, scenarioId' });
    // v4: tamper evidence, role PINs, trainer and HR records, the LRS outbox.
    this.version(4).stores({
      attempts: 'id, profileId, [profileId+status], [profileId+startedAt], scenarioId, finishedAt',
      ledger: '[profileId+seq], profileId, recordId',
      secrets: 'role',
      observations: 'id, profileId, scenarioId, at',
      groupSessions: 'id, startedAt',
      drafts: 'id, updatedAt',
      cohorts: 'id',
      assignments: 'id, cohortId, scenarioId, dueAt',
      overrides: 'id, attemptId, profileId',
      programs: 'version',
      awards: 'id, profileId, [profileId+level]',
      quizAttempts: 'id, profileId, at',
      profileSummaries: 'profileId',
      outbox: 'id, queuedAt',
      settings: 'key',
    });
    // v5: attempts record the scoring model that graded them and carry every field in the row
    // itself (no more filling in on read); the call machine's snapshot cache is dropped.
    this.version(5)
      .stores({ snapshots: null })
      .upgrade((tx) => upgradeRows(tx, 5));
    // v6: seals cover the whole record and say where a merged record came from; HR enrols the
    // machines whose signed bundles it trusts. Every record is sealed again whole, and one never
    // sealed here is labelled "merged before signing".
    this.version(6)
      .stores({ machines: 'fingerprint' })
      .upgrade(async (tx) => {
        await upgradeRows(tx, 6);
        await sealWhole(tx);
        await recountSummaries(tx);
      });
    // v7: every version of an organisation's phrase lists that typed replies were graded with.
    this.version(7).stores({ organisationLists: '[id+version], importedAt' });
    // v8: fewer index entries for every call and link written, so the demo organisation loads
    // faster and a reply's save writes less. A person's calls, links and a call's steps are found
    // through Dexie's virtual indexes on the first part of a compound index or key (attempts'
    // [profileId+startedAt], the ledger's [profileId+seq], the steps' [attemptId+index]), and no
    // query reads attempts by finishedAt or awards by [profileId+level]. Rows are unchanged.
    this.version(8).stores({
      attempts: 'id, [profileId+status], [profileId+startedAt], scenarioId',
      ledger: '[profileId+seq], recordId',
      steps: '[attemptId+index]',
      awards: 'id, profileId',
    });
    // v9: every version of an imported or published case is kept, by its content hash, beside
    // the current one in `scenarios`: a call replays, and a records bundle carries, the version it
    // was played on after the case has been replaced. The current cases are their first versions.
    this.version(9)
      .stores({ caseVersions: '[id+contentHash]' })
      .upgrade(async (tx) => {
        await tx.table('caseVersions').bulkPut(await tx.table('scenarios').toArray());
      });
  }
}

/** The tables whose records a profile's chain seals, by the kind of their links. */
const SEALED_TABLES: ReadonlyArray<[SealedKind, string]> = [
  ['attempt', 'attempts'],
  ['observation', 'observations'],
  ['award', 'awards'],
  ['override', 'overrides'],
  ['quiz', 'quizAttempts'],
];

/** Appends to every profile's chain the seal-2 links of the v6 upgrade (see upgradeLinks). */
async function sealWhole(tx: Transaction): Promise<void> {
  const links = (await tx.table('ledger').toArray()) as LedgerEntry[];
  const sets = await Promise.all(
    SEALED_TABLES.map(async ([kind, table]) => ({
      kind,
      records: (await tx.table(table).toArray()) as SealableRecord[],
    })),
  );
  const profileIds = new Set([
    ...links.map((l) => l.profileId),
    ...sets.flatMap((s) => s.records.map((r) => String(r.profileId))),
  ]);
  const now = Date.now();
  const added = [...profileIds].flatMap((profileId) =>
    upgradeLinks(
      profileId,
      links.filter((l) => l.profileId === profileId),
      sets.map((s) => ({
        kind: s.kind,
        records: s.records.filter((r) => r.profileId === profileId),
      })),
      now,
    ),
  );
  await tx.table('ledger').bulkAdd(added);
}

/**
 * Counts every person's summary again from the records that count: summaries written before v6
 * counted practice retries and ignored trainer overrides and provenance.
 */
async function recountSummaries(tx: Transaction): Promise<void> {
  const [profileIds, links, attempts, overrides] = await Promise.all([
    tx.table('profiles').toCollection().primaryKeys() as Promise<string[]>,
    tx.table('ledger').toArray() as Promise<LedgerEntry[]>,
    tx
      .table('attempts')
      .filter((a: AttemptRecord) => a.status === 'finished')
      .toArray() as Promise<AttemptRecord[]>,
    tx.table('overrides').toArray() as Promise<OverrideRecord[]>,
  ]);
  await tx.table('profileSummaries').clear();
  await tx
    .table('profileSummaries')
    .bulkPut(countedSummaries(profileIds, links, attempts, overrides));
}

/** Applies the row migrations of `version` to the rows stored in the tables that still exist. */
async function upgradeRows(tx: Transaction, version: number): Promise<void> {
  const tables = new Set(tx.storeNames);
  for (const migration of migrationsBetween(version - 1, version)) {
    if (!tables.has(migration.table)) continue;
    await tx
      .table(migration.table)
      .toCollection()
      .modify((row: Record<string, unknown>, ctx) => {
        const migrated = migration.up(row);
        if (migrated === null) delete (ctx as { value?: unknown }).value;
        else ctx.value = migrated;
      });
  }
}

type StorageEvent = 'replaced-by-newer-tab' | 'upgrade-blocked';
const listeners = new Set<(event: StorageEvent) => void>();

/** Tells the UI when this tab must stop writing (a newer version opened) or an upgrade waits. */
export function onStorageEvent(listener: (event: StorageEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function watch(db: ComplaintDeskDatabase): ComplaintDeskDatabase {
  db.on('versionchange', () => {
    db.close();
    listeners.forEach((l) => l('replaced-by-newer-tab'));
    return false;
  });
  db.on('blocked', () => listeners.forEach((l) => l('upgrade-blocked')));
  return db;
}

let instance: ComplaintDeskDatabase | null = null;

export function database(): ComplaintDeskDatabase {
  instance ??= watch(new ComplaintDeskDatabase());
  return instance;
}

/** Swaps the database, e.g. for a fresh one per test. */
export function useDatabase(db: ComplaintDeskDatabase): void {
  instance = db;
}
