import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { spotCue } from '../../../src/app/calls/spot-cue';
import { createProfile } from '../../../src/storage/profiles';
import { SCORING_MODEL_VERSION } from '../../../src/engine/scoring/model-version';
import { getAttempt } from '../../../src/storage/attempts';
import { database } from '../../../src/storage/database';
import { fakeScenario } from '../../fakes';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();

describe('spotting the key cue', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  const expertCall = async () =>
    recordReplies(await beginCall(profileId, scenario), scenario, ['calm', 'ask', 'fix']);

  it('rescores a finished call once, counting a correct mark under diagnose', async () => {
    const attempt = await expertCall();
    const keyCue = attempt.transcript.findIndex((e) => e.keyCue);
    const marked = await spotCue(attempt, keyCue);
    expect(marked.cueSpot).toMatchObject({ entry: keyCue, correct: true });
    expect(marked.score?.dimensions.diagnose).toBe(100);
    const again = await spotCue(marked, 0);
    expect(again.cueSpot?.entry).toBe(keyCue);
  });

  it('scores a wrong mark exactly as the question left unanswered', async () => {
    const letCuePass = async () =>
      recordReplies(await beginCall(profileId, scenario), scenario, ['calm', 'policy', 'fix']);
    const skipped = await letCuePass();
    const wrong = await spotCue(await letCuePass(), 0);
    expect(wrong.cueSpot?.correct).toBe(false);
    expect(wrong.score).toEqual(skipped.score);
    const other = await letCuePass();
    const right = await spotCue(
      other,
      other.transcript.findIndex((e) => e.keyCue),
    );
    expect(right.score!.dimensions.diagnose!).toBeGreaterThan(skipped.score!.dimensions.diagnose!);
  });

  it('counts a mark made during the call when the call finishes', async () => {
    const started = await recordReplies(await beginCall(profileId, scenario), scenario, ['calm']);
    const keyCue = started.transcript.findIndex((e) => e.keyCue);
    const marked = await spotCue(started, keyCue);
    const finished = await recordReplies(marked, scenario, ['ask', 'fix']);
    expect(finished.status).toBe('finished');
    expect(finished.cueSpot?.correct).toBe(true);
    expect(finished.score?.dimensions.diagnose).toBe(100);
  });

  it('keeps the score of a call graded by an earlier scoring model and records the mark', async () => {
    const attempt = await expertCall();
    const earlier = SCORING_MODEL_VERSION - 1;
    await database().attempts.update(attempt.id, { scoringModel: earlier });
    const stored = (await getAttempt(attempt.id))!;

    const marked = await spotCue(stored, 0);

    expect(marked.cueSpot).toMatchObject({ entry: 0, correct: false });
    expect(marked.scoringModel).toBe(earlier);
    expect(marked.score).toEqual(stored.score);
    expect(await getAttempt(attempt.id)).toMatchObject({
      cueSpot: marked.cueSpot,
      score: stored.score,
    });
  });
});
