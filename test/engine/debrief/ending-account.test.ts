import { describe, expect, it } from 'vitest';
import { replayedWrites } from '../../../src/app/calls/step-write';
import { openingTranscript } from '../../../src/engine/attempt-log';
import { endingAccount } from '../../../src/engine/debrief/ending-account';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';

const deposit = BUNDLED_SCENARIOS.find((s) => s.id === 'classmate-deposit')!;

/** The reply of the deposit case with this id. */
const replyOf = (id: string) =>
  deposit.nodes.flatMap((n) => (n.kind === 'decision' ? n.choices : [])).find((c) => c.id === id)!;

describe('the ending paragraph', () => {
  // Found by the soak tier: two promises sharing "Got your ID?" quoted that sentence twice. The
  // case no longer offers both on one path, so the second promise is the first one's turn again
  // with the other promise's words.
  it('quotes a promise made twice only for what the second one adds', () => {
    const choices = ['offer-ticket', 'rushed-recover', 'fix-it-now'];
    const writes = replayedWrites(deposit, choices);
    const turns = writes.map((w) => w.turn);
    const again = { ...turns[2]!, turn: 4, reply: replyOf('do-it-now').text };
    const ending = endingAccount({
      outcome: 'resolved-grudging',
      choices: [...choices, 'do-it-now'],
      transcript: [...openingTranscript(deposit), ...writes.flatMap((w) => w.transcript)],
      turns: [...turns, again],
      name: null,
    });
    const promises = ending.filter((s) => s.en.includes('you promised'));
    expect(promises.map((p) => p.en.match(/In reply (\d+)/)![1])).toEqual(['3', '4']);
    expect(promises[0]!.en).toContain('Got your ID?');
    expect(promises[1]!.en).not.toContain('Got your ID?');
    expect(promises[1]!.en).toContain('Yes, and neither needs Sun Ting. … I');
    // In Chinese the two replies share no sentence, so both are quoted whole.
    expect(promises[1]!['zh-CN']).toContain('身份证带了吧？');
  });
});
