import { describe, expect, it } from 'vitest';
import { attemptRow, rosterRow, type AttemptRowInput } from '../../src/engine/hr-csv';
import type { RosterPerson } from '../../src/engine/roster';
import { DIMENSION_IDS } from '../../src/engine/scoring/dimensions';
import { SCORING_MODEL_VERSION } from '../../src/engine/scoring/model-version';

const call = (scoringModel: number): AttemptRowInput => ({
  employeeId: '1024',
  name: '王小明',
  scenarioTitle: '同学的定金',
  scenarioVersion: 3,
  startedAt: new Date(2026, 2, 1, 14, 5).getTime(),
  finishedAt: new Date(2026, 2, 1, 14, 9).getTime(),
  status: '已完成',
  outcome: '圆满解决',
  total: 72,
  scoringModel,
  dimensions: null,
  practice: false,
  attemptId: 'a-1',
});

describe('the calls CSV row', () => {
  it('puts the scoring model that graded the call and whether it is an earlier one beside the total', () => {
    const row = attemptRow(call(SCORING_MODEL_VERSION - 1));
    expect(row.slice(8, 11)).toEqual([72, SCORING_MODEL_VERSION - 1, 1]);
  });

  it('marks a call graded by the current model as not earlier', () => {
    const row = attemptRow(call(SCORING_MODEL_VERSION));
    expect(row.slice(8, 11)).toEqual([72, SCORING_MODEL_VERSION, 0]);
  });

  it("puts a trainer's override after them: the total that stands, the reason, who gave it", () => {
    expect(attemptRow(call(1)).slice(11, 14)).toEqual([null, null, null]);
    const regraded = attemptRow({
      ...call(1),
      override: { total: 85, reason: '录音显示已确认回访', by: '张老师' },
    });
    expect(regraded.slice(8, 14)).toEqual([72, 1, 1, 85, '录音显示已确认回访', '张老师']);
  });

  it('keeps the dimensions, practice flag and call id after them', () => {
    const row = attemptRow(call(1));
    expect(row).toHaveLength(14 + DIMENSION_IDS.length + 2);
    expect(row.slice(0, 6)).toEqual([
      '1024',
      '王小明',
      '同学的定金',
      3,
      '2026-03-01 14:05',
      '2026-03-01 14:09',
    ]);
    expect(row.slice(-2)).toEqual([0, 'a-1']);
  });
});

describe('the roster CSV row', () => {
  const person: RosterPerson & { overriddenCalls: number } = {
    profileId: 'p-1',
    name: '王小明',
    employeeId: '1024',
    team: '热线一组',
    site: '成都',
    certification: { status: 'none', level: null, expiresAt: null },
    summary: {
      profileId: 'p-1',
      finishedAttempts: 4,
      bestByScenario: { ac: 88 },
      dimensionMeans: {},
      lastActivityAt: new Date(2026, 2, 1, 14, 5).getTime(),
      dimensionCounts: {},
      totalSum: 282,
      weekly: {},
    },
    overriddenCalls: 2,
  };

  it("puts how many of the person's calls a trainer regraded after the best and mean, as the roster shows", () => {
    const row = rosterRow(person, (status) => `status:${status}`);
    expect(row.slice(0, 12)).toEqual([
      '王小明',
      '1024',
      '成都',
      '热线一组',
      'status:none',
      null,
      '',
      4,
      '2026-03-01 14:05',
      88,
      71,
      2,
    ]);
    expect(row).toHaveLength(12 + DIMENSION_IDS.length);
  });

  it('names a certified person’s level as the reader reads it, not by its id', () => {
    const certified = {
      ...person,
      certification: {
        ...person.certification,
        status: 'certified' as const,
        level: 'complaint-seat',
      },
    };
    const row = rosterRow(
      certified,
      (s) => s,
      (level) => `level:${level}`,
    );
    expect(row[5]).toBe('level:complaint-seat');
  });
});
