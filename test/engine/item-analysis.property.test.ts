import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answeredCall, reply } from '../../src/engine/conversation';
import { analyseItems, type AnalysedCall } from '../../src/engine/item-analysis';
import { indexScenario } from '../../src/engine/scenario-index';
import { fakeScenario } from '../fakes';
import { PROPERTY_TIMEOUT, runs } from '../property-runs';

const scenario = fakeScenario();
const index = indexScenario(scenario);

/** A whole call, picking at each decision point the reply the given numbers point at. */
function playWith(picks: readonly number[]): AnalysedCall['turns'] {
  let call = answeredCall(scenario);
  const turns: Array<{ turn: number; node: string; choice: string }> = [];
  for (let i = 0; ; i += 1) {
    const node = index.node(call.context.progress.nodeId);
    if (!node || node.kind === 'ending') return turns;
    const choice = node.choices[(picks[i] ?? 0) % node.choices.length]!.id;
    turns.push({ turn: i + 1, node: node.id, choice });
    call = reply(scenario, call, choice);
  }
}

const calls = fc.array(
  fc.record({
    trainee: fc.integer({ min: 0, max: 4 }),
    picks: fc.array(fc.nat(3), { minLength: 6, maxLength: 6 }),
    practice: fc.boolean(),
  }),
  { maxLength: 12 },
);

describe('item analysis, for any group of calls', () => {
  it(
    'splits every point into shares that add up, with one recommended reply and the worst point most missed',
    () => {
      fc.assert(
        fc.property(calls, fc.constantFrom('latest' as const, 'all' as const), (played, basis) => {
          const group: AnalysedCall[] = played.map((c, i) => ({
            id: `c${i}`,
            profileId: `p${c.trainee}`,
            scenarioId: scenario.id,
            contentHash: 'h',
            status: 'finished',
            practice: c.practice,
            finishedAt: i,
            turns: playWith(c.picks),
          }));
          const analysis = analyseItems(scenario, 'h', group, basis);
          const whole = group.filter((c) => !c.practice);
          expect(analysis.counted).toBe(
            basis === 'all' ? whole.length : new Set(whole.map((c) => c.profileId)).size,
          );
          for (const point of analysis.points) {
            const counts = point.replies.reduce((sum, r) => sum + r.count, 0);
            expect(counts).toBe(point.answers);
            expect(point.replies.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1);
            expect(point.replies.filter((r) => r.recommended)).toHaveLength(1);
            expect(point.calls).toBeLessThanOrEqual(analysis.counted);
          }
          const worst = Math.max(0, ...analysis.points.map((p) => p.missRate));
          if (worst === 0) expect(analysis.mostMissed).toBeNull();
          else
            expect(analysis.points.find((p) => p.nodeId === analysis.mostMissed)!.missRate).toBe(
              worst,
            );
        }),
        { numRuns: runs(200, 5000) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
