import { beforeEach, describe, expect, it } from 'vitest';
import { followRecommended } from '../../../src/engine/analyse-paths';
import { answeredCall } from '../../../src/engine/conversation';
import { DEFAULT_PROGRAM } from '../../../src/engine/certification/program';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { findBundledScenario } from '../../../src/scenarios/bundled';
import { getAttempt } from '../../../src/storage/attempts';
import { beginCall } from '../../../src/app/calls/begin-call';
import { recordReply } from '../../../src/app/calls/record-reply';
import {
  currentProgram,
  getProgram,
  InvalidProgramError,
  saveProgramVersion,
} from '../../../src/app/certification/program';
import { listQuizSittings } from '../../../src/app/certification/quiz';
import { refreshCertification } from '../../../src/app/certification/refresh-certification';
import { recordQuizSitting } from '../../../src/storage/certification';
import type { ComplaintDeskDatabase } from '../../../src/storage/database';
import { verifyProfile } from '../../../src/storage/ledger';
import { createProfile } from '../../../src/storage/profiles';
import { freshDatabase } from '../../storage/setup-db';
import { FIVE, SCENARIO_FACTS } from '../../support/certification-cases';

const facts = SCENARIO_FACTS;

async function certificationRun(profileId: string, scenario: Scenario, seed: number) {
  let attempt = await beginCall(profileId, scenario, { certification: { seed } });
  let call = answeredCall(scenario);
  for (const choice of followRecommended(scenario).choices) {
    ({ attempt: attempt, call } = await recordReply(attempt, scenario, call, choice));
  }
  return attempt;
}

let db: ComplaintDeskDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('certification', () => {
  // An attempt stored before runs had a seed gets `certification: null` from the v5 row migration.
  it('a certification run stores its seed; a practice call stores none', async () => {
    const profile = await createProfile('王芳', 'E100');
    const scenario = findBundledScenario('classmate-deposit')!;
    const run = await beginCall(profile.id, scenario, { certification: { seed: 77 } });
    expect((await getAttempt(run.id))?.certification).toEqual({ seed: 77 });
    const practice = await beginCall(profile.id, scenario);
    expect((await getAttempt(practice.id))?.certification).toBeNull();
  });

  it('refuses a certification run that starts from a turn', async () => {
    const profile = await createProfile('王芳', 'E101');
    const scenario = findBundledScenario('classmate-deposit')!;
    const first = await certificationRun(profile.id, scenario, 1);
    await expect(
      beginCall(profile.id, scenario, {
        certification: { seed: 2 },
        retryFrom: { attempt: first, turn: 2 },
      }),
    ).rejects.toThrow(/certification run/);
  });

  it('awards Foundation once, with its evidence and the criteria version, in one go', async () => {
    const profile = await createProfile('李雷', 'E200');
    const runs = [];
    for (const [i, id] of FIVE.entries())
      runs.push(await certificationRun(profile.id, findBundledScenario(id)!, i));
    await recordQuizSitting({
      profileId: profile.id,
      itemIds: ['a', 'b', 'c', 'd', 'e'],
      answers: {},
      correct: 4,
      total: 5,
      score: 80,
      seed: 3,
    });
    const standing = await refreshCertification(profile.id, facts);
    expect(standing.levels[0]?.state).toBe('certified');
    expect(standing.awards).toHaveLength(1);
    const award = standing.awards[0]!;
    expect(award).toMatchObject({
      level: 'foundation',
      employeeId: 'E200',
      programVersion: 1,
    });
    expect(new Set(award.evidence.attemptIds)).toEqual(new Set(runs.map((r) => r.id)));
    expect(award.evidence.quizAttemptIds).toHaveLength(1);
    expect(award.expiresAt).toBeGreaterThan(award.awardedAt + 364 * 86_400_000);
    expect(await db.programs.get(1)).toBeDefined();
    const seals = await db.ledger.where('profileId').equals(profile.id).toArray();
    expect(seals.filter((l) => l.kind === 'award').map((l) => l.recordId)).toEqual([award.id]);
    expect((await verifyProfile(profile.id)).problems).toEqual([]);

    await refreshCertification(profile.id, facts);
    expect(await db.awards.count()).toBe(1);
  });

  it('does not award on a second run of a version already played', async () => {
    const profile = await createProfile('韩梅梅', 'E300');
    const scenario = findBundledScenario('classmate-deposit')!;
    const first = await beginCall(profile.id, scenario, { certification: { seed: 1 } });
    expect(first.status).toBe('active');
    // The second run starts later than the first, never in the same millisecond (a tie has no order).
    while (Date.now() <= first.startedAt) await new Promise((resolve) => setTimeout(resolve, 1));
    await certificationRun(profile.id, scenario, 2);
    const standing = await refreshCertification(profile.id, facts);
    expect(standing.levels[0]?.criteria[0]).toMatchObject({ kind: 'any-scenarios', have: 0 });
  });

  it('HR saves a new program version; earlier versions and awards keep theirs', async () => {
    expect((await currentProgram()).version).toBe(1);
    const { version: _v, ...edit } = DEFAULT_PROGRAM;
    const saved = await saveProgramVersion({
      ...edit,
      levels: [{ ...edit.levels[0]!, anyScenarios: { count: 3, minScore: 75 } }, edit.levels[1]!],
    });
    expect(saved.version).toBe(2);
    expect((await currentProgram()).levels[0]?.anyScenarios).toEqual({ count: 3, minScore: 75 });
    expect((await getProgram(1))?.levels[0]?.anyScenarios).toEqual({ count: 5, minScore: 70 });
    await expect(saveProgramVersion({ ...edit, validityMonths: 0 })).rejects.toBeInstanceOf(
      InvalidProgramError,
    );
    expect((await currentProgram()).version).toBe(2);
    // Refused with each problem located and worded in both languages.
    const refused = await saveProgramVersion({
      ...edit,
      validityMonths: 0,
      levels: [{ id: 'bare', name: edit.levels[0]!.name }, edit.levels[1]!],
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidProgramError);
    const problems = (refused as InvalidProgramError).problems;
    expect(problems.map((p) => p.path)).toEqual(['$.validityMonths', '$.levels[0]']);
    expect(problems[1]!.text).toEqual({
      en: 'a level needs at least one requirement',
      'zh-CN': '每个等级至少要有一项要求',
    });
    expect(problems[0]!.text?.['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('stores quiz sittings, newest first', async () => {
    const profile = await createProfile('张伟', 'E400');
    const base = { profileId: profile.id, itemIds: ['x'], answers: {}, total: 1, seed: 1 };
    await recordQuizSitting({ ...base, correct: 0, score: 0 });
    await new Promise((r) => setTimeout(r, 2));
    await recordQuizSitting({ ...base, correct: 1, score: 100 });
    expect((await listQuizSittings(profile.id)).map((s) => s.score)).toEqual([100, 0]);
  });
});
