import { beforeEach, describe, expect, it } from 'vitest';
import { startCall, takeTurn } from '../../src/engine/call-progress';
import { listAttempts, recordedChoices, abandonAttempt } from '../../src/storage/attempts';
import { beginCall, cacheSnapshot, planRestore, recordReply } from '../../src/storage/call-session';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import { createProfile } from '../../src/storage/profiles';
import type { AttemptRecord } from '../../src/storage/records';
import { fakeScenario } from '../fakes';
import { freshDatabase } from './setup-db';

const scenario = fakeScenario();

async function play(attempt: AttemptRecord, choices: string[]) {
  let progress = startCall(scenario);
  let current = attempt;
  for (const id of choices) {
    current = await recordReply(current, scenario, progress, id);
    progress = takeTurn(scenario, progress, id).progress;
  }
  return current;
}

describe('recording a call', () => {
  let db: ComplaintDeskDatabase;
  let profileId: string;
  beforeEach(async () => {
    db = await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it('starts with the customer opening lines', async () => {
    const attempt = await beginCall(profileId, scenario);
    expect(attempt.status).toBe('active');
    expect(attempt.transcript).toEqual([
      { speaker: 'customer', text: scenario.nodes[0]!.lines[0]!.text, turn: 0, cue: 'rising-tone' },
    ]);
  });

  it('writes each step with its attempt update', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm']);
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
    const attempt = await play(await beginCall(profileId, scenario), ['calm', 'ask', 'fix']);
    expect(attempt.status).toBe('finished');
    expect(attempt.outcome).toBe('resolved-satisfied');
    expect(attempt.score?.total).toBe(100);
    expect(attempt.expertPath?.steps.map((s) => s.choice)).toEqual(['calm', 'ask', 'fix']);
  });

  it('keeps a finished attempt read-only', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['argue']);
    expect(attempt.status).toBe('finished');
    await expect(recordReply(attempt, scenario, startCall(scenario), 'calm')).rejects.toMatchObject(
      {
        code: 'attempt-closed',
      },
    );
    expect(await recordedChoices(attempt.id)).toEqual(['argue']);
  });

  it('records a double click only once', async () => {
    const attempt = await beginCall(profileId, scenario);
    const progress = startCall(scenario);
    await recordReply(attempt, scenario, progress, 'calm');
    await expect(recordReply(attempt, scenario, progress, 'calm')).rejects.toMatchObject({
      code: 'step-out-of-order',
    });
    expect(await db.steps.count()).toBe(1);
  });

  it('writes nothing when the attempt update fails', async () => {
    const attempt = await beginCall(profileId, scenario);
    await expect(
      recordReply({ ...attempt, id: 'missing' }, scenario, startCall(scenario), 'calm'),
    ).rejects.toMatchObject({ code: 'attempt-not-found' });
    expect(await db.steps.count()).toBe(0);
  });

  it('lists a profile’s attempts newest first', async () => {
    const first = await beginCall(profileId, scenario);
    await new Promise((r) => setTimeout(r, 2));
    const second = await beginCall(profileId, scenario);
    expect((await listAttempts(profileId)).map((a) => a.id)).toEqual([second.id, first.id]);
  });
});

describe('resuming a call', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it('uses the snapshot when it matches the recorded steps', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm']);
    await cacheSnapshot(attempt, scenario, { marker: 1 });
    expect(await planRestore(attempt, scenario)).toEqual({
      kind: 'snapshot',
      snapshot: { marker: 1 },
      choices: ['calm'],
    });
  });

  it('replays the recorded steps when the snapshot is behind them', async () => {
    const started = await beginCall(profileId, scenario);
    await cacheSnapshot(started, scenario, { marker: 0 });
    const attempt = await play(started, ['calm']);
    expect(await planRestore(attempt, scenario)).toEqual({ kind: 'replay', choices: ['calm'] });
  });

  it('replays when the scenario changed but the recorded replies still exist', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm']);
    await cacheSnapshot(attempt, scenario, { marker: 1 });
    const changed = fakeScenario({ version: 2, title: { 'zh-CN': '新版', en: 'New version' } });
    expect(await planRestore(attempt, changed)).toEqual({ kind: 'replay', choices: ['calm'] });
  });

  it('marks the call restart-needed when a recorded reply no longer exists', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm']);
    const changed = fakeScenario({ version: 2 });
    const opening = changed.nodes[0]!;
    if (opening.kind !== 'decision') throw new Error('fixture changed');
    opening.choices[0]!.id = 'calm-v2';
    expect(await planRestore(attempt, changed)).toEqual({
      kind: 'read-only',
      reason: 'restart-needed',
    });
  });

  it('never resumes an abandoned call', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm']);
    await abandonAttempt(attempt.id);
    const stored = (await listAttempts(profileId))[0]!;
    expect(stored.status).toBe('abandoned');
    expect(await planRestore(stored, scenario)).toEqual({ kind: 'read-only', reason: 'abandoned' });
  });
});
