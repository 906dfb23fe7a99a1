import type { TurnRecord } from '../engine/attempt-log';
import type { Scenario } from '../engine/scenario-schema';
import { stepStatements } from '../engine/xapi/statements';
import { recordStep, STEP_COMMITTED_MARK, stepTables, type StepWrite } from './attempts';
import { database } from './database';
import { getLrsSettings, statementsWanted } from './lms-settings';
import { notifyStatementsQueued, queueStatements } from './outbox';
import type { AttemptRecord } from './records';

type StepListener = (attempt: AttemptRecord, turn: TurnRecord) => void;
const stepListeners = new Set<StepListener>();

/** Lets an LMS runtime report each reply once it is durable. */
export function onStepRecorded(listener: StepListener): () => void {
  stepListeners.add(listener);
  return () => stepListeners.delete(listener);
}

/**
 * Records one reply and, in the same transaction, queues the xAPI statements describing it: a step
 * is never stored without its statements, nor a statement without its step.
 */
export async function recordStepAndStatements(
  attempt: AttemptRecord,
  scenario: Scenario,
  write: StepWrite,
): Promise<AttemptRecord> {
  const db = database();
  const index = attempt.choices.length;
  const tables = [...stepTables(db), db.outbox, db.settings, db.profiles];
  const recorded = await db.transaction('rw', tables, async () => {
    const updated = await recordStep(attempt.id, index, write);
    if (!(await statementsWanted())) return updated;
    const [settings, profile] = await Promise.all([
      getLrsSettings(),
      db.profiles.get(updated.profileId),
    ]);
    const at = updated.updatedAt;
    const statements = stepStatements(
      {
        scenario,
        learner: {
          name: profile?.name ?? updated.profileId,
          employeeId: profile?.employeeId ?? updated.profileId,
          homePage: settings.homePage,
        },
        attempt: {
          attemptId: updated.id,
          startedAt: updated.startedAt,
          practice: updated.practice,
          contentHash: updated.contentHash,
        },
        newId: () => crypto.randomUUID(),
      },
      {
        // A retried attempt starts recording after the replayed turns before its branch point.
        first: index === Math.max(0, (updated.branchedAtTurn ?? 1) - 1),
        decision: write.turn,
        at,
        ending:
          write.ending && updated.score
            ? {
                endingId: write.ending.endingId,
                outcome: write.ending.outcome,
                score: updated.score,
                finishedAt: updated.finishedAt ?? at,
              }
            : null,
      },
    );
    await queueStatements(statements);
    return updated;
  });
  // The outer transaction is the one that commits: only now is the step durable.
  performance.mark(STEP_COMMITTED_MARK);
  notifyStatementsQueued();
  for (const listener of stepListeners) listener(recorded, write.turn);
  return recorded;
}
