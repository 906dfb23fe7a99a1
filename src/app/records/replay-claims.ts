import { openingTranscript } from '../../engine/attempt-log';
import { canonicalJson, contentHash } from '../../engine/content-hash';
import { isKeyCue } from '../../engine/cue-moment';
import { gradeSitting } from '../../engine/certification/quiz-sitting';
import type { ListsResolver } from '../../engine/detect/lists-registry';
import type { AttemptRecord } from '../../engine/records/attempt';
import type { QuizAttemptRecord } from '../../engine/records/certification';
import type { BundlePack } from '../../engine/records-bundle';
import type { Scenario } from '../../engine/scenario-schema';
import { SCORING_MODEL_VERSION } from '../../engine/scoring/model-version';
import { scoreAttempt } from '../../engine/scoring/score-attempt';
import { recordedReplies } from '../../engine/typed-turn';
import { QUIZ_BANK } from '../../quiz/bank';
import type { CustomScenarioRecord } from '../../storage/records';
import { customerOf } from '../calls/customer';
import { replayedWrites } from '../calls/step-write';
import { scenarioVersion } from '../library/scenario-version';

/** Finds the exact case version a call was played on: released, carried in the bundle, or imported here. */
export type CaseFinder = (id: string, hash: string) => Promise<Scenario | undefined>;

/** A bundle's pack with the hash of its content as computed here, never the one it claims. */
export interface HashedPack {
  pack: BundlePack;
  hash: string;
}

/** Hashes each of a bundle's packs once, for the replay and for what the merge keeps. */
export function hashedPacks(packs: readonly BundlePack[]): Promise<HashedPack[]> {
  return Promise.all(packs.map(async (pack) => ({ pack, hash: await contentHash(pack.scenario) })));
}

export function caseFinder(
  packs: readonly HashedPack[],
  importedHere: readonly CustomScenarioRecord[],
): CaseFinder {
  const cache = new Map<string, Promise<Scenario | undefined>>();
  const find = async (id: string, hash: string) => {
    const released = await scenarioVersion(id, hash);
    if (released) return released;
    const carried = packs.find((p) => p.pack.scenario.id === id && p.hash === hash);
    if (carried) return carried.pack.scenario;
    const imported = importedHere.find((c) => c.id === id && c.contentHash === hash);
    return imported?.scenario;
  };
  return (id, hash) => {
    const key = `${id}/${hash}`;
    if (!cache.has(key)) cache.set(key, find(id, hash));
    return cache.get(key)!;
  };
}

/** What a call's replies, replayed, decide about it; everything else it carries is context. */
const DERIVED = [
  'scenarioVersion',
  'scenarioTitle',
  'status',
  'transcript',
  'turns',
  'endingId',
  'outcome',
  'endingSummary',
  'score',
  'expertPath',
  'cueSpot',
  'customer',
] as const;

const derivedPart = (attempt: AttemptRecord) =>
  canonicalJson(Object.fromEntries(DERIVED.map((f) => [f, attempt[f]])));

export type AttemptClaim =
  | { ok: true; record: AttemptRecord; differs: boolean; earlierModel: boolean }
  /** No released, bundled or imported version of the case has the call's content hash. */
  | { ok: false; reason: 'case-unavailable' }
  /** A recorded reply is not one the case offers at that point. */
  | { ok: false; reason: 'replay-failed' };

/**
 * Replays a recorded call against its own case version and rebuilds everything the replies
 * decide: transcript, turn grades, ending, and the score (with the key cue the trainee marked).
 * A call graded by an earlier scoring model keeps the grades it was given — those rules no longer
 * run — but its replies must still play to the ending it claims. A reply the case does not offer
 * fails the claim; a case version nobody here has leaves it resting on its signer.
 */
export async function replayClaim(
  claim: AttemptRecord,
  findCase: CaseFinder,
  lists?: ListsResolver,
): Promise<AttemptClaim> {
  const scenario = await findCase(claim.scenarioId, claim.contentHash);
  if (!scenario) return { ok: false, reason: 'case-unavailable' };
  let writes;
  try {
    // Typed turns are re-derived from their words: one whose recorded behaviours or match its
    // words do not give (or whose phrase lists are unknown here) fails the claim.
    writes = replayedWrites(scenario, recordedReplies(claim), {
      certification: claim.certification !== null,
      lists,
    });
  } catch {
    return { ok: false, reason: 'replay-failed' };
  }
  const ending = writes.at(-1)?.ending;
  const transcript = [...openingTranscript(scenario), ...writes.flatMap((w) => w.transcript)];
  const turns = writes.map((w) => w.turn);
  const cueSpot = claim.cueSpot && {
    ...claim.cueSpot,
    correct: isKeyCue(transcript, claim.cueSpot.entry),
  };
  const earlierModel = claim.scoringModel !== SCORING_MODEL_VERSION;
  const score = ending
    ? scoreAttempt(turns, ending.outcome, cueSpot ? { cueSpotted: cueSpot.correct } : {})
    : null;
  const replayed: AttemptRecord = {
    ...claim,
    scenarioVersion: scenario.version,
    scenarioTitle: scenario.title,
    status: ending ? 'finished' : claim.status === 'finished' ? 'abandoned' : claim.status,
    transcript,
    turns,
    endingId: ending?.endingId ?? null,
    outcome: ending?.outcome ?? null,
    endingSummary: ending?.summary ?? null,
    score,
    expertPath: ending?.expertPath ?? null,
    cueSpot,
    customer: claim.customer === null ? null : customerOf(scenario),
  };
  if (earlierModel) {
    // Only what today's code can still decide is compared: the path and where it ended.
    const sameRoad =
      replayed.status === claim.status &&
      replayed.endingId === claim.endingId &&
      replayed.outcome === claim.outcome;
    return { ok: true, record: claim, differs: !sameRoad, earlierModel };
  }
  return {
    ok: true,
    record: replayed,
    differs: derivedPart(replayed) !== derivedPart(claim),
    earlierModel,
  };
}

export type QuizClaim =
  | { ok: true; record: QuizAttemptRecord; differs: boolean }
  /** An item this machine's bank no longer has: the sitting rests on its signer. */
  | { ok: false; reason: 'case-unavailable' };

/** Re-scores a quiz sitting from its answers against the bank. */
export function rescoreSitting(claim: QuizAttemptRecord): QuizClaim {
  const items = claim.itemIds.map((id) => QUIZ_BANK.find((item) => item.id === id));
  if (items.some((item) => item === undefined) || items.length === 0) {
    return { ok: false, reason: 'case-unavailable' };
  }
  const result = gradeSitting(
    items.map((item) => item!),
    claim.answers,
  );
  const record = { ...claim, correct: result.correct, total: result.total, score: result.score };
  return {
    ok: true,
    record,
    differs:
      record.correct !== claim.correct ||
      record.total !== claim.total ||
      record.score !== claim.score,
  };
}
