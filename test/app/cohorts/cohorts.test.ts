import { beforeEach, describe, expect, it } from 'vitest';
import { answeredCall } from '../../../src/engine/conversation';
import { beginCall } from '../../../src/app/calls/begin-call';
import { recordReply } from '../../../src/app/calls/record-reply';
import {
  assignmentsFor,
  countedCallsOnCase,
  memberStatuses,
} from '../../../src/app/cohorts/assignment-standing';
import {
  addMember,
  assignCase,
  cohortMembers,
  createCohort,
  deleteCohort,
  getCohort,
  listAssignments,
  listCohorts,
  removeMember,
  renameCohort,
} from '../../../src/app/cohorts/cohorts';
import type { ComplaintDeskDatabase } from '../../../src/storage/database';
import { sealRecord } from '../../../src/storage/ledger';
import { storeOverride } from '../../../src/storage/overrides';
import { createProfile } from '../../../src/storage/profiles';
import type { ProfileRecord } from '../../../src/storage/records';
import { fakeScenario } from '../../fakes';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();

async function play(profileId: string, choices: string[]) {
  let attempt = await beginCall(profileId, scenario);
  let call = answeredCall(scenario);
  for (const id of choices) {
    ({ attempt: attempt, call } = await recordReply(attempt, scenario, call, id));
  }
  return attempt;
}

