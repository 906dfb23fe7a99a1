import { describe, expect, it } from 'vitest';
import { analysePaths } from '../../src/engine/analyse-paths';
import { openingTranscript, turnTranscript } from '../../src/engine/attempt-log';
import { establish, lineHolds } from '../../src/engine/facts';
import { groupPosition, previewReply } from '../../src/engine/group-session';
import { replayChoices } from '../../src/engine/replay';
import { packSchema, type DecisionNode, type Scenario } from '../../src/engine/scenario-schema';
import {
  validatePackValue,
  validateScenarioValue,
} from '../../src/engine/validation/validate-pack';
import { cloneScenario, fakeScenario } from '../fakes';

const t = (text: string) => ({ 'zh-CN': `【${text}】`, en: text });
const HEARD = t('Thank you for hearing me out.');
const NOT_HEARD = t('You never even asked me what happened.');

/**
 * The fake call where asking establishes "heard-out" and quoting policy withdraws it: the next
 * customer says thanks only when heard out, and the fix satisfies only a customer who was.
 */
function rememberingCase(): Scenario {
  const scenario = cloneScenario(fakeScenario({ formatVersion: 2 }));
  const node = (id: string) => scenario.nodes.find((n) => n.id === id) as DecisionNode;
  const choice = (nodeId: string, id: string) => node(nodeId).choices.find((c) => c.id === id)!;
  choice('facts', 'ask').sets = ['heard-out'];
  choice('facts', 'policy').clears = ['heard-out'];
  choice('opening', 'calm').sets = ['heard-out'];
  node('fix-it').lines.push({ text: HEARD, when: { fact: 'heard-out' } });
  node('fix-it').lines.push({ text: NOT_HEARD, unless: { fact: 'heard-out' } });
  choice('fix-it', 'fix').next = {
    branches: [{ when: { fact: 'heard-out' }, to: 'end-good' }],
    otherwise: 'end-grudging',
  };
  return scenario;
}

const customerSays = (scenario: Scenario, choices: string[]) => {
  const { turns } = replayChoices(scenario, choices);
  const last = turns.length;
  return turnTranscript(scenario, turns[last - 1]!, last)
    .filter((e) => e.speaker === 'customer')
    .map((e) => e.text.en);
};

