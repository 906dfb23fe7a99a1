import { describe, expect, it } from 'vitest';
import { emptySummary, foldAttempt, weekStart } from '../../src/engine/profile-summary';
import {
  NO_FILTER,
  certificationOf,
  filterRoster,
  pageOf,
  weeklyProgress,
  type RosterPerson,
} from '../../src/engine/roster';

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 1);
const dims = {
  listen: 80,
  apologize: 60,
  resolve: null,
  diagnose: 50,
  expectations: 70,
  followUp: 40,
  composure: 90,
};

function person(i: number, overrides: Partial<RosterPerson> = {}): RosterPerson {
  return {
    profileId: `p${i}`,
    name: i % 2 ? '王小明' : '李娜',
    employeeId: `E${String(i).padStart(3, '0')}`,
    team: i % 3 ? '热线一组' : null,
    site: null,
    certification: { status: 'none', level: null, expiresAt: null },
    summary: null,
    ...overrides,
  };
}

describe('certification status', () => {
  const award = (awardedDaysAgo: number) => ({
    level: 'complaint-desk',
    awardedAt: now - awardedDaysAgo * DAY,
    expiresAt: now + (365 - awardedDaysAgo) * DAY,
  });
  it('is none without awards, certified, expiring within 30 days, or expired', () => {
    expect(certificationOf([], now).status).toBe('none');
    expect(certificationOf([award(10)], now)).toMatchObject({
      status: 'certified',
      expiresAt: now + 355 * DAY,
    });
    expect(certificationOf([award(340)], now).status).toBe('expiring');
    expect(certificationOf([award(400)], now).status).toBe('expired');
    expect(certificationOf([award(400), award(10)], now).status).toBe('certified');
  });
});

describe('roster filters', () => {
  const people = Array.from({ length: 120 }, (_, i) => person(i));
  it('search by name or employee id, case-insensitively', () => {
    expect(filterRoster(people, { ...NO_FILTER, search: '王' }, now)).toHaveLength(60);
    expect(
      filterRoster(people, { ...NO_FILTER, search: 'e007' }, now).map((p) => p.employeeId),
    ).toEqual(['E007']);
  });
  it('by team, including people in no team', () => {
    expect(filterRoster(people, { ...NO_FILTER, team: '' }, now)).toHaveLength(40);
    expect(filterRoster(people, { ...NO_FILTER, team: '热线一组' }, now)).toHaveLength(80);
  });
  it('by inactivity: never active, or last call before the cut-off', () => {
    const active = person(1, { summary: { ...emptySummary('p1'), lastActivityAt: now - 2 * DAY } });
    const idle = person(2, { summary: { ...emptySummary('p2'), lastActivityAt: now - 40 * DAY } });
    const never = person(3);
    const found = filterRoster([active, idle, never], { ...NO_FILTER, inactiveDays: 30 }, now);
    expect(found.map((p) => p.profileId)).toEqual(['p2', 'p3']);
  });
  it('pages 50 at a time and clamps a page past the end', () => {
    expect(pageOf(people, 0, 50)).toMatchObject({ page: 0, pages: 3, total: 120 });
    expect(pageOf(people, 2, 50).rows).toHaveLength(20);
    expect(pageOf(people, 9, 50).page).toBe(2);
    expect(pageOf([], 0, 50)).toMatchObject({ page: 0, pages: 1, rows: [] });
  });
});

describe('summaries and weekly progress', () => {
  it('fold finished calls into running means, bests and weeks', () => {
    const monday = weekStart(now);
    expect(new Date(monday).getUTCDay()).toBe(1);
    let s = emptySummary('p1');
    s = foldAttempt(s, {
      scenarioId: 'a',
      finishedAt: now,
      score: { total: 60, dimensions: dims },
    });
    s = foldAttempt(s, {
      scenarioId: 'a',
      finishedAt: now + DAY,
      score: { total: 80, dimensions: { ...dims, resolve: 50, listen: 100 } },
    });
    s = foldAttempt(s, { scenarioId: 'b', finishedAt: null, score: null });
    expect(s.finishedAttempts).toBe(2);
    expect(s.bestByScenario).toEqual({ a: 80 });
    expect(s.dimensionMeans.listen).toBe(90);
    expect(s.dimensionMeans.resolve).toBe(50);
    const weeks = weeklyProgress([person(1, { summary: s }), person(2, { summary: s })]);
    expect(weeks.reduce((n, w) => n + w.attempts, 0)).toBe(4);
    expect(weeks.every((w) => w.mean === 70 || w.mean === 60 || w.mean === 80)).toBe(true);
  });
});
