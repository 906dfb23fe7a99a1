import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answeredCall } from '../../src/engine/conversation';
import { replayChoices } from '../../src/engine/replay';
import { getAttempt, recordCueSpot } from '../../src/storage/attempts';
import { beginCall } from '../../src/app/calls/begin-call';
import { recordReply } from '../../src/app/calls/record-reply';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import { getSummary, rebuildAllSummaries } from '../../src/storage/profile-summaries';
import { createProfile } from '../../src/storage/profiles';
import type { AttemptRecord } from '../../src/storage/records';
import { fakeScenario } from '../fakes';
import { freshDatabase } from './setup-db';

const scenario = fakeScenario();

async function play(attempt: AttemptRecord, choices: string[]) {
  let call = answeredCall(scenario);
  let current = attempt;
  for (const id of choices) {
    ({ attempt: current, call } = await recordReply(current, scenario, call, id));
  }
  return current;
}

const callAfter = (choices: string[]) => replayChoices(scenario, choices).snapshot;

describe('profile summaries', () => {
  let db: ComplaintDeskDatabase;
  let profileId: string;
  beforeEach(async () => {
    db = await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it('count a call when it finishes, not before', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm', 'ask']);
    expect(await getSummary(profileId)).toBeUndefined();
    const { attempt: finished } = await recordReply(
      attempt,
      scenario,
      callAfter(['calm', 'ask']),
      'fix',
    );
    expect(await getSummary(profileId)).toMatchObject({
      finishedAttempts: 1,
      bestByScenario: { [scenario.id]: finished.score!.total },
      lastActivityAt: finished.finishedAt,
    });
  });

  it('are written in the same transaction as the finishing step: if the summary fails, the call stays open', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm', 'ask']);
    const put = vi.spyOn(db.profileSummaries, 'put').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(
      recordReply(attempt, scenario, callAfter(['calm', 'ask']), 'fix'),
    ).rejects.toThrow();
    put.mockRestore();
    expect((await getAttempt(attempt.id))!.status).toBe('active');
    expect(await getSummary(profileId)).toBeUndefined();
  });

  it('follow a finished call whose score changed when its key cue was marked in the debrief', async () => {
    const finished = await play(await beginCall(profileId, scenario), ['calm', 'ask', 'fix']);
    const before = finished.score!.total;
    await recordCueSpot(finished.id, { entry: 0, correct: false }, (attempt) => ({
      ...attempt.score!,
      total: before - 5,
    }));
    expect(await getSummary(profileId)).toMatchObject({
      finishedAttempts: 1,
      bestByScenario: { [scenario.id]: before - 5 },
    });
  });

  it('can all be rebuilt from the attempts', async () => {
    await play(await beginCall(profileId, scenario), ['calm', 'ask', 'fix']);
    await play(await beginCall(profileId, scenario), ['argue']);
    const before = await getSummary(profileId);
    await db.profileSummaries.clear();
    expect(await rebuildAllSummaries()).toBe(1);
    expect(await getSummary(profileId)).toEqual(before);
    expect(before!.finishedAttempts).toBe(2);
  });
});
