import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { resumeCall } from '../../../src/app/calls/resume-call';
import { IN_CALL } from '../../../src/engine/compile-scenario';
import { playThrough } from '../../../src/engine/conversation';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { machineWithTarget } from '../../one-router';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';

describe('one router: the call screen’s step and certification runs follow the compiled machine', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it.each([
    ['a practice call', {}],
    ['a certification run', { certification: { seed: 7 } }],
  ])('%s records and resumes the turn where the machine sent it', async (_kind, options) => {
    const scenario = fakeScenario();
    playThrough(scenario, machineWithTarget(scenario, 'opening', 'calm', 'flare-up'));
    const attempt = await recordReplies(await beginCall(profileId, scenario, options), scenario, [
      'calm',
    ]);
    expect(attempt.turns[0]).toMatchObject({ node: 'opening', choice: 'calm' });
    expect(attempt.transcript.at(-1)?.line?.node).toBe('flare-up');
    const resumed = await resumeCall(attempt, scenario);
    expect(resumed.kind === 'live' && resumed.call.value).toEqual({ [IN_CALL]: 'flare-up' });
    const finished = await recordReplies(attempt, scenario, ['recover', 'ask', 'fix']);
    expect(finished.status).toBe('finished');
  });
});
