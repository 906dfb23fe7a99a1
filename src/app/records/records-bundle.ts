import { isDemoId } from '../../engine/demo-ids';
import type { ScenarioFacts } from '../../engine/certification/evaluate';
import {
  planMerge,
  RECORDS_BUNDLE_FORMAT,
  type BundlePack,
  type MergePlan,
} from '../../engine/records-bundle';
import type { MachineRef, Provenance } from '../../engine/records/ledger';
import { signBody } from '../../engine/signing';
import { tooLargeProblem } from '../../engine/validation/limits';
import { problem, type Problem } from '../../engine/validation/problem';
import { listMachines } from '../../storage/machines';
import { listOrganisationLists } from '../../storage/organisation-lists';
import {
  applyMergePlan as writeMergePlan,
  BUNDLE_LIMIT_BYTES,
  listImportedCases,
  MERGE_MARKS,
  readBundleRows,
  readLocalRecords,
  type MergedCounts,
  type MergeWriteProgress,
} from '../../storage/records-bundle';
import { refreshCertification } from '../certification/refresh-certification';
import { checkInWorker, recordsCheckBudgetMs, type WorkerCheck } from '../input/check-in-worker';
import { stoppedProblem } from '../input/stopped-problem';
import { installationKey } from './installation-key';
import {
  readBundle,
  type BundleProgress,
  type BundleRead,
  type BundleReadRequest,
} from './read-bundle';
import { errorMessage } from '../../engine/error-message';

export { BUNDLE_LIMIT_BYTES, MERGE_MARKS };
export type { BundleProgress, MergedCounts };

const notDemo = <T extends { profileId: string }>(rows: readonly T[]) =>
  rows.filter((r) => !isDemoId(r.profileId));

/**
 * This machine's people and records, with their chains and the imported case versions their
 * calls were played on, signed with the installation's key. The records are read in one
 * transaction and signed after it, so signing never holds a transaction open. Certificates stay:
 * the receiving machine re-derives them from the evidence. The demo organization stays too.
 */
export async function exportRecordsBundle(): Promise<Blob> {
  const rows = await readBundleRows();
  const attempts = notDemo(rows.attempts);
  const hashes = new Set(attempts.map((a) => `${a.scenarioId}/${a.contentHash}`));
  const packs: BundlePack[] = rows.caseVersions
    .filter((c) => hashes.has(`${c.id}/${c.contentHash}`))
    .map((c) => ({ contentHash: c.contentHash, scenario: c.scenario }));
  // The organisation lists the calls' typed turns name travel too, so the merge can re-derive them.
  const named = new Set(
    attempts.flatMap((a) => a.turns.flatMap((t) => (t.typed ? [t.typed.listsVersion] : []))),
  );
  const organisationLists = rows.organisationLists.filter((o) =>
    [...named].some((version) => version.endsWith(`+${o.id}.${o.version}`)),
  );
  const key = await installationKey();
  const body: Record<string, unknown> = {
    format: RECORDS_BUNDLE_FORMAT,
    formatVersion: 2,
    schemaVersion: rows.schemaVersion,
    exportedAt: Date.now(),
    source: { fingerprint: key.fingerprint, publicKey: key.publicKey },
    profiles: rows.profiles.filter((p) => !isDemoId(p.id)),
    attempts,
    observations: notDemo(rows.observations),
    overrides: notDemo(rows.overrides),
    quizAttempts: notDemo(rows.quizAttempts),
    ledger: notDemo(rows.ledger),
    packs,
    organisationLists,
  };
  const signature = await signBody(key.privateKey, body);
  return new Blob([JSON.stringify({ ...body, signature })], { type: 'application/json' });
}

export type BundleCheck = { ok: true; plan: MergePlan } | { ok: false; problems: Problem[] };

const bundleCheck = (
  budgetMs: number,
): WorkerCheck<BundleReadRequest, BundleRead, BundleProgress> => ({
  start: () => new Worker(new URL('./bundle-check.worker.ts', import.meta.url), { type: 'module' }),
  inPlace: readBundle,
  budgetMs,
  stopped: (why, detail) => ({
    ok: false,
    problems: [problem('$', stoppedProblem(why, detail, budgetMs, 'merged'))],
  }),
});

