import { describe, expect, it } from 'vitest';
import { attemptSchema, typedTurnSchema } from '../../../src/engine/records/attempt';
import { exampleAttempt } from './example-rows';

const typed = {
  text: '真对不起，让您着急了',
  lang: 'zh-CN',
  behaviours: ['acknowledge-emotion', 'apologize'],
  evidence: [
    { behaviour: 'apologize', text: '对不起', start: 1, end: 4 },
    { behaviour: 'acknowledge-emotion', text: '让您着急', start: 5, end: 9 },
  ],
  listsVersion: 'detect-2026.12-5',
  matchedChoiceId: 'calm',
  matchChosenBy: 'detector',
  matchedReply: { 'zh-CN': '【reply calm】', en: 'reply calm' },
  causes: [{ rule: 'apologize', behaviours: ['apologize'] }],
};

describe('a typed turn on record', () => {
  it('is kept on the turn and the mode on the attempt; a call without either reads as before', () => {
    const plain = exampleAttempt();
    expect(attemptSchema.safeParse(plain).success).toBe(true);
    expect('replyMode' in plain).toBe(false);
    const typedCall = {
      ...plain,
      replyMode: 'type',
      turns: plain.turns.map((turn) => ({ ...turn, typed })),
    };
    expect(attemptSchema.safeParse(typedCall).success).toBe(true);
  });

  it('refuses a typed turn with a behaviour outside the vocabulary, a negative offset or no words', () => {
    expect(typedTurnSchema.safeParse({ ...typed, behaviours: ['shout'] }).success).toBe(false);
    const before = { ...typed, evidence: [{ ...typed.evidence[0], start: -1 }] };
    expect(typedTurnSchema.safeParse(before).success).toBe(false);
    expect(typedTurnSchema.safeParse({ ...typed, text: '' }).success).toBe(false);
    expect(typedTurnSchema.safeParse({ ...typed, matchChosenBy: 'guess' }).success).toBe(false);
    expect(attemptSchema.safeParse({ ...exampleAttempt(), replyMode: 'sing' }).success).toBe(false);
  });
});
