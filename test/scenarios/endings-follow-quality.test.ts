import { describe, expect, it } from 'vitest';
import { walkPaths } from '../../src/engine/analyse-paths';
import type { Scenario } from '../../src/engine/scenario-schema';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';

/**
 * Endings follow the quality of the call. The expert graders found, in each of these cases, a
 * sensible but incomplete reply (their B or C) that could never end satisfied while poorer
 * replies (their D or E) still could. Played over every path: the sensible reply now leaves a
 * satisfied ending within reach of a call played well from there, and a poorer reply ends
 * satisfied only where a later reply apologises, repairing what it did.
 */
interface QualityCase {
  caseId: string;
  sensible: string;
  poorer: string[];
}

const CASES: QualityCase[] = [
  { caseId: 'manager-demand', sensible: 'fix-straight', poorer: ['asap', 'process-first'] },
  {
    caseId: 'card-annual-fee',
    sensible: 'pull-statement',
    poorer: [
      'explain-fee-first',
      'fee-schedule',
      'refund-everything',
      'ask-what-she-wants',
      'name-your-price',
      'refund-plus-interest',
    ],
  },
  { caseId: 'anxious-parent-clinic', sensible: 'skip-cue-wait', poorer: ['nod-along'] },
  { caseId: 'wrong-spare-part', sensible: 'return-procedure', poorer: ['reorder-please'] },
];

const apologises = (scenario: Scenario, node: string, choice: string): boolean =>
  scenario.nodes.some(
    (n) =>
      n.kind === 'decision' &&
      n.id === node &&
      n.choices.some((c) => c.id === choice && c.behaviours.includes('apologize')),
  );

describe.each(CASES.map((c) => [c.caseId, c] as const))('%s', (caseId, { sensible, poorer }) => {
  const scenario = BUNDLED_SCENARIOS.find((s) => s.id === caseId)!;

  it(`${sensible} can still end satisfied`, () => {
    const outcomes = new Set<string>();
    walkPaths(scenario, (path) => {
      if (path.choices.includes(sensible)) outcomes.add(path.outcome);
    });
    expect(outcomes.size).toBeGreaterThan(0);
    expect(outcomes.has('resolved-satisfied')).toBe(true);
  });

  it.each(poorer)('%s ends satisfied only after a later apology', (reply) => {
    let played = 0;
    const unrepaired: string[][] = [];
    walkPaths(scenario, (path) => {
      const at = path.choices.indexOf(reply);
      if (at < 0) return;
      played += 1;
      if (path.outcome !== 'resolved-satisfied') return;
      const repaired = path.turns
        .slice(at + 1)
        .some((turn) => apologises(scenario, turn.node, turn.choice));
      if (!repaired) unrepaired.push([...path.choices]);
    });
    expect(played).toBeGreaterThan(0);
    expect(unrepaired).toEqual([]);
  });
});
