import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../src/app/calls/begin-call';
import { stepWrite } from '../../src/app/calls/reply-step-write';
import { answeredCall, reply, type CallSnapshot } from '../../src/engine/conversation';
import { recordHash, type SealableRecord } from '../../src/engine/ledger';
import {
  getAttempt,
  markAnswered,
  prepareStep,
  type PreparedStep,
} from '../../src/storage/attempts';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import { sealRecord, verifyProfile } from '../../src/storage/ledger';
import { EMPTY_LRS, saveLrsSettings } from '../../src/storage/lms-settings';
import { onStatementsQueued } from '../../src/storage/outbox';
import { createProfile } from '../../src/storage/profiles';
import type { AttemptRecord } from '../../src/storage/records';
import { recordStepWithStatements, type StatementLearner } from '../../src/storage/step-statements';
import { fakeScenario } from '../fakes';
import { freshDatabase } from './setup-db';

const scenario = fakeScenario();

/** Prepares `choiceId` on the call as the screen holds it, the way the record-reply use-case does. */
async function prepared(attempt: AttemptRecord, call: CallSnapshot, choiceId: string) {
  const next = reply(scenario, call, choiceId);
  return {
    next,
    step: await prepareStep(attempt, attempt.choices.length, stepWrite(scenario, next, null)),
  };
}

/** One statement per step naming the chain head it was given, so a test can see which head. */
const headStatement = (updated: AttemptRecord, learner: StatementLearner) => [
  { id: `${updated.id}-${updated.choices.length}`, chainHead: learner.chainHead },
];

/** Records a prepared step, reading the stored call inside the transaction as the use-case does. */
const record = (step: PreparedStep) =>
  recordStepWithStatements(step, () => getAttempt(step.basis.id), headStatement);

describe('a reply worked out before its transaction', () => {
  let db: ComplaintDeskDatabase;
  let profileId: string;
  beforeEach(async () => {
    db = await freshDatabase();
    profileId = (await createProfile('陈思', 'C2048')).id;
  });

  it('hashes a finishing reply through WebCrypto to the seal the chain checks', async () => {
    const attempt = await beginCall(profileId, scenario);
    const { step } = await prepared(attempt, answeredCall(scenario), 'argue');
    expect(step.updated.status).toBe('finished');
    expect(step.sealedHash).toBe(recordHash('attempt', step.updated as unknown as SealableRecord));
    const finished = await record(step);
    expect(finished).toEqual(step.updated);
    const [link] = await db.ledger.toArray();
    expect(link).toMatchObject({ recordId: attempt.id, recordHash: step.sealedHash, seq: 1 });
    expect((await verifyProfile(profileId)).problems).toEqual([]);
    expect(await db.profileSummaries.get(profileId)).toMatchObject({ finishedAttempts: 1 });
  });

  it('applies the reply to the call as it stands when it changed after the reply was prepared', async () => {
    const attempt = await beginCall(profileId, scenario);
    const { step } = await prepared(attempt, answeredCall(scenario), 'argue');
    await markAnswered(attempt.id);
    const finished = await record(step);
    expect(finished.answeredAt).toEqual(expect.any(Number));
    expect(finished.choices).toEqual(['argue']);
    expect(await getAttempt(attempt.id)).toEqual(finished);
    expect((await verifyProfile(profileId)).problems).toEqual([]);
  });

  it('refuses a reply prepared on a call held under another trainee than the one stored, writing nothing', async () => {
    const attempt = await beginCall(profileId, scenario);
    const other = (await createProfile('王五', 'W3001')).id;
    const { step } = await prepared(
      { ...attempt, profileId: other },
      answeredCall(scenario),
      'calm',
    );
    await expect(record(step)).rejects.toMatchObject({ code: 'attempt-not-found' });
    expect(await db.steps.count()).toBe(0);
    expect(await getAttempt(attempt.id)).toEqual(attempt);
  });

  it('wakes the statement sender only when the reply queued statements', async () => {
    let woken = 0;
    const stop = onStatementsQueued(() => (woken += 1));
    try {
      const attempt = await beginCall(profileId, scenario);
      await record((await prepared(attempt, answeredCall(scenario), 'calm')).step);
      expect(woken).toBe(0);
      await saveLrsSettings({ ...EMPTY_LRS, endpoint: 'http://127.0.0.1:9/xAPI' });
      const next = (await getAttempt(attempt.id))!;
      const call = reply(scenario, answeredCall(scenario), 'calm');
      await record((await prepared(next, call, 'ask')).step);
      expect(woken).toBe(1);
      expect(await db.outbox.count()).toBe(1);
    } finally {
      stop();
    }
  });

  it('records a prepared reply once: the same step prepared twice is refused the second time', async () => {
    const attempt = await beginCall(profileId, scenario);
    const first = await prepared(attempt, answeredCall(scenario), 'calm');
    const again = await prepared(attempt, answeredCall(scenario), 'calm');
    await record(first.step);
    await expect(record(again.step)).rejects.toMatchObject({ code: 'step-out-of-order' });
    expect(await db.steps.count()).toBe(1);
  });

  it('undoes the step and call it wrote with its reads when a different reply already took that step', async () => {
    const attempt = await beginCall(profileId, scenario);
    const calm = await prepared(attempt, answeredCall(scenario), 'calm');
    const argue = await prepared(attempt, answeredCall(scenario), 'argue');
    const committed = await record(calm.step);
    await expect(record(argue.step)).rejects.toMatchObject({ code: 'step-out-of-order' });
    expect(await db.steps.toArray()).toEqual([
      expect.objectContaining({ attemptId: attempt.id, index: 0, choiceId: 'calm' }),
    ]);
    expect(await getAttempt(attempt.id)).toEqual(committed);
    expect(await db.ledger.count()).toBe(0);
  });

  it('gives the statements the chain head as committed, even when it moved after the reply was prepared', async () => {
    await saveLrsSettings({ ...EMPTY_LRS, endpoint: 'http://127.0.0.1:9/xAPI' });
    const earlier = await beginCall(profileId, scenario);
    const attempt = await beginCall(profileId, scenario);
    const { step } = await prepared(attempt, answeredCall(scenario), 'argue');
    // Another record of the same trainee is sealed between the reply's preparation and its commit.
    await sealRecord('attempt', profileId, { ...earlier, status: 'abandoned' });
    await record(step);
    const links = await db.ledger.orderBy('[profileId+seq]').toArray();
    expect(links.map((l) => l.recordId)).toEqual([earlier.id, attempt.id]);
    const [queued] = await db.outbox.toArray();
    expect(queued!.statement).toMatchObject({
      chainHead: { seq: 2, hash: links[1]!.hash },
    });
  });
});
