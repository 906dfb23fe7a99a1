import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { traineeStanding } from '../../../src/app/library/trainee-standing';
import { caseStatus } from '../../../src/engine/case-status';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();
const POOR = ['calm', 'policy', 'close-early'];
const EXPERT = ['calm', 'ask', 'fix'];

describe('the library’s standing of a trainee', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it('knows nothing of a new trainee: no call to resume, no best, no averages', async () => {
    const standing = await traineeStanding(profileId);
    expect(standing.active).toEqual([]);
    expect(caseStatus(standing, scenario.id)).toEqual({ active: null, best: null });
    expect(Object.values(standing.averages).every((v) => v === null)).toBe(true);
  });

  it('offers the unfinished call to resume, then the finished call’s total as the best', async () => {
    const call = await beginCall(profileId, scenario);
    let standing = await traineeStanding(profileId);
    expect(caseStatus(standing, scenario.id).active?.id).toBe(call.id);
    expect(caseStatus(standing, 'another-case').active).toBeNull();

    const finished = await recordReplies(call, scenario, POOR);
    expect(finished.status).toBe('finished');
    standing = await traineeStanding(profileId);
    expect(caseStatus(standing, scenario.id)).toEqual({
      active: null,
      best: finished.score!.total,
    });
    expect(standing.averages.resolve).toBe(finished.score!.dimensions.resolve);
  });

  it('never lets a practice retry raise the best; a whole better call does', async () => {
    const first = await recordReplies(await beginCall(profileId, scenario), scenario, POOR);
    const retry = await beginCall(profileId, scenario, { retryFrom: { attempt: first, turn: 2 } });
    const practised = await recordReplies(retry, scenario, ['ask', 'fix']);
    expect(practised.practice).toBe(true);
    expect(practised.score!.total).toBeGreaterThan(first.score!.total);
    expect(caseStatus(await traineeStanding(profileId), scenario.id).best).toBe(first.score!.total);

    const whole = await recordReplies(await beginCall(profileId, scenario), scenario, EXPERT);
    expect(whole.score!.total).toBeGreaterThan(first.score!.total);
    expect(caseStatus(await traineeStanding(profileId), scenario.id).best).toBe(whole.score!.total);
  });

  it('reads only this trainee’s calls in progress', async () => {
    const other = (await createProfile('李雷', '2048')).id;
    await beginCall(other, scenario);
    expect((await traineeStanding(profileId)).active).toEqual([]);
  });
});
