import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { resumeCall } from '../../../src/app/calls/resume-call';
import { IN_CALL } from '../../../src/engine/compile-scenario';
import { recordedChoices } from '../../../src/storage/attempts';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();

describe('beginning a call', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it('times calls by the policy: from difficulty 3', async () => {
    expect((await beginCall(profileId, fakeScenario({ difficulty: 2 }))).timed).toBe(false);
    expect((await beginCall(profileId, fakeScenario({ difficulty: 3 }))).timed).toBe(true);
  });

  it('branches a practice attempt that starts at the chosen turn with the turns before it', async () => {
    const original = await recordReplies(await beginCall(profileId, scenario), scenario, [
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
    const resumed = await resumeCall(retry, scenario);
    expect(resumed.kind === 'live' && resumed.call.value).toEqual({ [IN_CALL]: 'facts' });
  });

  it('keeps ordinary attempts out of practice, and refuses a certification run from a turn', async () => {
    const attempt = await beginCall(profileId, scenario);
    expect(attempt.practice).toBe(false);
    await expect(
      beginCall(profileId, scenario, {
        retryFrom: { attempt, turn: 1 },
        certification: { seed: 1 },
      }),
    ).rejects.toMatchObject({ code: 'attempt-closed' });
  });
});
