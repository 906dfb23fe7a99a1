import { describe, expect, it } from 'vitest';
import { analysePaths, followRecommended } from '../../src/engine/analyse-paths';
import { playThrough } from '../../src/engine/conversation';
import { follow, groupPosition, openDecision } from '../../src/engine/group-session';
import { playReply, startTestPlay } from '../../src/engine/authoring/test-play';
import { replayChoices } from '../../src/engine/replay';
import { fakeScenario } from '../fakes';
import { machineWithTarget } from '../one-router';

/** The fake case with "calm" at the opening sent to the flare-up by its machine, not its data. */
function rerouted() {
  const scenario = fakeScenario();
  playThrough(scenario, machineWithTarget(scenario, 'opening', 'calm', 'flare-up'));
  return scenario;
}

describe('one router: every consumer follows the compiled machine', () => {
  it('the case data still sends "calm" to the facts', () => {
    const scenario = fakeScenario();
    expect(replayChoices(scenario, ['calm']).progress.nodeId).toBe('facts');
    const opening = scenario.nodes[0]!;
    expect(opening.kind === 'decision' && opening.choices[0]!.next).toBe('facts');
  });

  it('replay follows the machine, and grades the turn as leading where the machine went', () => {
    const replay = replayChoices(rerouted(), ['calm', 'recover']);
    expect(replay.turns.map((t) => [t.node, t.next])).toEqual([
      ['opening', 'flare-up'],
      ['flare-up', 'facts'],
    ]);
    expect(replay.progress.nodeId).toBe('facts');
  });

  it('path analysis follows the machine', () => {
    const analysis = analysePaths(rerouted());
    expect(analysis.transitions.missed).toContain('opening:calm->facts');
    expect(analysis.recommended.choices.slice(0, 2)).toEqual(['calm', 'recover']);
    expect(followRecommended(rerouted()).choices[1]).toBe('recover');
  });

  it('group sessions and an author’s test-play follow the machine', () => {
    const scenario = rerouted();
    const decided = follow(scenario, [], openDecision(), 'calm');
    expect(groupPosition(scenario, decided).node?.id).toBe('flare-up');
    const trial = playReply(scenario, startTestPlay(scenario, 'opening'), 'calm');
    expect(trial.progress.nodeId).toBe('flare-up');
  });
});