describe('cohorts', () => {
  let db: ComplaintDeskDatabase;
  let trainees: ProfileRecord[];
  beforeEach(async () => {
    db = await freshDatabase();
    trainees = [
      await createProfile('王小明', '1001'),
      await createProfile('李华', '1002'),
      await createProfile('张伟', '1003'),
    ];
  });

  it('creates a cohort of existing trainees, trimmed and without repeats', async () => {
    const [a, b] = trainees;
    const cohort = await createCohort('  三月  新人 ', [a!.id, b!.id, a!.id]);
    expect(cohort).toMatchObject({ name: '三月 新人', profileIds: [a!.id, b!.id] });
    expect((await cohortMembers(cohort)).map((p) => p.name)).toEqual(['王小明', '李华']);
    expect(await listCohorts()).toHaveLength(1);
  });

  it('refuses a blank name or a trainee who does not exist, writing nothing', async () => {
    await expect(createCohort('  ')).rejects.toMatchObject({ code: 'invalid-cohort-name' });
    await expect(createCohort('A', ['nobody'])).rejects.toMatchObject({
      code: 'profile-not-found',
    });
    expect(await db.cohorts.count()).toBe(0);
  });

  it('adds and removes members, and renames', async () => {
    const cohort = await createCohort('A', [trainees[0]!.id]);
    await addMember(cohort.id, trainees[1]!.id);
    await addMember(cohort.id, trainees[1]!.id);
    await removeMember(cohort.id, trainees[0]!.id);
    await renameCohort(cohort.id, 'B');
    expect(await getCohort(cohort.id)).toMatchObject({ name: 'B', profileIds: [trainees[1]!.id] });
    await expect(addMember('missing', trainees[0]!.id)).rejects.toMatchObject({
      code: 'cohort-not-found',
    });
  });

  it('assigns a case once per cohort; assigning again moves the due date', async () => {
    const cohort = await createCohort('A', [trainees[0]!.id]);
    const first = await assignCase(cohort.id, scenario.id, 5_000);
    const again = await assignCase(cohort.id, scenario.id, 9_000);
    expect(again.id).toBe(first.id);
    expect(await listAssignments(cohort.id)).toEqual([{ ...first, dueAt: 9_000 }]);
    await expect(assignCase('missing', scenario.id, 1)).rejects.toMatchObject({
      code: 'cohort-not-found',
    });
  });

  it("shows each member's status: done with score, not started, overdue", async () => {
    const [a, b] = trainees;
    const cohort = await createCohort('A', [a!.id, b!.id]);
    const assignment = await assignCase(cohort.id, scenario.id, Date.now() + 60_000);
    const played = await play(a!.id, ['calm', 'ask', 'fix']);
    const statuses = await memberStatuses(assignment);
    expect(statuses.map((s) => [s.profile.name, s.status.kind])).toEqual([
      ['王小明', 'done'],
      ['李华', 'not-started'],
    ]);
    expect(statuses[0]!.status).toMatchObject({ attemptId: played.id, total: played.score!.total });
    const later = await memberStatuses(assignment, Date.now() + 120_000);
    expect(later[1]!.status.kind).toBe('overdue');
  });

  it('gives a regraded call its trainer’s total, for the trainer’s view and the trainee’s', async () => {
    const [a] = trainees;
    const cohort = await createCohort('A', [a!.id]);
    const assignment = await assignCase(cohort.id, scenario.id, Date.now() + 60_000);
    const played = await play(a!.id, ['calm', 'policy', 'fix']);
    expect(played.score!.total).not.toBe(64);
    await storeOverride(played.id, (call) => ({
      originalTotal: call.score!.total,
      total: 64,
      reason: '问得细',
      by: '陈老师',
    }));
    expect((await memberStatuses(assignment))[0]!.status).toMatchObject({
      kind: 'done',
      total: 64,
    });
    expect((await assignmentsFor(a!.id))[0]!.status).toMatchObject({ kind: 'done', total: 64 });
  });

  it('leaves a case not done, for trainer and trainee, when its call was merged unverified', async () => {
    const [a] = trainees;
    const cohort = await createCohort('A', [a!.id]);
    const assignment = await assignCase(cohort.id, scenario.id, Date.now() + 60_000);
    const played = await play(a!.id, ['calm', 'ask', 'fix']);
    expect((await memberStatuses(assignment))[0]!.status.kind).toBe('done');
    // A later seal says the call came from a bundle that did not verify: it counts toward nothing.
    await sealRecord('attempt', a!.id, played, {
      status: 'unverified',
      source: null,
      reasons: ['unsigned'],
      review: null,
    });
    expect((await memberStatuses(assignment))[0]!.status.kind).toBe('not-started');
    expect((await assignmentsFor(a!.id))[0]!.status.kind).toBe('not-started');
    expect(await countedCallsOnCase(scenario.id)).toEqual([]);
    // HR accepting it after review makes it count again.
    await sealRecord('attempt', a!.id, played, {
      status: 'accepted',
      source: null,
      reasons: ['unsigned'],
      review: { decision: 'accepted', by: 'HR', at: Date.now(), why: '当面核对过' },
    });
    expect((await memberStatuses(assignment))[0]!.status).toMatchObject({
      kind: 'done',
      attemptId: played.id,
    });
    expect((await countedCallsOnCase(scenario.id)).map((c) => c.id)).toEqual([played.id]);
  });

  it("lists a trainee's assignments from every cohort, soonest due first", async () => {
    const [a, b] = trainees;
    const first = await createCohort('早班', [a!.id]);
    const second = await createCohort('晚班', [a!.id, b!.id]);
    await assignCase(first.id, 'later-case', 20_000);
    await assignCase(second.id, scenario.id, 10_000);
    const mine = await assignmentsFor(a!.id, 15_000);
    expect(mine.map((m) => [m.cohortName, m.assignment.scenarioId, m.status.kind])).toEqual([
      ['晚班', scenario.id, 'overdue'],
      ['早班', 'later-case', 'not-started'],
    ]);
    expect(await assignmentsFor(trainees[2]!.id)).toEqual([]);
  });

  it('deletes a cohort with its assignments, keeping trainees and calls', async () => {
    const cohort = await createCohort('A', [trainees[0]!.id]);
    await assignCase(cohort.id, scenario.id, 5_000);
    await play(trainees[0]!.id, ['argue']);
    await deleteCohort(cohort.id);
    expect(await db.cohorts.count()).toBe(0);
    expect(await db.assignments.count()).toBe(0);
    expect(await db.profiles.count()).toBe(3);
    expect(await db.attempts.count()).toBe(1);
  });
});
