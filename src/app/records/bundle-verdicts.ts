import { latestLinks } from '../../engine/provenance';
import {
  KIND_OF,
  recordKey,
  sealedRecords,
  type RecordsBundle,
  type SourceState,
  type Verdict,
} from '../../engine/records-bundle';
import type { AttemptRecord } from '../../engine/records/attempt';
import type { QuizAttemptRecord } from '../../engine/records/certification';
import type { ProvenanceReason } from '../../engine/records/ledger';
import type { SealedKind } from '../../engine/ledger';
import { verifyTables, type ProfileVerification } from '../../storage/ledger';
import type { ListsResolver } from '../../engine/detect/lists-registry';
import { replayClaim, rescoreSitting, type CaseFinder } from './replay-claims';

/** How many records are weighed between two progress reports. */
const WEIGHED_EVERY = 100;

const SOURCE_REASON: Record<Exclude<SourceState, 'enrolled'>, ProvenanceReason> = {
  withdrawn: 'withdrawn-source',
  'unknown-source': 'unknown-source',
  'bad-signature': 'bad-signature',
  unsigned: 'unsigned',
};

/** A sealed record, as the chain's doubts about it are keyed: `${kind}:${id}`. */
export interface SealedRef {
  kind: SealedKind;
  profileId: string;
  id: string;
}

/**
 * Per record, what its person's verified chain says is wrong with it (by `${kind}:${id}`): changed
 * since its seal, never sealed, or every record of a person whose chain has a broken link. One
 * reading for a bundle's merge and a backup's restore.
 */
export function chainReasonsFrom(
  verdicts: readonly ProfileVerification[],
  records: readonly SealedRef[],
): Map<string, ProvenanceReason[]> {
  const reasons = new Map<string, ProvenanceReason[]>();
  const add = (kindAndId: string, reason: ProvenanceReason) =>
    reasons.set(kindAndId, [...(reasons.get(kindAndId) ?? []), reason]);
  for (const verdict of verdicts) {
    const broken = verdict.problems.some((p) => p.problem === 'broken-link');
    for (const problem of verdict.problems) {
      if (problem.problem === 'altered-record')
        add(`${problem.kind}:${problem.recordId}`, 'altered');
      if (problem.problem === 'unsealed-record')
        add(`${problem.kind}:${problem.recordId}`, 'unsealed');
    }
    if (broken) {
      for (const record of records) {
        if (record.profileId === verdict.profileId)
          add(`${record.kind}:${record.id}`, 'chain-broken');
      }
    }
  }
  return reasons;
}

/** Per record of the bundle, what its own chain says is wrong with it (by record key). */
function chainReasons(bundle: RecordsBundle): Map<string, ProvenanceReason[]> {
  return chainReasonsFrom(
    verifyTables({ ...bundle, profiles: bundle.profiles }),
    sealedRecords(bundle).map(({ table, record }) => ({
      kind: KIND_OF[table],
      profileId: record.profileId,
      id: record.id,
    })),
  );
}

/**
 * Weighs every record of a bundle as a claim. A call is replayed on its own case version and a
 * quiz sitting re-scored from its answers: a claim that does not hold is refused. Records that
 * cannot be replayed (observations, overrides, calls of an earlier scoring model) rest on their
 * signer, and a trainer's record also on the trainer role having been unlocked when it was sealed. Then a record counts (genuine) only
 * if the bundle was signed by an enrolled machine HR has not withdrawn and the record's chain verifies; otherwise it is
 * unverified, for HR to accept or not. A record another machine had merged keeps that machine's
 * doubts: only what was genuine there can be genuine here.
 */
export async function weighClaims(
  bundle: RecordsBundle,
  source: SourceState,
  findCase: CaseFinder,
  lists?: ListsResolver,
  onWeighed: (done: number, total: number) => void = () => {},
): Promise<Map<string, Verdict>> {
  const chain = chainReasons(bundle);
  const links = latestLinks(bundle.ledger);
  const verdicts = new Map<string, Verdict>();
  const records = sealedRecords(bundle);
  for (const [done, { table, record }] of records.entries()) {
    // Often enough for a moving count, rarely enough to cost nothing beside a replay.
    if (done % WEIGHED_EVERY === 0) onWeighed(done, records.length);
    if (table === 'awards') continue;
    const kindAndId = `${KIND_OF[table]}:${record.id}`;
    const link = links.get(kindAndId);
    const claimReasons: ProvenanceReason[] = [];
    const notes: ProvenanceReason[] = [];
    let derived = record;
    if (table === 'attempts') {
      const replay = await replayClaim(record as AttemptRecord, findCase, lists);
      if (!replay.ok)
        (replay.reason === 'replay-failed' ? claimReasons : notes).push(replay.reason);
      else {
        derived = replay.record;
        if (replay.differs) claimReasons.push('replay-differs');
      }
      // Its grades stand on the signer's word alone: said beside whatever it is found to be.
      if (replay.ok && replay.earlierModel) notes.push('earlier-model');
    } else if (table === 'quizAttempts') {
      const rescored = rescoreSitting(record as QuizAttemptRecord);
      if (!rescored.ok) notes.push(rescored.reason);
      else {
        derived = rescored.record;
        if (rescored.differs) claimReasons.push('rescored-quiz');
      }
    } else if (link?.provenance === undefined && !link?.roles?.includes('trainer')) {
      // Nothing here can re-derive a trainer's judgement: it stands on the trainer role alone.
      notes.push('no-trainer-role');
    }
    const doubts: ProvenanceReason[] = [
      ...(source === 'enrolled' ? [] : [SOURCE_REASON[source]]),
      ...notes.filter((n) => n !== 'earlier-model'),
      ...(chain.get(kindAndId) ?? []),
      ...(link?.provenance && link.provenance.status !== 'genuine'
        ? ['merged-elsewhere' as const, ...link.provenance.reasons]
        : []),
    ];
    const status =
      claimReasons.length > 0 ? 'refused' : doubts.length > 0 ? 'unverified' : 'genuine';
    const reasons = [...new Set([...claimReasons, ...doubts, ...notes])];
    verdicts.set(recordKey(table, record.id), { status, reasons, record: derived });
  }
  onWeighed(records.length, records.length);
  return verdicts;
}
