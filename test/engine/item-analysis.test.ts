import { describe, expect, it } from 'vitest';
import { TIMEOUT } from '../../src/engine/call-progress';
import { analyseItems, type AnalysedCall } from '../../src/engine/item-analysis';
import { replayChoices } from '../../src/engine/replay';
import { followRecommended } from '../../src/engine/analyse-paths';
import { answeredCall, reply } from '../../src/engine/conversation';
import { indexScenario } from '../../src/engine/scenario-index';
import { stageIndexOf } from '../../src/engine/stages';
import { bundledScenario } from '../../src/scenarios/bundled';
import { fakeScenario } from '../fakes';

const scenario = fakeScenario();
const HASH = 'hash-now';

let finishedAt = 0;
function call(
  profileId: string,
  choices: string[],
  extra: Partial<AnalysedCall> = {},
): AnalysedCall {
  const replay = replayChoices(scenario, choices);
  finishedAt += 1000;
  return {
    id: `${profileId}-${finishedAt}`,
    profileId,
    scenarioId: scenario.id,
    contentHash: HASH,
    status: replay.complete ? 'finished' : 'active',
    practice: false,
    finishedAt: replay.complete ? finishedAt : null,
    turns: replay.turns.map((t, i) => ({ turn: i + 1, node: t.node, choice: t.choice })),
    ...extra,
  };
}

// Three trainees: two give the policy answer at "facts", one goes through the flare-up.
const older = call('p1', ['argue']);
const group = [
  older,
  call('p1', ['calm', 'policy', 'fix']),
  call('p2', ['calm', 'policy', 'close-early']),
  call('p3', ['explain-early', 'recover', 'ask', 'fix']),
];

const point = (analysis: ReturnType<typeof analyseItems>, nodeId: string) =>
  analysis.points.find((p) => p.nodeId === nodeId)!;
const shares = (analysis: ReturnType<typeof analyseItems>, nodeId: string) =>
  Object.fromEntries(point(analysis, nodeId).replies.map((r) => [r.choiceId, r.count]));

