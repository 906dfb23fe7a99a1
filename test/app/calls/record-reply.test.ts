import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { beginCall } from '../../../src/app/calls/begin-call';
import { recordReply } from '../../../src/app/calls/record-reply';
import { expertPath } from '../../../src/engine/attempt-log';
import { TIMEOUT } from '../../../src/engine/call-progress';
import { answeredCall, machineFor } from '../../../src/engine/conversation';
import { gradeTurn } from '../../../src/engine/scoring/grade-turn';
import { SCORING_MODEL_VERSION } from '../../../src/engine/scoring/model-version';
import { listAttempts, recordedChoices } from '../../../src/storage/attempts';
import type { ComplaintDeskDatabase } from '../../../src/storage/database';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';

// Every grading of a turn goes through this spy: the test counts them.
vi.mock('../../../src/engine/scoring/grade-turn', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/engine/scoring/grade-turn')>();
  return { ...original, gradeTurn: vi.fn(original.gradeTurn) };
});

const scenario = fakeScenario();

describe('recording a reply', () => {
  let db: ComplaintDeskDatabase;
  let profileId: string;
  beforeEach(async () => {
    db = await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
    vi.mocked(gradeTurn).mockClear();
  });

  it('starts with the customer opening lines, the case version and the scoring model', async () => {
    const attempt = await beginCall(profileId, scenario);
    expect(attempt.status).toBe('active');
    expect(attempt.scoringModel).toBe(SCORING_MODEL_VERSION);
    expect(attempt.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(attempt.transcript).toEqual([
      {
        speaker: 'customer',
        text: scenario.nodes[0]!.lines[0]!.text,
        turn: 0,
        line: { node: 'opening', index: 0 },
        cue: 'rising-tone',
      },
    ]);
  });

  it('grades each reply once, commits it, and only then hands the new state to the live actor', async () => {
    let attempt = await beginCall(profileId, scenario);
    const machine = machineFor(scenario);
    let actor = createActor(machine, { snapshot: answeredCall(scenario) }).start();
    // The expert's route, stored with every finished call, is played once per case, not per reply.
    expertPath(scenario);
    vi.mocked(gradeTurn).mockClear();
    for (const [i, choiceId] of ['calm', TIMEOUT, 'ask', 'fix'].entries()) {
      const recorded = await recordReply(attempt, scenario, actor.getSnapshot(), choiceId);
      // Committed before the state is handed over: the step is already in the database.
      expect(await recordedChoices(attempt.id)).toHaveLength(i + 1);
      actor.stop();
      actor = createActor(machine, { snapshot: recorded.call }).start();
      attempt = recorded.attempt;
      expect(vi.mocked(gradeTurn)).toHaveBeenCalledTimes(i + 1);
    }
    expect(actor.getSnapshot().value).toBe('ended');
    expect(actor.getSnapshot().context.turns.map((t) => t.choice)).toEqual(attempt.choices);
    expect(attempt.status).toBe('finished');
    expect(attempt.score?.total).toBe(
      (await recordReplies(await beginCall(profileId, scenario), scenario, attempt.choices)).score
        ?.total,
    );
  });

  it('writes each step with its attempt update', async () => {
    const attempt = await recordReplies(await beginCall(profileId, scenario), scenario, ['calm']);
    expect(await recordedChoices(attempt.id)).toEqual(['calm']);
    expect(attempt.choices).toEqual(['calm']);
    expect(attempt.turns[0]).toMatchObject({
      turn: 1,
      choice: 'calm',
      grade: 100,
      mood: { anger: 50, trust: 40 },
    });
    expect(attempt.transcript.map((e) => e.speaker)).toEqual(['customer', 'trainee', 'customer']);
  });

  it('finishes with score, ending and the expert path stored in the attempt', async () => {
    const attempt = await recordReplies(await beginCall(profileId, scenario), scenario, [
      'calm',
      'ask',
      'fix',
    ]);
    expect(attempt.status).toBe('finished');
    expect(attempt.outcome).toBe('resolved-satisfied');
    expect(attempt.score?.total).toBe(100);
    expect(attempt.expertPath?.steps.map((s) => s.choice)).toEqual(['calm', 'ask', 'fix']);
  });

  it('keeps a finished attempt read-only', async () => {
    const attempt = await recordReplies(await beginCall(profileId, scenario), scenario, ['argue']);
    expect(attempt.status).toBe('finished');
    await expect(
      recordReply(attempt, scenario, answeredCall(scenario), 'calm'),
    ).rejects.toMatchObject({ code: 'attempt-closed' });
    expect(await recordedChoices(attempt.id)).toEqual(['argue']);
  });

  it('records a double click only once', async () => {
    const attempt = await beginCall(profileId, scenario);
    const call = answeredCall(scenario);
    await recordReply(attempt, scenario, call, 'calm');
    await expect(recordReply(attempt, scenario, call, 'calm')).rejects.toMatchObject({
      code: 'step-out-of-order',
    });
    expect(await db.steps.count()).toBe(1);
  });

  it('writes nothing when the attempt update fails', async () => {
    const attempt = await beginCall(profileId, scenario);
    await expect(
      recordReply({ ...attempt, id: 'missing' }, scenario, answeredCall(scenario), 'calm'),
    ).rejects.toMatchObject({ code: 'attempt-not-found' });
    expect(await db.steps.count()).toBe(0);
  });

  it('refuses a reply the call does not offer where it stands, writing nothing', async () => {
    const attempt = await beginCall(profileId, scenario);
    await expect(recordReply(attempt, scenario, answeredCall(scenario), 'fix')).rejects.toThrow(
      /not available at node "opening"/,
    );
    expect(await db.steps.count()).toBe(0);
  });

  it('lists a profile’s attempts newest first', async () => {
    const first = await beginCall(profileId, scenario);
    await new Promise((r) => setTimeout(r, 2));
    const second = await beginCall(profileId, scenario);
    expect((await listAttempts(profileId)).map((a) => a.id)).toEqual([second.id, first.id]);
  });
});
