import { emptySummary, foldAttempt } from '../engine/profile-summary';
import { checkedStep, STEP_COMMITTED_MARK, stepTables, type PreparedStep } from './attempts';
import { database } from './database';
import { attemptLinkAfter, chainHeadOf } from './ledger';
import { getLrsSettings, statementsWanted } from './lms-settings';
import { notifyStatementsQueued, queueStatements, type QueuedStatement } from './outbox';
import type { AttemptRecord, LedgerEntry } from './records';

type ChainHead = { seq: number; hash: string };

/** Who the statements of a step name. */
export interface StatementLearner {
  name: string;
  employeeId: string;
  homePage: string;
  /** The trainee's chain head once the step is sealed, which the statements carry to the LRS. */
  chainHead: ChainHead | null;
}

/**
 * What a reply's statements need, read before its transaction opens (beside the access check):
 * nothing when no LRS or LMS receives statements, otherwise who they name and the chain head.
 */
export interface StepContext {
  learner: Omit<StatementLearner, 'chainHead'> | null;
  head: ChainHead | null;
}

export async function readStepContext(profileId: string): Promise<StepContext> {
  const [wanted, settings] = await Promise.all([statementsWanted(), getLrsSettings()]);
  if (!wanted) return { learner: null, head: null };
  const [profile, head] = await Promise.all([
    database().profiles.get(profileId),
    chainHeadOf(profileId),
  ]);
  return {
    learner: {
      name: profile?.name ?? profileId,
      employeeId: profile?.employeeId ?? profileId,
      homePage: settings.homePage,
    },
    head: headOf(head),
  };
}

const headOf = (link: Pick<LedgerEntry, 'seq' | 'hash'> | null | undefined): ChainHead | null =>
  link ? { seq: link.seq, hash: link.hash } : null;

const sameHead = (a: ChainHead | null, b: ChainHead | null) =>
  a?.seq === b?.seq && a?.hash === b?.hash;

/**
 * Records one reply and, in the same transaction, queues the xAPI statements describing it: a step
 * is never stored without its statements, nor a statement without its step. The transaction holds
 * only what must be durable — the step, the attempt's progress, a finished call's seal and roster
 * row, the outbox rows — and does one round of reads (the attempt, the chain head, the roster
 * row) and one round of writes. Everything else is worked out before it opens: the attempt after
 * the reply and its seal's hash (prepareStep), and the statements, composed by `statementsFor`
 * from the context read beforehand; they are composed again inside only if the attempt or the
 * chain moved in between.
 *
 * Durability: the browser's default for IndexedDB (Dexie passes none), which is 'relaxed' in
 * Chromium since version 121, Firefox and Safari — the commit event fires once the operating
 * system holds the rows, so a line on screen survives the tab or the browser being killed; a
 * power cut within the operating system's flush interval is the one thing it does not cover.
 */
export async function recordStepWithStatements(
  step: PreparedStep,
  context: StepContext,
  statementsFor: (updated: AttemptRecord, learner: StatementLearner) => QueuedStatement[],
): Promise<AttemptRecord> {
  const db = database();
  const { profileId } = step.basis;
  const sealing = step.updated.status !== 'active';
  const { learner } = context;
  const linkAfter = (head: ChainHead | null, updated: AttemptRecord, hash: string | null) =>
    hash === null ? null : attemptLinkAfter(head, updated, hash, step.at);
  const statementsAt = (updated: AttemptRecord, head: ChainHead | null) =>
    learner ? statementsFor(updated, { ...learner, chainHead: head }) : [];
  const plannedLink = learner ? linkAfter(context.head, step.updated, step.sealedHash) : null;
  const planned = statementsAt(step.updated, headOf(plannedLink) ?? context.head);
  const tables = [...stepTables(db), db.outbox, db.settings, db.profiles];
  const recorded = await db.transaction('rw', tables, async () => {
    const [current, storedHead, summary] = await Promise.all([
      db.attempts.get(step.basis.id),
      sealing || learner ? chainHeadOf(profileId) : undefined,
      step.updated.status === 'finished' ? db.profileSummaries.get(profileId) : undefined,
    ]);
    const { updated, sealedHash } = checkedStep(current, step);
    const head = headOf(storedHead);
    const unchanged = updated === step.updated && sameHead(head, context.head);
    const link = unchanged && plannedLink ? plannedLink : linkAfter(head, updated, sealedHash);
    const statements = unchanged ? planned : statementsAt(updated, headOf(link) ?? head);
    await Promise.all([
      db.steps.add({
        attemptId: updated.id,
        index: step.index,
        choiceId: step.write.choiceId,
        at: step.at,
      }),
      db.attempts.put(updated),
      link && db.ledger.add(link),
      updated.status === 'finished' &&
        db.profileSummaries.put(foldAttempt(summary ?? emptySummary(profileId), updated)),
      queueStatements(statements),
    ]);
    return updated;
  });
  // Only now is the step durable.
  performance.mark(STEP_COMMITTED_MARK);
  notifyStatementsQueued();
  return recorded;
}
