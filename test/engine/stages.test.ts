import { describe, expect, it } from 'vitest';
import { analysePaths, walkPaths } from '../../src/engine/analyse-paths';
import { stagesDebrief } from '../../src/engine/debrief/stage-account';
import { linesSaid } from '../../src/engine/facts';
import { replayChoices } from '../../src/engine/replay';
import type { DecisionNode, Scenario, ScenarioNode } from '../../src/engine/scenario-schema';
import {
  channelAt,
  promiseOutcomes,
  stageIndexOf,
  stagesPlayed,
  stageWeights,
} from '../../src/engine/stages';
import { countPaths } from '../../src/engine/validation/count-paths';
import { validateScenarioValue } from '../../src/engine/validation/validate-pack';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { cloneScenario } from '../fakes';

const bundled = BUNDLED_SCENARIOS.find((s) => s.id === 'dismissed-at-the-counter')!;
const EXPERT = [
  'own-the-brush-off',
  'log-and-promise',
  'report-result',
  'visit-and-thanks',
  'public-reply-owned',
  'report-back',
];
const t = (text: string) => ({ 'zh-CN': `【${text}】`, en: text });

describe('stages of the bundled multi-stage case', () => {
  it('assigns each node to the contact whose opening reaches it first', () => {
    expect(stageIndexOf(bundled, 'counter-flare')).toBe(0);
    expect(stageIndexOf(bundled, 'callback-cold')).toBe(1);
    expect(stageIndexOf(bundled, 'post-still-angry')).toBe(2);
    expect(channelAt(bundled, 'callback-open')).toBe('phone');
    expect(channelAt(bundled, 'post-open')).toBe('online');
  });

  it('keeps a logged promise: the callback customer says so, and a later branch follows', () => {
    const replay = replayChoices(bundled, EXPERT.slice(0, 2));
    expect(replay.progress.facts).toContain('callback-thursday-kept');
    const node = bundled.nodes.find((n) => n.id === 'callback-open')!;
    const said = linesSaid(node, replay.progress.facts).map((l) => l.line.text.en);
    expect(said.join(' ')).toContain('You actually called on Thursday');
    expect(replayChoices(bundled, EXPERT.slice(0, 3)).turns.at(-1)!.next).toBe('callback-offer');
  });

  it('breaks a promise that was only spoken: the customer remembers and the same reply lands elsewhere', () => {
    const choices = ['own-the-brush-off', 'promise-only', 'report-result'];
    const replay = replayChoices(bundled, choices);
    expect(replay.turns[1]!.facts).toContain('callback-thursday-broken');
    expect(replay.turns[1]!.facts).not.toContain('callback-thursday-kept');
    const node = bundled.nodes.find((n) => n.id === 'callback-open')!;
    const said = linesSaid(node, replay.turns[1]!.facts).map((l) => l.line.text.en);
    expect(said.join(' ')).toContain('You said you’d call on Thursday');
    expect(replay.turns.at(-1)!.next).toBe('callback-cold');
    expect(promiseOutcomes(bundled, replay.turns).map((p) => p.status)).toEqual(['broken']);
  });

  it('reports a promise never made, and one never checked because the complaint ended first', () => {
    const dismissed = replayChoices(bundled, ['descale-it', 'calm-down']);
    expect(promiseOutcomes(bundled, dismissed.turns).map((p) => p.status)).toEqual(['not-made']);
    const early = replayChoices(bundled, ['own-the-brush-off']);
    expect(promiseOutcomes(bundled, early.turns).map((p) => p.status)).toEqual(['not-checked']);
  });

  it('plays one attempt across every stage, scored once with the ending of the final stage', () => {
    const replay = replayChoices(bundled, EXPERT);
    expect(replay.complete).toBe(true);
    expect(replay.outcome).toBe('resolved-satisfied');
    const played = stagesPlayed(bundled, replay.turns);
    expect(played.map((s) => s.turns.length)).toEqual([2, 2, 2]);
    expect(played.every((s) => s.reached)).toBe(true);
  });

  it('weighs each stage by its decision points', () => {
    const replay = replayChoices(bundled, [
      'descale-it',
      'start-over',
      'log-and-promise',
      'sorry-for-the-wait',
      'visit-and-thanks',
      'public-reply-owned',
      'report-back',
    ]);
    const weights = stageWeights(stagesPlayed(bundled, replay.turns));
    expect(weights.map((w) => Math.round(w * 7))).toEqual([3, 2, 2]);
    const account = stagesDebrief(
      bundled,
      replay.turns.map((turn) => turn.choice),
    )!;
    expect(account.stages.map((s) => s.weight)).toEqual([43, 29, 29]);
    expect(account.stages.map((s) => s.turns)).toEqual([
      [1, 2, 3],
      [4, 5],
      [6, 7],
    ]);
    expect(account.promises).toEqual([
      expect.objectContaining({ fact: 'callback-thursday', status: 'kept' }),
    ]);
  });

  it('caps the score by the ending the final stage reaches', () => {
    const campaign = replayChoices(bundled, [
      'own-the-brush-off',
      'log-and-promise',
      'report-result',
      'visit-and-thanks',
      'official-rebuttal',
    ]);
    expect(campaign.outcome).toBe('public-complaint');
    expect(campaign.score.total).toBeLessThanOrEqual(30);
  });

  it('is a case that is one call for stagesDebrief when it has no stages', () => {
    const single = BUNDLED_SCENARIOS.find((s) => s.id === 'wrong-spare-part')!;
    expect(stagesDebrief(single, [])).toBeNull();
  });
});

