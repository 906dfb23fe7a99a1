import { describe, expect, it } from 'vitest';
import {
  expertPathAccount,
  explainTestPlay,
} from '../../../src/engine/authoring/test-play-explained';
import { playReply, startTestPlay } from '../../../src/engine/authoring/test-play';
import type { Behaviour } from '../../../src/engine/behaviours';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { AUTHORED_CASE } from '../../e2e/support/authored-case';

/** The case with the opening's recommended reply given other behaviours. */
function expertOpeningDoes(behaviours: Behaviour[]): Scenario {
  return {
    ...AUTHORED_CASE,
    nodes: AUTHORED_CASE.nodes.map((n) =>
      n.id === 'opening' && n.kind === 'decision'
        ? { ...n, choices: n.choices.map((c) => (c.recommended ? { ...c, behaviours } : c)) }
        : n,
    ),
  };
}

describe('test-play explained as the debrief explains', () => {
  it('gives each reply the debrief comment, the rules cited and every rule with its points', () => {
    const play = playReply(
      AUTHORED_CASE,
      startTestPlay(AUTHORED_CASE, 'opening'),
      'book-visit-now',
    );
    const [turn] = explainTestPlay(AUTHORED_CASE, play)!;
    expect(turn!.record.choice).toBe('book-visit-now');
    expect(turn!.said.cited).toEqual(turn!.record.rules);
    expect(turn!.said.cited.length).toBeGreaterThan(0);
    expect(turn!.said.comment['zh-CN'].length).toBeGreaterThan(0);
    expect(turn!.said.comment.en.length).toBeGreaterThan(0);
    const fired = turn!.points.filter((p) => p.points < 0).map((p) => p.id);
    expect(fired).toEqual(turn!.record.rules);
    expect(turn!.points.filter((p) => p.points > 0).map((p) => p.id)).toEqual(turn!.record.credits);
    expect(turn!.expertShortfall).toBe(false);
  });

  it('says why a marked expert reply scores 0: the rule that fired on it', () => {
    const draft = expertOpeningDoes(['argue']);
    const play = playReply(draft, startTestPlay(draft, 'opening'), 'hear-her');
    const [turn] = explainTestPlay(draft, play)!;
    expect(turn!.record.grade).toBe(0);
    expect(turn!.expertShortfall).toBe(true);
    expect(turn!.points).toContainEqual({
      id: 'no-arguing',
      kind: 'penalty-critical',
      dimension: 'composure',
      points: -2,
    });
    expect(turn!.said.cited).toContain('no-arguing');
  });

  it('does not flag a marked expert reply that earns full marks', () => {
    const play = playReply(AUTHORED_CASE, startTestPlay(AUTHORED_CASE, 'opening'), 'hear-her');
    const [turn] = explainTestPlay(AUTHORED_CASE, play)!;
    expect(turn!.record.grade).toBe(100);
    expect(turn!.expertShortfall).toBe(false);
  });

  it('gives up, rather than explain wrongly, when the draft changed under the trial', () => {
    const play = playReply(AUTHORED_CASE, startTestPlay(AUTHORED_CASE, 'opening'), 'hear-her');
    const renamed = {
      ...AUTHORED_CASE,
      nodes: AUTHORED_CASE.nodes.filter((n) => n.id !== 'opening'),
    };
    expect(explainTestPlay(renamed, play)).toBeNull();
  });
});

describe('the expert path account', () => {
  it('finds no loss on a case whose expert path scores 100', () => {
    const account = expertPathAccount(AUTHORED_CASE)!;
    expect(account.losses).toEqual([]);
    expect(account.caps).toEqual([]);
    expect(account.total).toBe(100);
  });

  it('names the rule, reply and cap that cost the expert path its points', () => {
    const account = expertPathAccount(expertOpeningDoes(['argue']))!;
    expect(account.total).toBeLessThan(90);
    expect(account.caps).toContain('critical');
    expect(account.losses).toContainEqual({
      turn: 1,
      node: 'opening',
      choice: 'hear-her',
      rule: { id: 'no-arguing', kind: 'penalty-critical', dimension: 'composure', points: -2 },
    });
  });

  it('is absent while the expert path cannot reach an ending', () => {
    const broken = {
      ...AUTHORED_CASE,
      nodes: AUTHORED_CASE.nodes.filter((n) => n.kind !== 'ending'),
    };
    expect(expertPathAccount(broken)).toBeNull();
  });
});
