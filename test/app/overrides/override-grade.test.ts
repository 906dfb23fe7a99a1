import { beforeEach, describe, expect, it } from 'vitest';
import { answeredCall } from '../../../src/engine/conversation';
import { getAttempt } from '../../../src/storage/attempts';
import { beginCall } from '../../../src/app/calls/begin-call';
import { recordReply } from '../../../src/app/calls/record-reply';
import { createProfile } from '../../../src/storage/profiles';
import {
  listOverrides,
  overrideGrade,
  overridesForProfile,
  OverrideRefusedError,
} from '../../../src/app/overrides/override-grade';
import type { AttemptRecord } from '../../../src/storage/records';
import { fakeScenario } from '../../fakes';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();

async function play(profileId: string, choices: string[]): Promise<AttemptRecord> {
  let attempt = await beginCall(profileId, scenario);
  let call = answeredCall(scenario);
  for (const id of choices) {
    ({ attempt: attempt, call } = await recordReply(attempt, scenario, call, id));
  }
  return attempt;
}

describe('grade overrides', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it('keeps the override beside the original grade, which stays as it was', async () => {
    const attempt = await play(profileId, ['calm', 'policy', 'fix']);
    const original = attempt.score!.total;
    const override = await overrideGrade(attempt.id, {
      total: 95,
      reason: '政策解释在本案中是必要的。',
      by: '李老师',
    });
    expect(override).toMatchObject({
      attemptId: attempt.id,
      profileId,
      originalTotal: original,
      total: 95,
      reason: '政策解释在本案中是必要的。',
      by: '李老师',
    });
    expect(await getAttempt(attempt.id)).toEqual(attempt);
    expect(await listOverrides(attempt.id)).toEqual([override]);
    expect(await overridesForProfile(profileId)).toEqual([override]);
  });

  it('keeps every override, oldest first', async () => {
    const attempt = await play(profileId, ['argue']);
    const first = await overrideGrade(attempt.id, { total: 40, reason: 'a', by: 'T' });
    await new Promise((r) => setTimeout(r, 2));
    const second = await overrideGrade(attempt.id, { total: 50, reason: 'b', by: 'T' });
    expect((await listOverrides(attempt.id)).map((o) => o.id)).toEqual([first.id, second.id]);
  });

  it('refuses an override without a reason, or of a call still in progress', async () => {
    const finished = await play(profileId, ['argue']);
    await expect(
      overrideGrade(finished.id, { total: 50, reason: ' ', by: 'T' }),
    ).rejects.toBeInstanceOf(OverrideRefusedError);
    const open = await play(profileId, ['calm']);
    await expect(overrideGrade(open.id, { total: 50, reason: 'r', by: 'T' })).rejects.toMatchObject(
      {
        problems: ['call-not-graded'],
      },
    );
    await expect(overrideGrade('nope', { total: 50, reason: 'r', by: 'T' })).rejects.toMatchObject({
      code: 'attempt-not-found',
    });
    expect(await listOverrides(finished.id)).toEqual([]);
  });
});