describe('item analysis', () => {
  const analysis = analyseItems(scenario, HASH, group);

  it("counts each trainee's latest finished call by default", () => {
    expect(analysis.basis).toBe('latest');
    expect(analysis.counted).toBe(3);
    expect(analysis.trainees).toBe(3);
    expect(shares(analysis, 'opening')).toEqual({ calm: 2, 'explain-early': 1, argue: 0 });
  });

  it('splits the replies at each decision point into shares', () => {
    const facts = point(analysis, 'facts');
    expect(facts.answers).toBe(3);
    expect(facts.calls).toBe(3);
    expect(facts.replies.map((r) => [r.choiceId, r.share])).toEqual([
      ['ask', 1 / 3],
      ['policy', 2 / 3],
    ]);
    expect(point(analysis, 'fix-it').replies.find((r) => r.choiceId === 'fix')!.share).toBe(2 / 3);
  });

  it('marks the recommended reply, on and off the expert path', () => {
    expect(point(analysis, 'facts').recommendedChoice).toBe('ask');
    expect(point(analysis, 'facts').replies.filter((r) => r.recommended)).toHaveLength(1);
    expect(point(analysis, 'facts').onExpertPath).toBe(true);
    expect(point(analysis, 'flare-up').onExpertPath).toBe(false);
    expect(point(analysis, 'flare-up').recommendedChoice).toBe('recover');
  });

  it('finds the turn most of the group misses', () => {
    expect(analysis.mostMissed).toBe('facts');
    expect(point(analysis, 'facts').missRate).toBeCloseTo(2 / 3);
    expect(analysis.points.filter((p) => p.missedByMost).map((p) => p.nodeId)).toEqual(['facts']);
    expect(point(analysis, 'flare-up').missRate).toBe(0);
  });

  it('orders decision points as a call meets them and leaves out points nobody reached', () => {
    expect(analysis.points.map((p) => p.nodeId)).toEqual([
      'opening',
      'facts',
      'flare-up',
      'fix-it',
    ]);
    const expertOnly = analyseItems(scenario, HASH, [call('p9', ['calm', 'ask', 'fix'])]);
    expect(expertOnly.points.map((p) => p.nodeId)).toEqual(['opening', 'facts', 'fix-it']);
    expect(expertOnly.mostMissed).toBeNull();
  });

  it('counts every finished call when asked for all', () => {
    const all = analyseItems(scenario, HASH, group, 'all');
    expect(all.counted).toBe(4);
    expect(shares(all, 'opening')).toEqual({ calm: 2, 'explain-early': 1, argue: 1 });
  });

  it('leaves out practice, unfinished and other-version calls, counting the last', () => {
    const noise = [
      call('p4', ['calm', 'ask', 'fix'], { practice: true }),
      call('p5', ['calm', 'ask']),
      call('p6', ['argue'], { contentHash: 'hash-before' }),
    ];
    const withNoise = analyseItems(scenario, HASH, [...group, ...noise]);
    expect(withNoise.counted).toBe(3);
    expect(withNoise.otherVersions).toBe(1);
    expect(shares(withNoise, 'opening')).toEqual(shares(analysis, 'opening'));
  });

  it('shows a timeout as its own row beside the replies', () => {
    const timed = analyseItems(scenario, HASH, [
      call('p7', [TIMEOUT, 'calm', 'ask', 'fix']),
      call('p8', ['calm', 'ask', 'fix']),
    ]);
    const opening = point(timed, 'opening');
    expect(opening.answers).toBe(3);
    expect(opening.calls).toBe(2);
    expect(opening.replies.at(-1)).toMatchObject({ choiceId: TIMEOUT, count: 1 });
    expect(opening.missRate).toBeCloseTo(1 / 3);
  });
});

describe('item analysis of a case spanning several contacts', () => {
  const staged = bundledScenario('dismissed-at-the-counter');
  const index = indexScenario(staged);
  /** A whole call that takes the n-th reply (or the last there is) at every decision point. */
  const walk = (n: number): string[] => {
    const choices: string[] = [];
    let call = answeredCall(staged);
    for (let guard = 0; guard < 40; guard++) {
      const node = index.node(call.context.progress.nodeId);
      if (node?.kind !== 'decision') break;
      const choice = node.choices[Math.min(n, node.choices.length - 1)]!.id;
      choices.push(choice);
      call = reply(staged, call, choice);
    }
    return choices;
  };
  const stagedCall = (profileId: string, choices: string[]): AnalysedCall => ({
    id: profileId,
    profileId,
    scenarioId: staged.id,
    contentHash: HASH,
    status: 'finished',
    practice: false,
    finishedAt: 1,
    turns: replayChoices(staged, choices).turns.map((t, i) => ({
      turn: i + 1,
      node: t.node,
      choice: t.choice,
    })),
  });
  const calls = [
    stagedCall('p1', followRecommended(staged).choices),
    stagedCall('p2', walk(1)),
    stagedCall('p3', walk(2)),
  ];

  it('labels each decision point with its stage and lists the stages in order', () => {
    const analysis = analyseItems(staged, HASH, calls);
    const stages = analysis.points.map((p) => p.stage);
    expect(
      stages.every((s, i) => s !== null && s === stageIndexOf(staged, analysis.points[i]!.nodeId)),
    ).toBe(true);
    expect(stages).toEqual([...stages].sort((a, b) => a! - b!));
    // The expert's call reaches the last contact, so every stage has a point.
    expect(new Set(stages)).toEqual(new Set(staged.stages!.map((_, k) => k)));
  });

  it('gives a one-call case no stage', () => {
    expect(analyseItems(scenario, HASH, group).points.every((p) => p.stage === null)).toBe(true);
  });
});
