import { describe, expect, it } from 'vitest';
import { replayedWrites } from '../../../src/app/calls/step-write';
import { openingTranscript } from '../../../src/engine/attempt-log';
import { endingAccount } from '../../../src/engine/debrief/ending-account';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';

const deposit = BUNDLED_SCENARIOS.find((s) => s.id === 'classmate-deposit')!;

/** The ending paragraph of a recorded path of the deposit case. */
function endingOf(choices: string[]) {
  const writes = replayedWrites(deposit, choices);
  return endingAccount({
    outcome: writes.at(-1)!.ending!.outcome,
    choices,
    transcript: [...openingTranscript(deposit), ...writes.flatMap((w) => w.transcript)],
    turns: writes.map((w) => w.turn),
    name: null,
  });
}

describe('the ending paragraph', () => {
  // Found by the soak tier: two promises sharing "Got your ID?" quoted that sentence twice.
  it('quotes a promise made twice only for what the second one adds', () => {
    const ending = endingOf([
      'offer-ticket',
      'rushed-recover',
      'fix-it-now',
      'cold-reopen',
      'vip-promise',
      'do-it-now',
      'gift-goodbye',
    ]);
    const promises = ending.filter((s) => s.en.includes('you promised'));
    expect(promises.map((p) => p.en.match(/In reply (\d+)/)![1])).toEqual(['3', '6']);
    expect(promises[0]!.en).toContain('Got your ID?');
    expect(promises[1]!.en).not.toContain('Got your ID?');
    expect(promises[1]!.en).toContain('Yes, and neither needs Sun Ting. … I');
    // In Chinese the two replies share no sentence, so both are quoted whole.
    expect(promises[1]!['zh-CN']).toContain('身份证带了吧？');
  });
});
