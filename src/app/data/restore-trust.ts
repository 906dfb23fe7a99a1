import { awardStands } from '../../engine/certification/award-stands';
import { DEFAULT_PROGRAM, parseProgram } from '../../engine/certification/program';
import type { ScenarioFacts } from '../../engine/certification/evaluate';
import { contentHash } from '../../engine/content-hash';
import { isDemoId } from '../../engine/demo-ids';
import type { ListsResolver } from '../../engine/detect/lists-registry';
import { withStandingTotals } from '../../engine/grade-override';
import type { SealedKind } from '../../engine/ledger';
import { uncountedIds } from '../../engine/provenance';
import type { Provenance, ProvenanceReason } from '../../engine/records/ledger';
import type { Backup } from '../../storage/backup-schema';
import type { ProfileVerification } from '../../storage/ledger';
import type { CustomScenarioRecord, ProgramRecord } from '../../storage/records';
import { KIND_OF, MERGED_TABLES } from '../../engine/records-bundle';
import { chainReasonsFrom, type SealedRef } from '../records/bundle-verdicts';
import { caseFinder, replayClaim, rescoreSitting } from '../records/replay-claims';

/** A restored record that counts toward nothing, and the provenance its new seal says so with. */
export interface RestoreDoubt {
  kind: SealedKind;
  profileId: string;
  recordId: string;
  provenance: Provenance;
}

/** What a restore will not take at the file's word. */
export interface RestoreTrust {
  /** Records restored, then sealed again as unverified (their chain) or refused (their claim). */
  doubts: RestoreDoubt[];
  /** Certificates of the file that the records counting after the restore do not support. */
  droppedAwardIds: string[];
}

/** What the trust check needs from this machine. */
export interface RestoreContext {
  /** Case versions kept here (imported or merged), for replaying calls played on them. */
  importedCases: readonly CustomScenarioRecord[];
  lists: ListsResolver;
  /** Every case a certification run can be taken on here, with its difficulty. */
  scenarios: readonly ScenarioFacts[];
  /** The certification programs saved here; the file's own are read first. */
  programs: readonly ProgramRecord[];
}

const doubt = (
  kind: SealedKind,
  profileId: string,
  recordId: string,
  status: 'unverified' | 'refused',
  reasons: ProvenanceReason[],
): RestoreDoubt => ({
  kind,
  profileId,
  recordId,
  provenance: { status, source: null, reasons, review: null },
});

/**
 * Weighs a checked backup before it is restored, as a merge weighs a bundle, because a backup is
 * a file anyone can edit and its chain has no secret in it (it can be rebuilt after an edit):
 * - a record its chain flags (altered, unsealed, or after a broken link) is unverified;
 * - every finished call is replayed on its own case version (released, kept in the file, or kept
 *   here) and every quiz sitting re-scored: a score its replies or answers do not give is refused,
 *   a call whose case version is nowhere is unverified;
 * - a trainer's observation or regrade in a trainee's own backup is unverified (nothing can
 *   re-derive it, and no machine signed it);
 * - a certificate is kept only if it stands on what counts after that (see awardStands).
 * Unverified records wait for HR under "Records to review", as merged ones do. The demo
 * organisation's made-up rows are left as they are: they are not anyone's record.
 */
