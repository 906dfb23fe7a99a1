import { describe, expect, it } from 'vitest';
import {
  continueStage,
  playReply,
  startTestPlay,
  type TestPlay,
} from '../../../src/engine/authoring/test-play';
import { settledAt } from '../../../src/engine/stages';
import { bundledScenario } from '../../../src/scenarios/bundled';

const staged = bundledScenario('dismissed-at-the-counter');
const callback = staged.stages![1]!;

const play = (replies: readonly string[], from = staged.start): TestPlay =>
  replies.reduce((p, reply) => playReply(staged, p, reply), startTestPlay(staged, from));

describe('test-play across stages', () => {
  it('stops at the stage card when a reply opens the next contact, and goes on once continued', () => {
    const within = play(['own-the-brush-off']);
    expect(within.interlude).toBeNull();
    const crossed = play(['own-the-brush-off', 'log-and-promise']);
    expect(crossed.interlude).toBe('callback');
    expect(crossed.progress.nodeId).toBe('callback-open');
    const onward = continueStage(crossed);
    expect(onward.interlude).toBeNull();
    expect(playReply(staged, onward, 'report-result').turns.at(-1)!.node).toBe('callback-open');
  });

  it('settles the promise as the call does: kept when the ticket was logged, broken when not', () => {
    const kept = play(['own-the-brush-off', 'log-and-promise']);
    expect(kept.progress.facts).toContain('callback-thursday-kept');
    expect(settledAt(callback, kept.progress.facts).map((s) => s.status)).toEqual(['kept']);
    const broken = play(['own-the-brush-off', 'promise-only']);
    expect(broken.progress.facts).toContain('callback-thursday-broken');
    expect(settledAt(callback, broken.progress.facts).map((s) => s.status)).toEqual(['broken']);
    const never = play(['own-the-brush-off', 'new-one-now']);
    expect(settledAt(callback, never.progress.facts).map((s) => s.status)).toEqual(['not-made']);
  });

  it('lets the broken promise change the next contact (the customer is cold)', () => {
    const broken = play(['own-the-brush-off', 'promise-only', 'report-result']);
    expect(broken.progress.nodeId).toBe('callback-cold');
  });

  it('settles the promises from the facts ticked when a trial starts at a stage opening', () => {
    const started = startTestPlay(staged, 'callback-open', ['callback-thursday']);
    expect(started.startFacts).toEqual(['callback-thursday']);
    expect(started.heldAtStart).toEqual(['callback-thursday', 'callback-thursday-broken']);
    expect(started.progress.facts).toEqual(started.heldAtStart);
    expect(startTestPlay(staged, 'counter-listen', ['callback-thursday']).heldAtStart).toEqual([
      'callback-thursday',
    ]);
  });
});
