import { openingTranscript } from '../../engine/attempt-log';
import type { ReplyMode } from '../../engine/detect/typed-reply';
import { timedByDefault } from '../../engine/policies';
import { SCORING_MODEL_VERSION } from '../../engine/scoring/model-version';
import type { Scenario } from '../../engine/scenario-schema';
import { startAttempt, type StepWrite } from '../../storage/attempts';
import { StorageRuleError } from '../../storage/errors';
import type { AttemptRecord } from '../../engine/records/attempt';
import { customerOf } from './customer';
import { CallRefusedError, requireActingTrainee, requireCall } from './ownership';
import { scenarioHash } from './scenario-hash';

export interface CallOptions {
  /** Start a practice attempt from this turn of an earlier attempt, replaying the turns before it. */
  retryFrom?: { attempt: AttemptRecord; turn: number };
  /**
   * A certification run: replies shuffled with this stored seed, no learning aids, and it is never
   * a retry (a run always starts from the first turn).
   */
  certification?: { seed: number };
  /**
   * 'type': the trainee says every reply in their own words ("say it yourself"); 'choose' by
   * default. A retry keeps the mode of the call it branches from.
   */
  replyMode?: ReplyMode;
}

/**
 * The mode a new call starts in: the trainee's choice, except that a certification run is typed
 * whenever the current program has a level requiring typed runs (the run may count for it).
 */
async function replyModeOf(options: CallOptions): Promise<ReplyMode> {
  if (options.certification) {
    // The program and its schema are downloaded only for a certification run: a practice call's
    // first load does without them.
    const [{ requiresTypedRuns }, { currentProgram }] = await Promise.all([
      import('../../engine/certification/program'),
      import('../../storage/certification'),
    ]);
    if (requiresTypedRuns(await currentProgram())) return 'type';
  }
  return options.replyMode ?? 'choose';
}

/** Opens a new call on a case: a fresh one, a certification run, or practice from a turn. */
export async function beginCall(
  profileId: string,
  scenario: Scenario,
  options: CallOptions = {},
): Promise<AttemptRecord> {
  const retry = options.retryFrom;
  if (retry && options.certification) {
    throw new StorageRuleError('attempt-closed', 'a certification run cannot start from a turn');
  }
  await requireActingTrainee(profileId);
  const hash = await scenarioHash(scenario);
  let prefix: StepWrite[] = [];
  // The branch is replayed from the call as stored, and only from one of this trainee's own.
  const parent = retry ? await requireCall(retry.attempt.id, 'retry') : null;
  if (retry && parent) {
    if (parent.profileId !== profileId) throw new CallRefusedError(parent.id, 'retry');
    if (parent.contentHash !== hash) {
      throw new StorageRuleError(
        'attempt-closed',
        'the case has changed since that call; start it afresh',
      );
    }
    // Only a retry replays earlier turns, with the typed-turn re-deriver and its phrase lists.
    const [{ recordedReplies }, { replayedWrites }, { keptListsResolver }] = await Promise.all([
      import('../../engine/typed-turn'),
      import('./step-write'),
      import('../organisation-lists/organisation-lists'),
    ]);
    prefix = replayedWrites(
      scenario,
      recordedReplies(parent).slice(0, Math.max(0, retry.turn - 1)),
      // Typed turns re-derive with the lists they name: released, or an organisation's kept here.
      { certification: parent.certification !== null, lists: await keptListsResolver() },
    );
  }
  return startAttempt(
    {
      profileId,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      contentHash: hash,
      scoringModel: SCORING_MODEL_VERSION,
      scenarioTitle: scenario.title,
      opening: openingTranscript(scenario),
      practice: retry !== undefined,
      timed: parent?.timed ?? timedByDefault(scenario),
      certification: options.certification ?? null,
      parentAttemptId: parent?.id ?? null,
      branchedAtTurn: retry?.turn ?? null,
      customer: customerOf(scenario),
      replyMode: parent?.replyMode ?? (await replyModeOf(options)),
    },
    prefix,
  );
}