export async function weighBackup(
  backup: Backup,
  verification: readonly ProfileVerification[],
  context: RestoreContext,
): Promise<RestoreTrust> {
  const { tables } = backup;
  const real = <T extends { profileId: string }>(rows: readonly T[]) =>
    rows.filter((r) => !isDemoId(r.profileId));
  const doubts = new Map<string, RestoreDoubt>();
  const add = (d: RestoreDoubt) => {
    const key = `${d.kind}:${d.recordId}`;
    const held = doubts.get(key);
    if (!held) return doubts.set(key, d);
    // A refused claim outweighs a doubt about its seal; both reasons are kept.
    const refused = [held, d].some((x) => x.provenance.status === 'refused');
    doubts.set(key, {
      ...held,
      provenance: {
        ...held.provenance,
        status: refused ? 'refused' : 'unverified',
        reasons: [...new Set([...held.provenance.reasons, ...d.provenance.reasons])],
      },
    });
  };

  const sealed: SealedRef[] = MERGED_TABLES.flatMap((table) =>
    real<{ id: string; profileId: string }>(tables[table]).map((r) => ({
      kind: KIND_OF[table],
      profileId: r.profileId,
      id: r.id,
    })),
  );
  // What each person's chain says, read as a merge reads a bundle's; certificates are weighed below.
  const byKey = new Map(sealed.map((r) => [`${r.kind}:${r.id}`, r]));
  const chain = chainReasonsFrom(
    verification.filter((v) => !isDemoId(v.profileId)),
    sealed,
  );
  for (const [key, reasons] of chain) {
    const record = byKey.get(key);
    if (record) add(doubt(record.kind, record.profileId, record.id, 'unverified', reasons));
  }

  // The file's case versions count only for the content they really have.
  const carried = await Promise.all(
    [...tables.caseVersions, ...tables.scenarios].map(async (c) => ({
      pack: { contentHash: c.contentHash, scenario: c.scenario },
      hash: await contentHash(c.scenario),
    })),
  );
  const findCase = caseFinder(carried, context.importedCases);
  for (const call of real(tables.attempts)) {
    if (call.status !== 'finished') continue;
    const replay = await replayClaim(call, findCase, context.lists);
    if (!replay.ok) {
      add(
        doubt(
          'attempt',
          call.profileId,
          call.id,
          replay.reason === 'replay-failed' ? 'refused' : 'unverified',
          [replay.reason],
        ),
      );
    } else if (replay.differs) {
      add(doubt('attempt', call.profileId, call.id, 'refused', ['replay-differs']));
    }
  }
  // A trainer's observation or regrade cannot be re-derived: in a merge it rests on the signing
  // machine, and a trainee's own backup has no signer, so HR reviews it before it counts. (HR's
  // whole-machine backup, which only HR can take, keeps them as they were.)
  if (backup.scope.kind === 'profile') {
    for (const o of real(tables.observations))
      add(doubt('observation', o.profileId, o.id, 'unverified', ['unsigned']));
    for (const o of real(tables.overrides))
      add(doubt('override', o.profileId, o.id, 'unverified', ['unsigned']));
  }
  for (const sitting of real(tables.quizAttempts)) {
    const rescored = rescoreSitting(sitting);
    if (rescored.ok && rescored.differs)
      add(doubt('quiz', sitting.profileId, sitting.id, 'refused', ['rescored-quiz']));
  }

  // What counts after the restore: not what the file's own seals or these doubts rule out.
  const uncounted = new Set([
    ...uncountedIds(tables.ledger),
    ...[...doubts.values()].map((d) => d.recordId),
  ]);
  const counts = <T extends { id: string }>(rows: readonly T[]) =>
    rows.filter((r) => !uncounted.has(r.id));
  // This machine's programs win over a file's of the same version, and version 1 is the default.
  const programs = new Map(
    [...tables.programs, ...context.programs].map((p) => [p.version, parseProgram(p.program)]),
  );
  programs.set(DEFAULT_PROGRAM.version, DEFAULT_PROGRAM);
  const byPerson = <T extends { id: string; profileId: string }>(rows: readonly T[]) => {
    const groups = new Map<string, T[]>();
    for (const row of counts(real(rows))) {
      const group = groups.get(row.profileId);
      if (group) group.push(row);
      else groups.set(row.profileId, [row]);
    }
    return (profileId: string): T[] => groups.get(profileId) ?? [];
  };
  const callsOf = byPerson(tables.attempts);
  const overridesOf = byPerson(tables.overrides);
  const quizzesOf = byPerson(tables.quizAttempts);
  const observationsOf = byPerson(tables.observations);
  const droppedAwardIds: string[] = [];
  for (const award of real(tables.awards)) {
    const stands = awardStands(
      award,
      programs.get(award.programVersion) ?? null,
      {
        runs: withStandingTotals(callsOf(award.profileId), overridesOf(award.profileId)),
        quizzes: quizzesOf(award.profileId),
        observations: observationsOf(award.profileId),
      },
      context.scenarios,
    );
    if (!stands) droppedAwardIds.push(award.id);
  }
  return { doubts: [...doubts.values()], droppedAwardIds };
}
