import { describe, expect, it } from 'vitest';
import { customerCard, representativeCard } from '../../src/engine/role-cards';
import { bundledScenario } from '../../src/scenarios/bundled';
import { fakeScenario } from '../fakes';

const airConditioner = bundledScenario('air-conditioner-remote');

describe('role cards', () => {
  const scenario = fakeScenario();

  it('gives the customer the persona, hidden expectation and every cue line to drop', () => {
    const card = customerCard(scenario);
    expect(card.realExpectation.en).toBe('To be heard.');
    expect(card.surfaceComplaint.en).toBe('It broke.');
    expect(card.opening.map((t) => t.en)).toEqual(['You people never listen!']);
    // Other cues with the expert's route first (opening, fix-it), then flare-up; the key cue last.
    expect(card.cues.map((c) => [c.text.en, c.cue, c.key])).toEqual([
      ['You people never listen!', 'rising-tone', false],
      ['So what will you do?', 'softening', false],
      ['Are you even listening?', 'repetition', false],
      ['I only wanted it to work, that is all.', null, true],
    ]);
  });

  it('lists the replies that escalate the customer, worst first, and those that soften them', () => {
    const card = customerCard(scenario);
    expect(card.escalateOn.map((t) => t.anger)).toEqual([30, 30, 15, 10]);
    expect(card.softenOn.every((t) => t.anger < 0)).toBe(true);
    expect(card.softenOn[0]!.anger).toBe(-20);
  });

  it('gives the representative the situation only', () => {
    const card = representativeCard(airConditioner);
    expect(Object.keys(card).sort()).toEqual([
      'briefing',
      'channel',
      'customerName',
      'industry',
      'letter',
      'stages',
      'title',
    ]);
    expect(card.stages).toEqual([]);
    expect(card.letter).toBe(false);
    expect(JSON.stringify(card)).not.toContain(airConditioner.persona.realExpectation['zh-CN']);
  });

  it('keeps a bundled case’s card to a handful of cues, the key cue always among them', () => {
    const cues = customerCard(airConditioner).cues;
    expect(cues.filter((c) => c.key)).toHaveLength(1);
    expect(cues.length).toBeLessThanOrEqual(6);
  });
});

describe('role cards of a staged case', () => {
  const staged = bundledScenario('tour-daily-feedback');

  it('names a line that waits on a settled promise by that promise, kept or broken', () => {
    const card = customerCard(staged);
    const next = card.stages[1]!;
    const [check] = staged.stages![1]!.checks!;
    const broken = next.opening.find((l) => l.when?.promise?.status === 'broken');
    expect(broken?.when?.promise?.text).toEqual(check!.text);
    const kept = next.opening.find((l) => l.when?.promise?.status === 'kept');
    expect(kept?.when?.id).toBe(`${check!.fact}-kept`);
    expect(next.checks).toEqual([
      expect.objectContaining({
        text: check!.text,
        made: expect.objectContaining({ id: check!.fact }),
        keptWhen: expect.objectContaining({ id: check!.keptWhen }),
      }),
    ]);
    // The first contact's opening is the card's own.
    expect(card.stages[0]!.opening).toEqual([]);
  });

  it('tells the representative the contacts ahead with no promise checks', () => {
    const card = representativeCard(staged);
    expect(card.stages.map((s) => s.title)).toEqual(staged.stages!.map((s) => s.title));
    expect(JSON.stringify(card)).not.toContain(staged.stages![1]!.checks![0]!.text['zh-CN']);
  });
});
