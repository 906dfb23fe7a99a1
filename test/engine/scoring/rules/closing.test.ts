import { describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../../src/engine/behaviours';
import { replayChoices } from '../../../../src/engine/replay';
import { gradeTurn } from '../../../../src/engine/scoring/grade-turn';
import { closingOnResignation, prematureClose } from '../../../../src/engine/scoring/rules/closing';
import { cloneScenario, fakeChoice, fakeScenario } from '../../../fakes';
import { facts, note } from '../turn-facts';

const expertClose: Behaviour[] = ['check-satisfaction'];
const resigned = (behaviours: Behaviour[]) => facts(behaviours, { resignedHere: true });

describe('a premature close on a settled customer', () => {
  it('is a major fault of omission on follow-up', () => {
    expect(prematureClose).toMatchObject({
      id: 'avoid-premature-close',
      kind: 'penalty-major',
      omission: true,
      dimension: 'followUp',
      weight: 1,
    });
  });

  it('fires on a close without a satisfaction check, and not on a resigned customer', () => {
    expect(prematureClose.fires(facts(['premature-close']))).toBe(true);
    expect(prematureClose.fires(facts(expertClose))).toBe(false);
    expect(prematureClose.fires(resigned(['premature-close']))).toBe(false);
  });

  it('grades in the omission band, 60–74: a pass, below the satisfaction check', () => {
    // kept composure 1 − 1 = 0 of the expert's 2 → 60
    const turn = gradeTurn(facts(['premature-close']), expertClose, note);
    expect(turn.rules).toEqual(['avoid-premature-close']);
    expect(turn.grade).toBe(60);
    // With a deadline committed as well: resolve 1 + composure 1 − 1 = 1 of 2 → 60 + 14 / 2 = 67
    expect(gradeTurn(facts(['commit-deadline', 'premature-close']), expertClose, note).grade).toBe(
      67,
    );
  });
});

describe('closing on a resigned customer', () => {
  it('is a harmful major fault on follow-up, not an omission', () => {
    expect(closingOnResignation).toMatchObject({
      kind: 'penalty-major',
      dimension: 'followUp',
      weight: 1,
    });
    expect(closingOnResignation.omission).toBeUndefined();
  });

  it('fires on a close right after a resigned line, and not otherwise', () => {
    expect(closingOnResignation.fires(resigned(['premature-close']))).toBe(true);
    expect(closingOnResignation.fires(facts(['premature-close']))).toBe(false);
    expect(closingOnResignation.fires(resigned(['acknowledge-emotion', ...expertClose]))).toBe(
      false,
    );
  });

  it('grades in the harmful band, 30–59, below the same close on a settled customer', () => {
    const turn = gradeTurn(resigned(['premature-close']), expertClose, note);
    expect(turn.rules).toEqual(['closing-on-resignation']);
    expect(turn.grade).toBe(30);
  });

  describe('in a call', () => {
    // A reply at the facts point that leaves the customer giving up; at the fix point they then
    // say a line marked as avoidance, which only that reply brings on.
    const call = cloneScenario(fakeScenario({ formatVersion: 2 }));
    call.facts = [
      { id: 'gave-up', description: { 'zh-CN': '客户放弃了', en: 'the customer gave up' } },
    ];
    const factsNode = call.nodes.find((n) => n.id === 'facts')!;
    const fixNode = call.nodes.find((n) => n.id === 'fix-it')!;
    if (factsNode.kind !== 'decision') throw new Error('the fake call changed');
    factsNode.choices.push(
      fakeChoice({ id: 'brush-off', behaviours: ['ask-facts'], sets: ['gave-up'], next: 'fix-it' }),
    );
    fixNode.lines.push({
      text: { 'zh-CN': '……算了，就这样吧。', en: '…Forget it, never mind.' },
      cue: 'avoidance',
      when: { fact: 'gave-up' },
    });

    const closing = (choices: string[]) =>
      replayChoices(call, [...choices, 'close-early']).turns.at(-1)!.grade.rules;

    it('reads the resigned line the customer actually said', () => {
      expect(closing(['calm', 'brush-off'])).toEqual(['closing-on-resignation']);
      expect(closing(['calm', 'ask'])).toEqual(['avoid-premature-close']);
    });
  });
});