describe('facts a call establishes', () => {
  it('are set and cleared by replies, each once, in first-set order', () => {
    expect(establish([], { sets: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(establish(['a'], { sets: ['a', 'c'] })).toEqual(['a', 'c']);
    expect(establish(['a', 'b'], { clears: ['a'] })).toEqual(['b']);
    expect(establish(['a'], undefined)).toEqual(['a']);
  });

  it('decide whether a line is said, on both sides of its condition', () => {
    const when = { text: HEARD, when: { fact: 'x' } };
    const unless = { text: NOT_HEARD, unless: { fact: 'x' } };
    expect([lineHolds(when, ['x']), lineHolds(when, [])]).toEqual([true, false]);
    expect([lineHolds(unless, ['x']), lineHolds(unless, [])]).toEqual([false, true]);
  });

  it('live in the call’s progress and turns, moved only by the replies that set or clear them', () => {
    const scenario = rememberingCase();
    const replay = replayChoices(scenario, ['calm', 'policy']);
    expect(replay.turns.map((turn) => turn.facts)).toEqual([['heard-out'], []]);
    expect(replay.progress.facts).toEqual([]);
    expect(replayChoices(scenario, ['calm', 'ask']).progress.facts).toEqual(['heard-out']);
  });

  it('route a branch that depends on them, read before the reply like the mood', () => {
    const scenario = rememberingCase();
    expect(replayChoices(scenario, ['calm', 'ask', 'fix']).outcome).toBe('resolved-satisfied');
    expect(replayChoices(scenario, ['calm', 'policy', 'fix']).outcome).toBe('resolved-grudging');
  });

  it('leave out of the transcript every line whose condition does not hold', () => {
    const scenario = rememberingCase();
    expect(customerSays(scenario, ['calm', 'ask'])).toEqual(['So what will you do?', HEARD.en]);
    expect(customerSays(scenario, ['calm', 'policy'])).toEqual([
      'So what will you do?',
      NOT_HEARD.en,
    ]);
    const opening = rememberingCase();
    opening.nodes[0]!.lines.push({ text: HEARD, when: { fact: 'heard-out' } });
    expect(openingTranscript(opening).map((e) => e.text.en)).toEqual(['You people never listen!']);
  });

  it('keep a said line’s index in its node, so recordings of it still match', () => {
    const scenario = rememberingCase();
    const { turns } = replayChoices(scenario, ['calm', 'policy']);
    const said = turnTranscript(scenario, turns[1]!, 2).filter((e) => e.speaker === 'customer');
    expect(said.map((e) => e.line?.index)).toEqual([0, 2]);
  });

  it('decide what the group hears where it stands and in a preview', () => {
    const scenario = rememberingCase();
    const decided = (ids: string[]) =>
      ids.map((followed) => ({ nodeId: '', followed, votes: {}, hotSeat: [], previewed: [] }));
    expect(groupPosition(scenario, decided(['calm', 'policy'])).lines.map((l) => l.text)).toEqual([
      t('So what will you do?'),
      NOT_HEARD,
    ]);
    expect(previewReply(scenario, decided(['calm']), 'ask').lines.map((l) => l.text)).toEqual([
      t('So what will you do?'),
      HEARD,
    ]);
  });

  it('are part of path analysis: a conditional line no path says is reported', () => {
    expect(analysePaths(rememberingCase()).unsaidLines).toEqual([]);
    const scenario = rememberingCase();
    const fixIt = scenario.nodes.find((n) => n.id === 'fix-it')!;
    fixIt.lines.push({ text: t('Never said.'), when: { fact: 'never-reached-here' } });
    const end = scenario.nodes.find((n) => n.id === 'end-escalated')!;
    end.lines.push({ text: t('Said whenever the call escalates.'), unless: { fact: 'heard-out' } });
    (scenario.nodes[0] as DecisionNode).choices[2]!.sets = ['never-reached-here'];
    expect(analysePaths(scenario).unsaidLines).toEqual(['fix-it/3']);
  });
});

describe('facts in the pack format', () => {
  const pack = (scenario: Scenario, formatVersion: number) => ({
    format: 'complaint-desk-pack',
    formatVersion,
    scenarios: [scenario],
    media: {},
  });

  it('keep a format-1 pack without facts valid, and accept facts from format 2', () => {
    expect(packSchema.safeParse(pack(fakeScenario(), 1)).success).toBe(true);
    expect(packSchema.safeParse(pack(fakeScenario(), 2)).success).toBe(true);
    expect(packSchema.safeParse(pack(rememberingCase(), 2)).success).toBe(true);
  });

  it('refuse facts in a format-1 case, and a case newer than its pack', () => {
    const old = { ...rememberingCase(), formatVersion: 1 as const };
    expect(packSchema.safeParse(pack(old, 1)).success).toBe(false);
    expect(packSchema.safeParse(pack(rememberingCase(), 1)).success).toBe(false);
    expect(packSchema.safeParse(pack(fakeScenario(), 3)).success).toBe(false);
  });

  it('validate a case whose facts can hold, with located problems for one whose cannot', () => {
    expect(validateScenarioValue(rememberingCase(), '$')).toEqual([]);
    const unset = rememberingCase();
    (unset.nodes[1] as DecisionNode).choices[0]!.sets = ['other'];
    (unset.nodes[0] as DecisionNode).choices[0]!.sets = ['other'];
    const paths = validateScenarioValue(unset, '$').map((p) => p.path);
    expect(paths).toEqual([
      '$.nodes[2].lines[1].when.fact',
      '$.nodes[2].lines[2].unless.fact',
      '$.nodes[2].choices[0].next.branches[0].when.fact',
    ]);
  });

  it('refuse a node where the customer could say nothing', () => {
    const silent = rememberingCase();
    silent.nodes[2]!.lines = [{ text: HEARD, when: { fact: 'heard-out' } }];
    const problems = validatePackValue(pack(silent, 2));
    expect(problems.ok).toBe(false);
    if (!problems.ok)
      expect(problems.problems.map((p) => p.path)).toContain('$.scenarios[0].nodes[2].lines');
  });

  it('report a line no path says as a problem at that line', () => {
    const scenario = rememberingCase();
    (scenario.nodes[1] as DecisionNode).choices.forEach((c) => (c.clears = ['heard-out']));
    delete (scenario.nodes[1] as DecisionNode).choices[0]!.sets;
    (scenario.nodes[3] as DecisionNode).choices[0]!.sets = ['heard-out'];
    const paths = validateScenarioValue(scenario, '$').map((p) => p.path);
    expect(paths).toContain('$.nodes[2].lines[1]');
  });
});
