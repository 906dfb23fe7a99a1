import { describe, expect, it } from 'vitest';
import { replayChoices } from '../../src/engine/replay';
import {
  DEMO_ID_PREFIX,
  demoCase,
  demoPeople,
  demoRecordsFor,
  isDemoId,
} from '../../src/engine/demo-org';
import { summarize } from '../../src/engine/profile-summary';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';

const options = { seed: 7, people: 40, attempts: 2_000, now: Date.UTC(2026, 5, 1) };
const cases = BUNDLED_SCENARIOS.slice(0, 4).map((s, i) => demoCase(s, `hash-${i}`, i));

describe('the demo organization', () => {
  it('is the same for the same seed, and different for another', () => {
    expect(demoPeople(options)).toEqual(demoPeople(options));
    expect(demoPeople({ ...options, seed: 8 })).not.toEqual(demoPeople(options));
  });

  it('has exactly the asked number of people and calls, all marked as demo', () => {
    const people = demoPeople(options);
    expect(people).toHaveLength(40);
    expect(people.reduce((n, p) => n + p.attempts, 0)).toBe(2_000);
    expect(new Set(people.map((p) => p.employeeId)).size).toBe(40);
    expect(people.every((p) => isDemoId(p.id) && /^[A-Za-z0-9_-]{1,20}$/.test(p.employeeId))).toBe(
      true,
    );
    expect(people.every((p) => /^[\u4e00-\u9fff]{2,3}$/.test(p.name))).toBe(true);
    expect(new Set(people.map((p) => p.team)).size).toBeGreaterThan(3);
  });

  it('draws calls from real play-throughs whose scores the engine agrees with', () => {
    const [person] = demoPeople(options);
    const { attempts, summary } = demoRecordsFor(person!, cases, 1);
    expect(attempts).toHaveLength(person!.attempts);
    for (const a of attempts.slice(0, 10)) {
      expect(a.id.startsWith(DEMO_ID_PREFIX)).toBe(true);
      const scenario = BUNDLED_SCENARIOS.find((s) => s.id === a.scenarioId)!;
      expect(replayChoices(scenario, a.choices).score).toEqual(a.score);
    }
    expect(summary).toEqual(summarize(person!.id, attempts));
    const times = attempts.map((a) => a.finishedAt);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(Math.max(...times)).toBeLessThanOrEqual(options.now);
  });

  it('spreads scores across the range and certifies some people but not all', () => {
    const people = demoPeople({ ...options, people: 60, attempts: 6_000 });
    const records = people.map((p, i) => demoRecordsFor(p, cases, i));
    const totals = records.flatMap((r) => r.attempts.map((a) => a.score.total));
    expect(Math.min(...totals)).toBeLessThan(40);
    expect(Math.max(...totals)).toBeGreaterThan(85);
    const certified = records.filter((r) => r.awards.length > 0).length;
    expect(certified).toBeGreaterThan(0);
    expect(certified).toBeLessThan(60);
  });
});
