import { describe, expect, it } from 'vitest';
import { followRecommended } from '../../src/engine/analyse-paths';
import {
  addVotes,
  discussionPrompts,
  follow,
  groupPosition,
  hotSeatParticipant,
  majority,
  markPreviewed,
  openDecision,
  previewReply,
  recordHotSeatAnswer,
  summarizeSession,
  undoHotSeatAnswer,
  voteSplit,
} from '../../src/engine/group-session';
import type { DecisionNode } from '../../src/engine/scenario-schema';
import { fakeScenario } from '../fakes';
import { bundledScenario } from '../../src/scenarios/bundled';

const scenario = fakeScenario();
const opening = scenario.nodes[0] as DecisionNode;

describe('group session: votes', () => {
  it('counts votes per reply and never below zero', () => {
    let d = addVotes(openDecision(), 'calm', 3);
    d = addVotes(d, 'argue', 1);
    d = addVotes(d, 'argue', -5);
    expect(d.votes).toEqual({ calm: 3, argue: 0 });
  });

  it('splits the room over every reply, hot-seat answers included', () => {
    let d = addVotes(openDecision(), 'calm', 2);
    d = recordHotSeatAnswer(d, '小李', 'explain-early');
    expect(voteSplit(opening, d)).toEqual([
      { choiceId: 'calm', count: 2, percent: 67 },
      { choiceId: 'explain-early', count: 1, percent: 33 },
      { choiceId: 'argue', count: 0, percent: 0 },
    ]);
  });

  it('names a majority only when one reply leads', () => {
    expect(majority(voteSplit(opening, openDecision()))).toBeNull();
    const tied = addVotes(addVotes(openDecision(), 'calm', 2), 'argue', 2);
    expect(majority(voteSplit(opening, tied))).toBeNull();
    expect(majority(voteSplit(opening, addVotes(tied, 'argue', 1)))).toBe('argue');
  });

  it('cycles hot-seat participants across the whole session and can undo an answer', () => {
    const people = ['甲', '乙', '丙'];
    let d = openDecision();
    expect(hotSeatParticipant(people, [], d)).toBe('甲');
    d = recordHotSeatAnswer(d, '甲', 'calm');
    d = recordHotSeatAnswer(d, '乙', 'calm');
    const decided = follow(scenario, [], d, 'calm');
    expect(hotSeatParticipant(people, decided, openDecision())).toBe('丙');
    expect(undoHotSeatAnswer(d).hotSeat).toEqual([{ participant: '甲', choiceId: 'calm' }]);
    expect(hotSeatParticipant([], decided, openDecision())).toBeNull();
  });
});

describe('group session: following and previewing', () => {
  it('moves the group along the branch the trainer follows, mood included', () => {
    const decided = follow(
      scenario,
      [],
      addVotes(openDecision(), 'explain-early', 4),
      'explain-early',
    );
    expect(decided).toEqual([
      {
        nodeId: 'opening',
        followed: 'explain-early',
        votes: { 'explain-early': 4 },
        hotSeat: [],
        previewed: [],
      },
    ]);
    // Explaining while the customer is agitated flares the call up.
    expect(groupPosition(scenario, decided).node?.id).toBe('flare-up');
  });

  it('previews a reply without moving the group on', () => {
    const decided = follow(scenario, [], openDecision(), 'calm');
    const preview = previewReply(scenario, decided, 'policy');
    expect(preview.lines[0]!.text.en).toBe('So what will you do?');
    expect(preview.moodAfter.anger).toBeGreaterThan(preview.moodBefore.anger);
    expect(preview.grade.grade).toBeLessThan(previewReply(scenario, decided, 'ask').grade.grade);
    expect(preview.outcome).toBeNull();
    expect(groupPosition(scenario, decided).node?.id).toBe('facts');
    expect(previewReply(scenario, [], 'argue').outcome).toBe('escalated');
  });

  it('records which replies were previewed, once each', () => {
    const d = markPreviewed(markPreviewed(markPreviewed(openDecision(), 'argue'), 'calm'), 'argue');
    expect(d.previewed).toEqual(['argue', 'calm']);
  });

  it('refuses a reply that is not on offer where the group stands', () => {
    expect(() => follow(scenario, [], openDecision(), 'fix')).toThrow(/not available/);
  });
});

describe('group session: discussion prompts', () => {
  it('asks about each cue at the node, the real need and, while agitated, mood before matter', () => {
    const prompts = discussionPrompts(scenario, opening, scenario.persona.startingMood);
    const questions = prompts.map((p) => p.question.en);
    expect(questions[0]).toMatch(/very first sentence/);
    expect(prompts[1]!.line?.en).toBe('You people never listen!');
    expect(questions[1]).toMatch(/tone rise/);
    expect(questions.some((q) => /really want/.test(q))).toBe(true);
    expect(questions.some((q) => /mood or the matter/.test(q))).toBe(true);
  });

  it('drops the mood question once the customer is calm and does not single out the key cue', () => {
    const facts = scenario.nodes[1] as DecisionNode;
    const prompts = discussionPrompts(scenario, facts, { anger: 20, trust: 60 });
    expect(prompts.some((p) => /mood or the matter/.test(p.question.en))).toBe(false);
    expect(prompts.some((p) => p.line !== null)).toBe(false);
  });
});

describe('group session: summary', () => {
  it('scores the group path and sets each turn’s split against the expert reply', () => {
    let decided = follow(
      scenario,
      [],
      addVotes(addVotes(openDecision(), 'calm', 5), 'argue', 1),
      'calm',
    );
    decided = follow(scenario, decided, addVotes(openDecision(), 'policy', 3), 'policy');
    decided = follow(scenario, decided, addVotes(openDecision(), 'fix', 2), 'fix');
    const summary = summarizeSession(scenario, decided);
    expect(summary.groupChoices).toEqual(['calm', 'policy', 'fix']);
    expect(summary.expertChoices).toEqual(followRecommended(scenario).choices);
    expect(summary.outcome).toBe('resolved-satisfied');
    expect(summary.groupScore.total).toBeLessThan(summary.expertTotal);
    expect(summary.turns.map((t) => [t.majority, t.expert])).toEqual([
      ['calm', 'calm'],
      ['policy', 'ask'],
      ['fix', 'fix'],
    ]);
    expect(summary.majorityOnExpert).toEqual({ matched: 2, voted: 3 });
    expect(summary.turns[1]!.followedGrade).toBeLessThan(100);
  });

  it('scores the expert path the same whether the group or the analysis plays it', () => {
    let decided = follow(scenario, [], openDecision(), 'calm');
    decided = follow(scenario, decided, openDecision(), 'ask');
    decided = follow(scenario, decided, openDecision(), 'fix');
    const summary = summarizeSession(scenario, decided);
    expect(summary.groupScore.total).toBe(summary.expertTotal);
    expect(summary.majorityOnExpert).toEqual({ matched: 0, voted: 0 });
  });
});

describe('discussion prompts for a written reply', () => {
  it('ask about the letter’s paragraphs, not about taking a call', () => {
    const letter = bundledScenario('hospital-written-reply');
    const start = groupPosition(letter, []);
    const asked = discussionPrompts(letter, start.node!, start.progress.mood).map(
      (p) => p.question.en,
    );
    expect(asked[0]).toContain('first paragraph');
    expect(asked.some((q) => q.includes('this call'))).toBe(false);
    expect(asked.at(-1)).toContain('Send the letter now');
  });
});
