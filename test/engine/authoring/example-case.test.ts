import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/engine/authoring/check-draft';
import { exampleCase } from '../../../src/engine/authoring/example-case';
import { missingTranslations } from '../../../src/engine/authoring/missing-translations';
import { expertPathAccount } from '../../../src/engine/authoring/test-play-explained';
import { scenarioSchema } from '../../../src/engine/scenario-schema';

describe('the guided flow’s filled example', () => {
  const example = exampleCase('my-first-case');

  it('is a complete case in both languages that passes the structural checks', () => {
    expect(scenarioSchema.safeParse(example).success).toBe(true);
    expect(missingTranslations(example)).toEqual([]);
    const check = checkDraft(example, ['air-conditioner-remote']);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
  });

  it('has one decision point with 3–4 replies, each with behaviours, and an ending for each', () => {
    const decisions = example.nodes.filter((n) => n.kind === 'decision');
    expect(decisions).toHaveLength(1);
    const [opening] = decisions;
    if (opening?.kind !== 'decision') throw new Error('no decision');
    expect(opening.choices.length).toBeGreaterThanOrEqual(3);
    expect(opening.choices.length).toBeLessThanOrEqual(4);
    expect(opening.choices.every((c) => c.behaviours.length > 0)).toBe(true);
    expect(opening.choices.filter((c) => c.recommended)).toHaveLength(1);
    const endings = new Set(example.nodes.filter((n) => n.kind === 'ending').map((n) => n.id));
    expect(opening.choices.every((c) => typeof c.next === 'string' && endings.has(c.next))).toBe(
      true,
    );
  });

  it('models the answer: its expert path scores 100 and the expert reply is not the longest', () => {
    expect(expertPathAccount(example)?.total).toBe(100);
    const advice = checkDraft(example).advice.map((a) => a.check);
    expect(advice).not.toContain('expertLongest');
    expect(advice).not.toContain('expertScore');
  });

  it('takes the id it is given', () => {
    expect(exampleCase('another').id).toBe('another');
  });
});
