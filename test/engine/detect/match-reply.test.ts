import { describe, expect, it } from 'vitest';
import {
  behaviourOverlap,
  matchTypedReply,
  MATCH_MARGIN,
  nearestCandidates,
  wordingOverlap,
} from '../../../src/engine/detect/match-reply';
import type { Behaviour } from '../../../src/engine/behaviours';
import { fakeChoice, fakeScenario } from '../../fakes';
import type { DecisionNode } from '../../../src/engine/scenario-schema';

const opening = fakeScenario().nodes[0] as DecisionNode;
const shows = (...behaviours: Behaviour[]) => ({ behaviours });

const node = (...choices: [string, Behaviour[], string?][]) => ({
  choices: choices.map(([id, behaviours, en]) =>
    fakeChoice({ id, behaviours, ...(en ? { text: { 'zh-CN': en, en } } : {}) }),
  ),
});

describe('matching a typed reply to the nearest scripted reply', () => {
  it('ranks the replies by the behaviours they share, with the reason', () => {
    const match = matchTypedReply(
      opening,
      shows('acknowledge-emotion', 'apologize'),
      'So sorry, I hear how upsetting this is.',
      'en',
    );
    expect(match.best).toBe('calm');
    expect(match.clear).toBe(true);
    expect(match.candidates.map((c) => c.choiceId)).toEqual(['calm', 'explain-early', 'argue']);
    expect(match.candidates[0]).toMatchObject({
      similarity: 0.667,
      reason: {
        shared: ['acknowledge-emotion', 'apologize'],
        onlyTyped: [],
        onlyScripted: ['self-identify'],
      },
    });
  });

  it('weighs harmful moves double, so a shared yes-but outweighs a shared courtesy', () => {
    const typed = shows('acknowledge-emotion', 'apologize', 'yes-but');
    const choices = node(
      ['warm', ['acknowledge-emotion', 'apologize']],
      ['but', ['apologize', 'yes-but']],
    );
    const match = matchTypedReply(choices, typed, 'sorry, I understand, but…', 'en');
    expect(match.best).toBe('but');
    expect(match.candidates.map((c) => c.similarity)).toEqual([0.75, 0.5]);
    expect(match.clear).toBe(true);
    expect(behaviourOverlap(typed.behaviours, ['apologize', 'yes-but'])).toBe(0.75);
  });

  it('lets the wording order replies that tie on behaviours, and calls the match unclear', () => {
    const choices = node(
      ['wait', ['apologize'], 'Sorry for keeping you waiting so long.'],
      ['mixup', ['apologize'], 'Sorry about the mix-up with your order.'],
    );
    const match = matchTypedReply(
      choices,
      shows('apologize'),
      'so sorry about the order mix-up',
      'en',
    );
    expect(match.candidates.map((c) => c.similarity)).toEqual([1, 1]);
    expect(match.best).toBe('mixup');
    expect(match.candidates[0]!.reason.wording).toBeGreaterThan(
      match.candidates[1]!.reason.wording,
    );
    expect(match.clear).toBe(false);
    expect(nearestCandidates(match).map((c) => c.choiceId)).toEqual(['mixup', 'wait']);
  });

  it('is clear when the words are nearly one reply’s own, whatever the behaviours', () => {
    const choices = node(
      ['wait', ['apologize'], 'Sorry for keeping you waiting so long.'],
      ['mixup', ['apologize'], 'Sorry about the mix-up with your order.'],
    );
    const match = matchTypedReply(
      choices,
      shows('apologize'),
      'sorry for keeping you waiting so long!',
      'en',
    );
    expect(match).toMatchObject({ clear: true, best: 'wait' });
    expect(match.candidates[0]!.reason.verbatim).toBe(true);
  });

  it('is unclear when the words show nothing: every reply is as near as any other', () => {
    const match = matchTypedReply(opening, shows(), 'hmm ok', 'en');
    expect(match.clear).toBe(false);
    expect(match.candidates.every((c) => c.similarity === 0)).toBe(true);
    expect(nearestCandidates(match)).toHaveLength(3);
  });

  it('needs the top two MATCH_MARGIN apart to call a match clear', () => {
    // 2 of 3 shared against 2 of 4: a margin of 1/6, just above the line.
    const choices = node(
      ['a', ['apologize', 'explain', 'paraphrase']],
      ['b', ['apologize', 'explain', 'ask-facts', 'record']],
    );
    const match = matchTypedReply(choices, shows('apologize', 'explain'), 'x', 'en');
    expect(
      match.candidates[0]!.similarity - match.candidates[1]!.similarity,
    ).toBeGreaterThanOrEqual(MATCH_MARGIN);
    expect(match.clear).toBe(true);
    const closer = node(
      ['a', ['apologize', 'explain', 'paraphrase']],
      ['b', ['apologize', 'explain', 'ask-facts']],
    );
    expect(matchTypedReply(closer, shows('apologize', 'explain'), 'x', 'en').clear).toBe(false);
  });
});

describe('wording overlap', () => {
  it('is 1 for the same words, 0 for none shared, and folds width, case and punctuation', () => {
    expect(wordingOverlap('真对不起，让您久等了', '真对不起让您久等了！')).toBe(1);
    expect(wordingOverlap('ＡＢＣ', 'abc')).toBe(1);
    expect(wordingOverlap('退款', '换货')).toBe(0);
    expect(wordingOverlap('', 'abc')).toBe(0);
    const partial = wordingOverlap('明天给您换新的', '明天给您退款');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(1);
  });
});
