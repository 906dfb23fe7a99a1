import { beforeEach, describe, expect, it } from 'vitest';
import { startCall, takeTurn } from '../../src/engine/call-progress';
import { listAttempts, recordedChoices, abandonAttempt } from '../../src/storage/attempts';
import {
  beginCall,
  cacheSnapshot,
  planRestore,
  recordReply,
  spotCue,
} from '../../src/storage/call-session';
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
      {
        speaker: 'customer',
        text: scenario.nodes[0]!.lines[0]!.text,
        turn: 0,
        line: { node: 'opening', index: 0 },
        cue: 'rising-tone',
      },
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

  it('marks the call restart-needed when its recorded replies now end the call', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm']);
    const changed = fakeScenario({ version: 2 });
    const opening = changed.nodes[0]!;
    if (opening.kind !== 'decision') throw new Error('fixture changed');
    opening.choices[0]!.next = 'end-good';
    expect(await planRestore(attempt, changed)).toEqual({
      kind: 'read-only',
      reason: 'restart-needed',
    });
  });

  it('marks the call restart-needed when its case is gone', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm']);
    expect(await planRestore(attempt, undefined)).toEqual({
      kind: 'read-only',
      reason: 'restart-needed',
    });
  });

  it('ignores a snapshot taken on other content even when id and version match', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm']);
    await cacheSnapshot(attempt, scenario, { marker: 1 });
    const sameVersion = fakeScenario({ title: { 'zh-CN': '悄悄改过', en: 'Quietly edited' } });
    expect(sameVersion.version).toBe(scenario.version);
    expect(await planRestore(attempt, sameVersion)).toEqual({ kind: 'replay', choices: ['calm'] });
  });

  it('never resumes an abandoned call', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm']);
    await abandonAttempt(attempt.id);
    const stored = (await listAttempts(profileId))[0]!;
    expect(stored.status).toBe('abandoned');
    expect(await planRestore(stored, scenario)).toEqual({ kind: 'read-only', reason: 'abandoned' });
  });
});

describe('practising from an earlier turn', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it('branches a practice attempt that starts at the chosen turn with the turns before it', async () => {
    const original = await play(await beginCall(profileId, scenario), [
      'calm',
      'policy',
      'close-early',
    ]);
    const retry = await beginCall(profileId, scenario, {
      retryFrom: { attempt: original, turn: 2 },
    });
    expect(retry).toMatchObject({
      practice: true,
      parentAttemptId: original.id,
      branchedAtTurn: 2,
      status: 'active',
    });
    expect(retry.choices).toEqual(['calm']);
    expect(await recordedChoices(retry.id)).toEqual(['calm']);
    expect(retry.transcript).toEqual(original.transcript.slice(0, 3));
    expect(await planRestore(retry, scenario)).toEqual({ kind: 'replay', choices: ['calm'] });
  });

  it('keeps ordinary attempts out of practice', async () => {
    const attempt = await beginCall(profileId, scenario);
    expect(attempt.practice).toBe(false);
  });
});

describe('spotting the key cue', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it('rescores a finished call once, counting a correct mark under diagnose', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm', 'ask', 'fix']);
    const keyCue = attempt.transcript.findIndex((e) => e.keyCue);
    const marked = await spotCue(attempt, keyCue);
    expect(marked.cueSpot).toMatchObject({ entry: keyCue, correct: true });
    expect(marked.score?.dimensions.diagnose).toBe(100);
    const again = await spotCue(marked, 0);
    expect(again.cueSpot?.entry).toBe(keyCue);
  });

  it('lowers diagnose for a wrong mark', async () => {
    const attempt = await play(await beginCall(profileId, scenario), ['calm', 'ask', 'fix']);
    const marked = await spotCue(attempt, 0);
    expect(marked.cueSpot?.correct).toBe(false);
    expect(marked.score?.dimensions.diagnose).toBeLessThan(100);
  });

  it('counts a mark made during the call when the call finishes', async () => {
    const started = await play(await beginCall(profileId, scenario), ['calm']);
    const keyCue = started.transcript.findIndex((e) => e.keyCue);
    const marked = await spotCue(started, keyCue);
    const progress = takeTurn(scenario, startCall(scenario), 'calm').progress;
    let current = await recordReply(marked, scenario, progress, 'ask');
    current = await recordReply(
      current,
      scenario,
      takeTurn(scenario, progress, 'ask').progress,
      'fix',
    );
    expect(current.status).toBe('finished');
    expect(current.cueSpot?.correct).toBe(true);
    expect(current.score?.dimensions.diagnose).toBe(100);
  });
});

describe('reading older records', () => {
  it('fills fields added since an attempt was written', async () => {
    const db = await freshDatabase();
    const profileId = (await createProfile('王小明', '1024')).id;
    const attempt = await beginCall(profileId, scenario);
    const {
      practice: _p,
      timed: _t,
      cueSpot: _c,
      answeredAt: _a,
      parentAttemptId: _pa,
      branchedAtTurn: _b,
      ...old
    } = attempt;
    await db.attempts.put(old as typeof attempt);
    const [read] = await listAttempts(profileId);
    expect(read).toMatchObject({
      practice: false,
      timed: false,
      cueSpot: null,
      answeredAt: null,
      parentAttemptId: null,
    });
  });
});

describe('running out of space', () => {
  it('recognises a quota error however it is wrapped', async () => {
    const { isQuotaError } = await import('../../src/storage/errors');
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});
