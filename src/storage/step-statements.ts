import Dexie from 'dexie';
import { recordStep, STEP_COMMITTED_MARK, stepTables, type StepWrite } from './attempts';
import { database } from './database';
import { getLrsSettings, statementsWanted } from './lms-settings';
import { notifyStatementsQueued, queueStatements, type QueuedStatement } from './outbox';
import type { AttemptRecord } from './records';

/** Who the statements of a step name, read inside the step's transaction. */
export interface StatementLearner {
  name: string;
  employeeId: string;
  homePage: string;
  /** The trainee's chain head once the step is sealed, which the statements carry to the LRS. */
  chainHead: { seq: number; hash: string } | null;
}

/**
 * Records one reply and, in the same transaction, queues the xAPI statements describing it: a step
 * is never stored without its statements, nor a statement without its step. `statementsFor`
 * composes them from the attempt as updated by the step; it runs only when an LRS is configured.
 */
export async function recordStepWithStatements(
  attempt: AttemptRecord,
  write: StepWrite,
  statementsFor: (updated: AttemptRecord, learner: StatementLearner) => QueuedStatement[],
): Promise<AttemptRecord> {
  const db = database();
  const tables = [...stepTables(db), db.outbox, db.settings, db.profiles];
  const recorded = await db.transaction('rw', tables, async () => {
    const updated = await recordStep(attempt.id, attempt.choices.length, write);
    if (!(await statementsWanted())) return updated;
    const [settings, profile, head] = await Promise.all([
      getLrsSettings(),
      db.profiles.get(updated.profileId),
      db.ledger
        .where('[profileId+seq]')
        .between([updated.profileId, Dexie.minKey], [updated.profileId, Dexie.maxKey])
        .last(),
    ]);
    await queueStatements(
      statementsFor(updated, {
        name: profile?.name ?? updated.profileId,
        employeeId: profile?.employeeId ?? updated.profileId,
        homePage: settings.homePage,
        chainHead: head ? { seq: head.seq, hash: head.hash } : null,
      }),
    );
    return updated;
  });
  // The outer transaction is the one that commits: only now is the step durable.
  performance.mark(STEP_COMMITTED_MARK);
  notifyStatementsQueued();
  return recorded;
}
