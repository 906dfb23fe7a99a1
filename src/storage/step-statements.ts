import { emptySummary, foldAttempt } from '../engine/profile-summary';
import { checkedStep, STEP_COMMITTED_MARK, stepTables, type PreparedStep } from './attempts';
import { database } from './database';
import { attemptLinkAfter, chainHeadOf } from './ledger';
import { getLrsSettings, statementsWantedWith } from './lms-settings';
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
 * What a reply's statements need: nothing when no LRS or LMS receives statements, otherwise who
 * they name; and the trainee's chain head, which a sealing reply appends after. Read in one round
 * (settings, profile and chain head together); inside a reply's transaction it is part of that
 * transaction's one round of reads.
 */
interface StepContext {
  learner: Omit<StatementLearner, 'chainHead'> | null;
  head: ChainHead | null;
}

async function readStepContext(profileId: string): Promise<StepContext> {
  const [settings, profile, head] = await Promise.all([
    getLrsSettings(),
    database().profiles.get(profileId),
    chainHeadOf(profileId),
  ]);
  return {
    learner: statementsWantedWith(settings)
      ? {
          name: profile?.name ?? profileId,
          employeeId: profile?.employeeId ?? profileId,
          homePage: settings.homePage,
        }
      : null,
    head: headOf(head),
  };
}

const stepRow = (step: PreparedStep) => ({
  attemptId: step.basis.id,
  index: step.index,
  choiceId: step.write.choiceId,
  at: step.at,
});

const headOf = (link: Pick<LedgerEntry, 'seq' | 'hash'> | undefined): ChainHead | null =>
  link ? { seq: link.seq, hash: link.hash } : null;

/**
 * Records one reply and, in the same transaction, queues the xAPI statements describing it: a step
 * is never stored without its statements, nor a statement without its step. One transaction, and
 * for an ordinary reply one round trip: `storedCall` (the use-case's access check, which reads the
 * call as stored and this tab's standing toward its owner), the statements' context and, for a
 * finishing reply, the roster row are read, and in the same breath the step and the attempt after
 * it are written — requests run in the order they are made, so the reads see the call as it was
 * before this reply. The writes bet on what the reads almost always say (the call is as the screen
 * prepared it, and this tab may reply in it); when they say otherwise the reply is applied to the
 * call as it stands and written over the bet, or the check throws and the whole transaction is
 * undone, the bet with it. Only what depends on the reads — a finished call's seal and roster row,
 * the outbox rows — waits for them. Nothing inside awaits anything but IndexedDB: the attempt after
 * the reply and its seal's hash (through WebCrypto) were worked out before it opened (prepareStep),
 * and a changed call is hashed here, synchronously. The statements are composed here from what the
 * reads returned — a few small objects, synchronously — so they always name the chain head as
 * committed.
 *
 * Why one round trip matters: after a click, Chromium holds the page's IndexedDB results until it
 * has painted the click's frame (its renderer defers such tasks after discrete input), so the first
 * round's results come a frame after the click and every further round adds to that.
 *
 * Durability: the browser's default for IndexedDB (Dexie passes none), which is 'relaxed' in
 * Chromium since version 121, Firefox and Safari — the commit event fires once the operating
 * system holds the rows, so a line on screen survives the tab or the browser being killed; a
 * power cut within the operating system's flush interval is the one thing it does not cover.
 */
export async function recordStepWithStatements(
  step: PreparedStep,
  storedCall: () => Promise<AttemptRecord | undefined>,
  statementsFor: (updated: AttemptRecord, learner: StatementLearner) => QueuedStatement[],
): Promise<AttemptRecord> {
  const db = database();
  const { profileId } = step.basis;
  const finishing = step.updated.status === 'finished';
  // The secrets table is read by the access check (whether the trainee's PIN is set).
  const tables = [...stepTables(db), db.outbox, db.settings, db.profiles, db.secrets];
  let queued = false;
  const recorded = await db.transaction('rw', tables, async () => {
    const reads = Promise.all([
      storedCall(),
      readStepContext(profileId),
      finishing ? db.profileSummaries.get(profileId) : undefined,
    ]);
    const bet = Promise.all([db.steps.put(stepRow(step)), db.attempts.put(step.updated)]);
    // Awaited below on success; if the check throws first, the abort rejects it too, and that
    // rejection is the transaction's to report, not an unhandled one.
    bet.catch(() => {});
    const [current, context, summary] = await reads;
    const { updated, sealedHash } = checkedStep(current, step);
    const link =
      sealedHash === null ? null : attemptLinkAfter(context.head, updated, sealedHash, step.at);
    const statements = context.learner
      ? statementsFor(updated, {
          ...context.learner,
          chainHead: link ? headOf(link) : context.head,
        })
      : [];
    await Promise.all([
      bet,
      updated !== step.updated && db.attempts.put(updated),
      link && db.ledger.add(link),
      updated.status === 'finished' &&
        db.profileSummaries.put(foldAttempt(summary ?? emptySummary(profileId), updated)),
      queueStatements(statements),
    ]);
    queued = statements.length > 0;
    return updated;
  });
  // Only now is the step durable. The timeline keeps only the latest mark (one a reply would
  // otherwise pile up for as long as the tab is open); an observer still receives every one.
  performance.clearMarks(STEP_COMMITTED_MARK);
  performance.mark(STEP_COMMITTED_MARK);
  // The sender looks at the outbox only when there is something new in it: with no LRS or LMS,
  // a reply leaves the page free to paint its line.
  if (queued) notifyStatementsQueued();
  return recorded;
}
