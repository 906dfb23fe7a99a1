import type { TurnRecord } from '../../engine/attempt-log';
import { reply, type CallSnapshot } from '../../engine/conversation';
import type { TypedReply } from '../../engine/detect/typed-reply';
import type { Scenario } from '../../engine/scenario-schema';
import { callReport, type CallReport } from '../../engine/xapi/call-report';
import { stepStatements } from '../../engine/xapi/statements';
import { prepareStep, type StepWrite } from '../../storage/attempts';
import type { AttemptRecord } from '../../engine/records/attempt';
import { recordStepWithStatements, type StatementLearner } from '../../storage/step-statements';
import { requireCall } from './ownership';
import { stepWrite } from './reply-step-write';

type StepListener = (attempt: AttemptRecord, turn: TurnRecord, scenario: Scenario) => void;
const stepListeners = new Set<StepListener>();

/** Lets an LMS runtime report each reply once it is durable. */
export function onStepRecorded(listener: StepListener): () => void {
  stepListeners.add(listener);
  return () => stepListeners.delete(listener);
}

/**
 * The trainee's reply (or "@timeout"). The call's machine computes the next state — routing and
 * grading the reply, once — then the step and its xAPI statements are committed in one
 * transaction, and only then is the new state returned for the screen to show: a line on screen
 * means the reply behind it is on record. Only the trainee whose call it is may reply in it.
 * A typed reply (see prepareTypedReply) comes with the reply it was matched to as `choiceId`; it is
 * committed the same way, its words and detected behaviours in the turn.
 */
export async function recordReply(
  attempt: AttemptRecord,
  scenario: Scenario,
  call: CallSnapshot,
  choiceId: string,
  typed?: TypedReply,
): Promise<{ attempt: AttemptRecord; call: CallSnapshot }> {
  let next: CallSnapshot;
  try {
    next = reply(scenario, call, choiceId, typed);
  } catch (error) {
    // A refusal is told before a reply the call does not offer.
    await requireCall(attempt.id, 'continue', attempt.profileId);
    throw error;
  }
  const write = stepWrite(scenario, next, attempt.cueSpot);
  // Worked out before the transaction opens, on the call as this screen holds it; inside, the
  // transaction reads the call as stored (with this tab's right to reply in it) and applies the
  // reply again only if the two differ.
  const report = write.ending ? callReport(scenario, next.context.turns) : undefined;
  const step = await prepareStep(attempt, attempt.choices.length, write);
  const recorded = await recordStepWithStatements(
    step,
    () => requireCall(attempt.id, 'continue', attempt.profileId),
    (updated, learner) => statementsOf(scenario, updated, learner, write, report),
  );
  for (const listener of stepListeners) listener(recorded, write.turn, scenario);
  return { attempt: recorded, call: next };
}

function statementsOf(
  scenario: Scenario,
  updated: AttemptRecord,
  learner: StatementLearner,
  write: StepWrite,
  report: CallReport | undefined,
) {
  const at = updated.updatedAt;
  return stepStatements(
    {
      scenario,
      learner,
      attempt: {
        attemptId: updated.id,
        startedAt: updated.startedAt,
        practice: updated.practice,
        contentHash: updated.contentHash,
        ...(updated.replyMode ? { replyMode: updated.replyMode } : {}),
      },
      newId: () => crypto.randomUUID(),
    },
    {
      // A retried attempt starts recording after the replayed turns before its branch point.
      first: updated.choices.length - 1 === Math.max(0, (updated.branchedAtTurn ?? 1) - 1),
      decision: write.turn,
      at,
      ending:
        write.ending && updated.score
          ? {
              endingId: write.ending.endingId,
              outcome: write.ending.outcome,
              score: updated.score,
              finishedAt: updated.finishedAt ?? at,
              ...(report ? { report } : {}),
            }
          : null,
    },
  );
}