describe('path analysis across stages', () => {
  it('reaches every node, ending and transition of the bundled case, and says every line', () => {
    const analysis = analysePaths(bundled);
    expect(analysis.unreachable).toEqual([]);
    expect(analysis.deadEnds).toEqual([]);
    expect(analysis.unsaidLines).toEqual([]);
    expect(analysis.transitions.missed).toEqual([]);
    expect(Object.values(analysis.endings).every(Boolean)).toBe(true);
    expect(analysis.recommended.choices).toEqual(EXPERT);
  });

  it('plays each stage from each distinct carried state, never every whole-case path', () => {
    const scenario = chainOfStages(3, 4);
    // Four binary decisions a stage, three stages: 2^12 whole-case paths.
    const wholeCase = 2 ** 12;
    let played = 0;
    const walk = walkPaths(scenario, () => (played += 1));
    expect(walk.truncated).toBe(false);
    expect(played).toBeLessThan(wholeCase / 8);
    expect(played).toBeGreaterThan(0);
    const analysis = analysePaths(scenario);
    expect(analysis.unreachable).toEqual([]);
    expect(analysis.transitions.missed).toEqual([]);
  });

  it('asks a phone callback, like the first call, to open by saying who is calling', () => {
    expect(channelAt(bundled, 'callback-open')).toBe('phone');
    const rulesAtCallback = (reply: string) =>
      replayChoices(bundled, [...EXPERT.slice(0, 2), reply]).turns[2]!.grade.rules;
    expect(rulesAtCallback('report-result')).not.toContain('no-self-identification');
    expect(rulesAtCallback('supplier-timeline')).toContain('no-self-identification');
    // Mid-contact, a reply need not say it again.
    const later = replayChoices(bundled, EXPERT.slice(0, 4)).turns[3]!;
    expect(later.node).not.toBe('callback-open');
    expect(channelAt(bundled, later.node)).toBe('phone');
    const laterNode = bundled.nodes.find((n) => n.id === later.node) as DecisionNode;
    const laterReply = laterNode.choices.find((c) => c.id === later.choice)!;
    expect(laterReply.behaviours).not.toContain('self-identify');
    expect(later.grade.rules).not.toContain('no-self-identification');
  });

  it('grades a reply on the channel of its stage, not the case’s', () => {
    const scenario = chainOfStages(2, 1);
    expect(scenario.channel).toBe('counter');
    const [turn] = replayChoices(scenario, ['s0-d0-b']).turns;
    expect(turn!.grade.rules).toContain('no-self-identification');
  });

  it('keeps the whole-case bound as a conservative cap, above what the stage walk plays', () => {
    const scenario = chainOfStages(3, 4);
    expect(countPaths(scenario, 50_000).paths).toBe(2 ** 12);
    expect(analysePaths(scenario).pathCount).toBeLessThan(2 ** 12);
  });
});

