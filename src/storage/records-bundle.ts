import { emptySummary, foldAttempt } from '../engine/profile-summary';
import {
  BUNDLE_TABLES,
  RECORDS_BUNDLE_FORMAT,
  planMerge,
  recordsBundleSchema,
  sealedRecords,
  type BundleTable,
  type MergePlan,
  type RecordsBundle,
  type TamperCheck,
} from '../engine/records-bundle';
import { tooLargeProblem } from '../engine/validation/limits';
import { parseChecked } from '../engine/validation/parse-checked';
import type { Problem } from '../engine/validation/problem';
import { database } from './database';
import { verifyTables } from './ledger';
import type { AttemptRecord } from './records';

/** Bundles larger than this are refused before reading: 50,000 calls take about a fifth of it. */
export const BUNDLE_LIMIT_BYTES = 150 * 1024 * 1024;

/** Performance marks around the parts of a merge that do work (not the wait for HR's click). */
export const MERGE_MARKS = {
  checkStart: 'complaint-desk:merge-check-start',
  checkEnd: 'complaint-desk:merge-check-end',
  applyStart: 'complaint-desk:merge-apply-start',
  applyEnd: 'complaint-desk:merge-apply-end',
} as const;

/** This machine's people and their records, with the ledger entries that seal them. */
export async function exportRecordsBundle(): Promise<Blob> {
  const db = database();
  const tables = [
    db.profiles,
    db.attempts,
    db.awards,
    db.observations,
    db.overrides,
    db.quizAttempts,
    db.ledger,
  ];
  const bundle = await db.transaction('r', tables, async () => ({
    format: RECORDS_BUNDLE_FORMAT,
    formatVersion: 1,
    schemaVersion: db.verno,
    exportedAt: Date.now(),
    profiles: await db.profiles.toArray(),
    attempts: await db.attempts.toArray(),
    awards: await db.awards.toArray(),
    observations: await db.observations.toArray(),
    overrides: await db.overrides.toArray(),
    quizAttempts: await db.quizAttempts.toArray(),
    ledger: await db.ledger.toArray(),
  }));
  return new Blob([JSON.stringify(bundle)], { type: 'application/json' });
}

/**
 * The hash-chain ledger's own verification over a bundle: a record is flagged when it differs from
 * what its seal says, and every record of a person whose chain was edited, cut or reordered is
 * flagged too, since none of that chain can be trusted. Unsealed records (older than sealing, or
 * calls still open) are not flagged here; Your data lists them.
 */
export const ledgerTamperCheck: TamperCheck = (ledger, records) => {
  const of = <T extends BundleTable>(table: T) =>
    records.flatMap((r) => (r.table === table ? [r.record as RecordsBundle[T][number]] : []));
  const verdicts = verifyTables({
    profiles: [],
    attempts: of('attempts'),
    ledger,
    observations: of('observations'),
    awards: of('awards'),
    overrides: of('overrides'),
    quizAttempts: of('quizAttempts'),
  });
  const flagged = new Set<string>();
  for (const verdict of verdicts) {
    for (const problem of verdict.problems) {
      if (problem.problem === 'altered-record') flagged.add(problem.recordId);
      if (problem.problem === 'broken-link') {
        for (const link of ledger)
          if (link.profileId === verdict.profileId) flagged.add(link.recordId);
      }
    }
  }
  return Promise.resolve(flagged);
};

export type BundleCheck = { ok: true; plan: MergePlan } | { ok: false; problems: Problem[] };

/**
 * Reads and checks a bundle completely, runs the tamper check, and plans the merge against this
 * machine's records; nothing is written. `tamperCheck` is the seam for the ledger's verification.
 */
export async function checkRecordsBundle(
  file: Blob,
  tamperCheck: TamperCheck = ledgerTamperCheck,
): Promise<BundleCheck> {
  performance.mark(MERGE_MARKS.checkStart);
  if (file.size > BUNDLE_LIMIT_BYTES) {
    return { ok: false, problems: [tooLargeProblem(file.size, BUNDLE_LIMIT_BYTES)] };
  }
  const result = parseChecked(await file.text(), recordsBundleSchema);
  if (!result.ok) return result;
  const bundle = result.value;
  const flagged = await tamperCheck(bundle.ledger, sealedRecords(bundle));
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
  const plan = planMerge(
    bundle,
    {
      profileByEmployeeId: new Map(profiles.map((p) => [p.employeeId, p.id])),
      profileIds: new Set(profiles.map((p) => p.id)),
      existing,
    },
    flagged,
  );
  performance.mark(MERGE_MARKS.checkEnd);
  return { ok: true, plan };
}

/**
 * Writes a merge plan in one transaction: new people, new records, and the summary rows of
 * everyone who gained a finished call. Rows that arrived here since the plan was made are skipped
 * rather than overwritten, so applying never changes a record already on this machine.
 */
export async function applyMergePlan(plan: MergePlan): Promise<number> {
  performance.mark(MERGE_MARKS.applyStart);
  const db = database();
  const tables = [db.profiles, db.profileSummaries, ...BUNDLE_TABLES.map((t) => db.table(t))];
  const written = await db.transaction('rw', tables, async () => {
    const takenIds = new Set(
      (await db.profiles.bulkGet(plan.newProfiles.map((p) => p.id))).flatMap((p) =>
        p ? [p.id] : [],
      ),
    );
    const profiles = plan.newProfiles.filter((p) => !takenIds.has(p.id));
    await db.profiles.bulkAdd(profiles);
    let count = profiles.length;
    for (const table of BUNDLE_TABLES) {
      const rows = plan.added[table];
      const here = await db.table(table).bulkGet(rows.map((r) => r.id));
      const fresh = rows.filter((_, i) => here[i] === undefined);
      await db.table(table).bulkAdd(fresh);
      count += fresh.length;
      if (table === 'attempts') await countIntoSummaries(fresh as AttemptRecord[]);
    }
    return count;
  });
  performance.mark(MERGE_MARKS.applyEnd);
  return written;
}

async function countIntoSummaries(attempts: readonly AttemptRecord[]): Promise<void> {
  const db = database();
  const byProfile = new Map<string, AttemptRecord[]>();
  for (const a of attempts) {
    if (a.status === 'finished')
      byProfile.set(a.profileId, [...(byProfile.get(a.profileId) ?? []), a]);
  }
  const ids = [...byProfile.keys()];
  const current = await db.profileSummaries.bulkGet(ids);
  await db.profileSummaries.bulkPut(
    ids.map((id, i) => byProfile.get(id)!.reduce(foldAttempt, current[i] ?? emptySummary(id))),
  );
}
