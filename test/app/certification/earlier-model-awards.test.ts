import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { saveProgramVersion } from '../../../src/app/certification/program';
import { refreshCertification } from '../../../src/app/certification/refresh-certification';
import { DEFAULT_PROGRAM } from '../../../src/engine/certification/program';
import { SCORING_MODEL_VERSION } from '../../../src/engine/scoring/model-version';
import type { ComplaintDeskDatabase } from '../../../src/storage/database';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();
const facts = [{ id: scenario.id, difficulty: scenario.difficulty }];
const DAY = 86_400_000;

let db: ComplaintDeskDatabase;
beforeEach(async () => {
  db = await freshDatabase();
  // One level that one passed certification run of the fake case meets.
  const { version: _v, ...program } = DEFAULT_PROGRAM;
  await saveProgramVersion({
    ...program,
    coreScenarioIds: [],
    levels: [
      { id: 'foundation', name: program.levels[0]!.name, anyScenarios: { count: 1, minScore: 70 } },
    ],
  });
});

/** A certification run of the fake case, stored as graded by the scoring model before this one. */
async function runGradedByEarlierModel(profileId: string) {
  const run = await recordReplies(
    await beginCall(profileId, scenario, { certification: { seed: 1 } }),
    scenario,
    ['calm', 'ask', 'fix'],
  );
  await db.attempts.update(run.id, { scoringModel: SCORING_MODEL_VERSION - 1 });
  return run;
}

describe('certification across scoring-model versions', () => {
  it('counts a run graded by an earlier model with the grade it was given', async () => {
    const profile = await createProfile('王芳', 'E500');
    const run = await runGradedByEarlierModel(profile.id);
    expect(run.score!.total).toBeGreaterThanOrEqual(70);

    const standing = await refreshCertification(profile.id, facts);

    expect(standing.levels[0]?.state).toBe('certified');
    expect(standing.awards.map((a) => a.evidence.attemptIds)).toEqual([[run.id]]);
  });

  it('keeps an award standing when the grades it rests on no longer meet the level', async () => {
    const profile = await createProfile('李雷', 'E501');
    const run = await runGradedByEarlierModel(profile.id);
    const [award] = (await refreshCertification(profile.id, facts)).awards;
    // As if the run's grade had changed under a newer model: re-evaluating must not revoke.
    await db.attempts.update(run.id, { score: { ...run.score!, total: 10 } });

    const later = await refreshCertification(profile.id, facts, Date.now() + 30 * DAY);

    expect(later.levels[0]?.met).toBe(false);
    expect(later.levels[0]?.state).toBe('certified');
    expect(later.levels[0]?.award?.id).toBe(award!.id);
    expect(await db.awards.toArray()).toEqual([award]);
  });
});