describe('stage validation', () => {
  const stagedValue = (edit: (s: Scenario) => void) => {
    const scenario = cloneScenario(bundled);
    edit(scenario);
    return validateScenarioValue(scenario).map((p) => p.message);
  };

  it('accepts the bundled case and old single-call cases as they are', () => {
    expect(stagedValue(() => {})).toEqual([]);
  });

  it('refuses stages in a format-1 case', () => {
    expect(stagedValue((s) => (s.formatVersion = 1)).join(' ')).toMatch(/formatVersion 2/);
  });

  it('refuses a later stage without its elapsed time, and a first stage off the start', () => {
    expect(
      stagedValue((s) => {
        delete s.stages![1]!.elapsed;
      }),
    ).toContain('say how much time passed before this stage (e.g. “Two days later”)');
    expect(stagedValue((s) => (s.stages![0]!.startNode = 'counter-listen')).join(' ')).toMatch(
      /first stage must start where the case starts/,
    );
  });

  it('refuses a promise checked before any reply can make it', () => {
    expect(
      stagedValue((s) => (s.stages![1]!.checks![0]!.keptWhen = 'settled-by-phone')).join(' '),
    ).toMatch(/no reply before this stage sets the fact "settled-by-phone"/);
  });

  it('refuses a reply leading back to an earlier contact', () => {
    const problems = stagedValue((s) => {
      const cold = s.nodes.find((n) => n.id === 'callback-cold') as DecisionNode;
      cold.choices[1]!.next = 'counter-open';
    });
    expect(problems.join(' ')).toMatch(/leads back to the opening of stage "counter"/);
  });
});

/**
 * A case of `stages` contacts, each a chain of `depth` decisions with two replies that meet
 * again, so every stage opens in the same carried state whatever was said before.
 */
function chainOfStages(stages: number, depth: number): Scenario {
  const nodes: ScenarioNode[] = [];
  const id = (k: number, d: number) => `s${k}-d${d}`;
  for (let k = 0; k < stages; k += 1) {
    for (let d = 0; d < depth; d += 1) {
      const next = d + 1 < depth ? id(k, d + 1) : k + 1 < stages ? id(k + 1, 0) : 'done';
      nodes.push({
        id: id(k, d),
        kind: 'decision',
        lines: [{ text: t(`line ${k}.${d}`) }],
        choices: [
          {
            id: `${id(k, d)}-a`,
            text: t('a'),
            behaviours: ['acknowledge-emotion'],
            mood: {},
            note: t('a'),
            next,
            recommended: true,
          },
          {
            id: `${id(k, d)}-b`,
            text: t('b'),
            behaviours: ['ask-facts'],
            mood: {},
            note: t('b'),
            next,
          },
        ],
      });
    }
  }
  nodes.push({
    id: 'done',
    kind: 'ending',
    lines: [{ text: t('bye') }],
    outcome: 'resolved-satisfied',
    summary: t('done'),
  });
  return {
    ...cloneScenario(bundled),
    id: 'chain-of-stages',
    facts: undefined,
    start: id(0, 0),
    stages:
      stages > 1
        ? Array.from({ length: stages }, (_, k) => ({
            id: `stage-${k}`,
            title: t(`stage ${k}`),
            channel: 'phone' as const,
            startNode: id(k, 0),
            ...(k > 0 ? { elapsed: t('a day later') } : {}),
          }))
        : undefined,
    nodes,
  };
}