/**
 * Reads and checks a bundle completely, then weighs it as claims: its signature against the
 * machines HR enrolled, each chain, each call replayed and each sitting re-scored — all in a
 * worker with a time budget, so a hostile bundle never freezes the page. Plans the merge against
 * this machine's records; nothing is written. `onProgress` hears each step and the records weighed
 * so far. It always ends in a plan or in problems: a file that cannot be read, a worker that
 * fails or a database that refuses is a problem saying so, never a check left running.
 */
export async function checkRecordsBundle(
  file: Blob,
  onProgress: (progress: BundleProgress) => void = () => {},
): Promise<BundleCheck> {
  performance.mark(MERGE_MARKS.checkStart);
  if (file.size > BUNDLE_LIMIT_BYTES) {
    return { ok: false, problems: [tooLargeProblem(file.size, BUNDLE_LIMIT_BYTES)] };
  }
  const check = bundleCheck(recordsCheckBudgetMs(file.size));
  try {
    onProgress({ step: 'reading' });
    const [bytes, enrolled, importedCases, organisationLists] = await Promise.all([
      file.arrayBuffer(),
      listMachines(),
      listImportedCases(),
      listOrganisationLists(),
    ]);
    const read = await checkInWorker(
      check,
      { bytes, enrolled, importedCases, organisationLists },
      [bytes],
      onProgress,
    );
    if (!read.ok) return read;
    onProgress({ step: 'planning' });
    const plan = planMerge(
      read.bundle,
      await readLocalRecords(read.bundle),
      read.verdicts,
      read.source,
      read.playedPacks,
    );
    performance.mark(MERGE_MARKS.checkEnd);
    return { ok: true, plan };
  } catch (error) {
    const detail = errorMessage(error);
    return {
      ok: false,
      problems: [problem('$', stoppedProblem('failed', detail, check.budgetMs, 'merged'))],
    };
  }
}

/** HR accepting, at merge time, the records that could not be verified: who and why. */
export interface Acceptance {
  by: string;
  why: string;
}

/**
 * How far applying a plan has come: the transaction's rows chunk by chunk, then its seals and
 * roster rows; once it has committed (`written` records merged), the certificates of the people
 * who gained records, re-derived one person after another.
 */
export type MergeProgress =
  MergeWriteProgress | { step: 'certificates'; done: number; total: number; written: number };

/** What a merge did: the records written by kind, and the certificates re-derived after it. */
export interface MergeOutcome {
  written: number;
  merged: MergedCounts;
  /** People whose certificates were re-derived from the evidence that now counts here. */
  certified: number;
  /**
   * People whose re-derivation failed after the records were committed, with why: the records
   * stay merged, and the certificates are re-derived when the person's certification is next opened.
   */
  notCertified: { profileIds: string[]; message: string } | null;
}

/**
 * Writes the plan in one transaction, every record sealed here with its provenance (unverified
 * ones accepted if HR said so), then re-derives the certificates of everyone who gained records
 * from the evidence that counts on this machine. `onProgress` hears the transaction's chunks and
 * then each person's certificates. A failed write throws and has written nothing; a certificate
 * that fails after the commit does not undo the merge, and the outcome names who is left.
 */
export async function applyMergePlan(
  plan: MergePlan,
  scenarios: readonly ScenarioFacts[],
  acceptance?: Acceptance,
  now = Date.now(),
  onProgress: (progress: MergeProgress) => void = () => {},
): Promise<MergeOutcome> {
  const accept = (p: Provenance): Provenance =>
    acceptance && p.status === 'unverified'
      ? {
          ...p,
          status: 'accepted',
          review: { decision: 'accepted', by: acceptance.by, at: now, why: acceptance.why },
        }
      : p;
  const { written, merged, profileIds } = await writeMergePlan(plan, accept, onProgress);
  const left: string[] = [];
  let message = '';
  for (const [i, profileId] of profileIds.entries()) {
    onProgress({ step: 'certificates', done: i, total: profileIds.length, written });
    try {
      await refreshCertification(profileId, scenarios, now);
    } catch (error) {
      left.push(profileId);
      message = errorMessage(error);
    }
  }
  if (profileIds.length > 0) {
    const total = profileIds.length;
    onProgress({ step: 'certificates', done: total, total, written });
  }
  return {
    written,
    merged,
    certified: profileIds.length - left.length,
    notCertified: left.length ? { profileIds: left, message } : null,
  };
}

export type { MachineRef };
