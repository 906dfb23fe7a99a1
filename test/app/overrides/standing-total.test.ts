import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { refreshCertification } from '../../../src/app/certification/refresh-certification';
import { getSummary, loadRoster } from '../../../src/app/hr/roster';
import { overrideGrade } from '../../../src/app/overrides/override-grade';
import { bestTotal, meanTotal } from '../../../src/engine/profile-summary';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();
const POOR = ['calm', 'policy', 'fix'];

describe("a trainer's grade and practice in what HR counts", () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it("counts the trainer's grade, not the call's own, in best and mean, as soon as it is given", async () => {
    const poor = await recordReplies(await beginCall(profileId, scenario), scenario, POOR);
    const own = poor.score!.total;
    expect(bestTotal(await getSummary(profileId))).toBe(own);
    await overrideGrade(poor.id, { total: own + 20, reason: '录音显示已安抚', by: '张老师' });
    const summary = await getSummary(profileId);
    expect(bestTotal(summary)).toBe(own + 20);
    expect(meanTotal(summary)).toBe(own + 20);
    // The latest override stands, and the roster says how many calls were regraded.
    await overrideGrade(poor.id, { total: own + 5, reason: '复核后调整', by: '张老师' });
    expect(bestTotal(await getSummary(profileId))).toBe(own + 5);
    const [row] = await loadRoster(Date.now());
    expect(row).toMatchObject({ profileId, overriddenCalls: 1 });
  });

  it('leaves practice from a turn out of the counts, best and mean, but not out of activity', async () => {
    const poor = await recordReplies(await beginCall(profileId, scenario), scenario, POOR);
    const before = await getSummary(profileId);
    const practice = await recordReplies(
      await beginCall(profileId, scenario, { retryFrom: { attempt: poor, turn: 2 } }),
      scenario,
      ['ask', 'fix'],
    );
    expect(practice.score!.total).toBeGreaterThan(poor.score!.total);
    const after = await getSummary(profileId);
    expect(after).toMatchObject({
      finishedAttempts: 1,
      bestByScenario: before!.bestByScenario,
      totalSum: before!.totalSum,
      weekly: before!.weekly,
    });
    expect(after!.lastActivityAt).toBe(practice.finishedAt);
  });

  it("certifies on the trainer's grade of a run", async () => {
    const run = await recordReplies(
      await beginCall(profileId, scenario, { certification: { seed: 3 } }),
      scenario,
      POOR,
    );
    const facts = [{ id: scenario.id, difficulty: scenario.difficulty }];
    const passedIn = async () => {
      const standing = await refreshCertification(profileId, facts);
      const criterion = standing.levels[0]!.criteria.find((c) => c.kind === 'any-scenarios');
      return criterion?.kind === 'any-scenarios' ? criterion.passed : [];
    };
    expect(run.score!.total).toBeLessThan(70);
    expect(await passedIn()).toEqual([]);
    await overrideGrade(run.id, { total: 90, reason: '录音显示已确认回访', by: '张老师' });
    expect(await passedIn()).toEqual([expect.objectContaining({ attemptId: run.id, total: 90 })]);
  });
});
