import { describe, expect, it } from 'vitest';
import { checkLetter, paragraphSlots } from '../../../src/engine/validation/check-letter';
import { describeProblem } from '../../../src/engine/validation/describe-problem';
import { validatePackValue } from '../../../src/engine/validation/validate-pack';
import type { DecisionNode, Scenario } from '../../../src/engine/scenario-schema';
import { cloneScenario, fakeChoice, fakeScenario } from '../../fakes';
import { fakeLetter } from '../../support/fake-letter';

const pack = (scenario: unknown) => ({
  format: 'complaint-desk-pack',
  formatVersion: 1,
  scenarios: [scenario],
  media: {},
});

const paths = (scenario: Scenario) => checkLetter(scenario, '$').map((p) => p.path);

function slotOf(scenario: Scenario, id: string): DecisionNode {
  const node = scenario.nodes.find((n) => n.id === id);
  if (node?.kind !== 'decision') throw new Error(`no slot ${id}`);
  return node;
}

describe('a written reply’s shape', () => {
  it('accepts a letter with Send from the third slot on', () => {
    expect(paths(fakeLetter())).toEqual([]);
    expect(validatePackValue(pack(fakeLetter())).ok).toBe(true);
  });

  it('keeps old packs valid: a case without a kind is a call and needs no Send', () => {
    const call = fakeScenario();
    expect('kind' in call).toBe(false);
    expect(validatePackValue(pack(call)).ok).toBe(true);
  });

  it('refuses a kind outside the list', () => {
    const result = validatePackValue(pack({ ...fakeLetter(), kind: 'fax' }));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['$.scenarios[0].kind']);
  });

  it('numbers the paragraph slots along every path', () => {
    expect(Object.fromEntries(paragraphSlots(fakeLetter()))).toEqual({
      p1: [1],
      p2: [2],
      p3: [3],
      p4: [4],
      p5: [5],
    });
  });

  it('locates Send offered before the third slot, in a trainer’s words', () => {
    const letter = cloneScenario(fakeLetter());
    slotOf(letter, 'p2').choices[1] = fakeChoice({
      id: 'p2-send',
      send: true,
      behaviours: ['premature-close'],
      next: 'end-grudging',
    });
    const problems = checkLetter(letter, '$');
    expect(problems.map((p) => p.path)).toEqual(['$.nodes[1].choices[1].send']);
    const described = describeProblem(problems[0]!, letter);
    expect(described.what.en).toBe('the letter can be sent from slot 3 on; this is slot 2');
    expect(described.todo?.['zh-CN']).toContain('第三个段落位置');
    expect(described.where?.en).toMatch(/reply 2/i);
  });

  it('locates a slot from the third on that offers no Send', () => {
    const letter = cloneScenario(fakeLetter());
    slotOf(letter, 'p3').choices[1] = fakeChoice({
      id: 'p3-other',
      behaviours: ['filler'],
      next: 'p4',
    });
    expect(paths(letter)).toEqual(['$.nodes[2].choices']);
  });

  it('locates a paragraph that ends the letter', () => {
    const letter = cloneScenario(fakeLetter());
    slotOf(letter, 'p4').choices[1]!.next = 'end-escalated';
    expect(paths(letter)).toEqual(['$.nodes[3].choices[1].next']);
  });

  it('locates a Send that can lead to another slot', () => {
    const letter = cloneScenario(fakeLetter());
    slotOf(letter, 'p3').choices[1]!.next = {
      branches: [{ when: { agitated: true }, to: 'p4' }],
      otherwise: 'end-grudging',
    };
    expect(paths(letter)).toEqual(['$.nodes[2].choices[1].next']);
  });

  it('locates a slot reached as two different paragraphs', () => {
    const letter = cloneScenario(fakeLetter());
    slotOf(letter, 'p1').choices[1]!.next = 'p3';
    const problems = checkLetter(letter, '$');
    expect(problems.map((p) => p.path)).toContain('$.nodes[2]');
    expect(problems.find((p) => p.path === '$.nodes[2]')?.message).toBe(
      'this paragraph slot is paragraph 2, 3 on different paths',
    );
  });

  it('locates a ninth paragraph slot', () => {
    const letter = cloneScenario(fakeLetter());
    const chain = Array.from({ length: 5 }, (_, k) => `extra-${k + 1}`);
    slotOf(letter, 'p5').choices[1] = fakeChoice({
      id: 'p5-more',
      behaviours: ['filler'],
      next: chain[0]!,
    });
    chain.forEach((id, k) =>
      letter.nodes.push({
        id,
        kind: 'decision',
        lines: [{ text: { 'zh-CN': '读', en: 'reading' } }],
        choices: [
          fakeChoice({ id: `${id}-send`, send: true, next: 'end-grudging', recommended: true }),
          fakeChoice({
            id: `${id}-more`,
            next: chain[k + 1] ?? 'end-grudging',
            ...(chain[k + 1] ? {} : { send: true }),
          }),
        ],
      }),
    );
    // p5 is slot 5, extra-1 slot 6 … extra-4 slot 9.
    expect(paths(letter)).toEqual([`$.nodes[${letter.nodes.length - 2}]`]);
    expect(checkLetter(letter, '$')[0]!.message).toBe(
      'a letter has at most 8 paragraph slots; this is slot 9',
    );
  });

  it('refuses Send on a call', () => {
    const call = cloneScenario(fakeScenario());
    const opening = slotOf(call, 'opening');
    opening.choices[0] = { ...opening.choices[0]!, send: true };
    expect(paths(call)).toEqual(['$.nodes[0].choices[0].send']);
    expect(validatePackValue(pack(call)).ok).toBe(false);
  });
});
