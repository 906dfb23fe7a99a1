import { describe, expect, it } from 'vitest';
import { replayedWrites } from '../../../src/app/calls/step-write';
import { openingTranscript } from '../../../src/engine/attempt-log';
import { composeDebrief, type DebriefCall } from '../../../src/engine/debrief/compose-debrief';
import type { CaseKind } from '../../../src/engine/scenario-schema';
import { bundledScenario } from '../../../src/scenarios/bundled';

const LETTER = bundledScenario('hospital-written-reply');

/** Words that belong to a telephone call, in either language. */
const CALL_WORDS = /电话|通话|挂机|收线|回电|\bcall\b|hang up/i;

/** A letter played along these paragraphs, as the debrief composer reads it. */
function played(choices: string[]): DebriefCall {
  const writes = replayedWrites(LETTER, choices);
  return {
    outcome: 'resolved-grudging',
    choices,
    transcript: [...openingTranscript(LETTER), ...writes.flatMap((w) => w.transcript)],
    turns: writes.map((w) => w.turn),
    customer: null,
    score: null,
  };
}

/** Every sentence the debrief composes, ending and replies, in both languages. */
function sentences(call: DebriefCall, kind?: CaseKind): string[] {
  const debrief = composeDebrief(call, kind ? { kind } : {});
  return [
    ...debrief.ending.flatMap((s) => [s['zh-CN'], s.en]),
    ...debrief.turns.flatMap((t) => [...t.comment['zh-CN'], ...t.comment.en]),
  ];
}

describe('the debrief of a written reply', () => {
  // Argued, blamed, stood by it and sent without an apology: a rushed close on a resigned reader.
  const rushed = played(['cannot-accept', 'no-causal-link', 'stand-by-it', 'send-after-review']);
  // A promise in the third paragraph, then sent at once.
  const promised = played([
    'condolence-first',
    'plain-account',
    'independent-review',
    'send-after-review',
  ]);

  it('speaks of the call when the same replies are composed as a call', () => {
    expect(sentences(rushed).filter((s) => CALL_WORDS.test(s))).not.toEqual([]);
    expect(sentences(promised).join(' ')).toContain('In reply 3 you promised');
  });

  it('speaks of the letter, never of a call, for kind written-reply', () => {
    for (const call of [rushed, promised]) {
      expect(sentences(call, 'written-reply').filter((s) => CALL_WORDS.test(s))).toEqual([]);
    }
    const letter = sentences(rushed, 'written-reply');
    expect(letter).toContain('The whole letter went without a sincere apology.');
    expect(letter).toContain('读信人的回应里是无奈，不是满意。');
  });

  it('places a promise in its paragraph of the reply', () => {
    const letter = sentences(promised, 'written-reply');
    expect(letter.some((s) => s.startsWith('In paragraph 3 of your reply you promised'))).toBe(
      true,
    );
    expect(letter.some((s) => s.startsWith('你在回信第 3 段承诺'))).toBe(true);
  });
});
