import { describe, expect, it } from 'vitest';
import { expertPath } from '../../../src/engine/attempt-log';
import { replayChoices } from '../../../src/engine/replay';
import { callReport } from '../../../src/engine/xapi/call-report';
import { bundledScenario } from '../../../src/scenarios/bundled';

const staged = bundledScenario('dismissed-at-the-counter');
const letter = bundledScenario('hospital-written-reply');
const plain = bundledScenario('manager-demand');
const turnsOf = (scenario: typeof staged, choices: readonly string[]) =>
  replayChoices(scenario, choices).turns;
const expertChoices = (scenario: typeof staged) => expertPath(scenario).steps.map((s) => s.choice);

describe('what a finished call reports beyond its score', () => {
  it('gives a plain call nothing more', () => {
    expect(callReport(plain, turnsOf(plain, expertChoices(plain)))).toEqual({});
  });

  it('gives a staged call each stage reached, its replies and mean grade, and each promise kept', () => {
    const turns = turnsOf(staged, expertChoices(staged));
    const report = callReport(staged, turns);
    expect(report.letter).toBeUndefined();
    expect(report.stages!.map((s) => s.id)).toEqual(staged.stages!.map((s) => s.id));
    expect(report.stages!.every((s) => s.reached && s.turns > 0)).toBe(true);
    expect(report.stages!.reduce((n, s) => n + s.turns, 0)).toBe(turns.length);
    const first = report.stages![0]!;
    const own = turns.slice(0, first.turns);
    expect(first.meanGrade).toBe(
      Math.round(own.reduce((sum, t) => sum + t.grade.grade, 0) / own.length),
    );
    expect(report.promises).toEqual([
      expect.objectContaining({ fact: 'callback-thursday', stage: 'callback', status: 'kept' }),
    ]);
  });

  it('reports a promise only spoken as broken, and stages the call never reached', () => {
    const report = callReport(
      staged,
      turnsOf(staged, ['own-the-brush-off', 'promise-only', 'report-result']),
    );
    expect(report.promises!.map((p) => p.status)).toEqual(['broken']);
    const early = callReport(staged, turnsOf(staged, ['own-the-brush-off']));
    expect(early.stages!.map((s) => [s.reached, s.meanGrade === null])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ]);
    expect(early.promises!.map((p) => p.status)).toEqual(['not-checked']);
  });

  it('gives a written reply its letter as sent, paragraph by paragraph, the last one sending it', () => {
    const choices = expertChoices(letter);
    const report = callReport(letter, turnsOf(letter, choices));
    expect(report.stages).toBeUndefined();
    expect(report.letter!.map((p) => [p.paragraph, p.reply])).toEqual(
      choices.map((c, i) => [i + 1, c]),
    );
    expect(report.letter!.map((p) => p.sends)).toEqual(
      choices.map((_, i) => i === choices.length - 1),
    );
    const slot = letter.nodes.flatMap((n) => (n.kind === 'decision' ? n.choices : []));
    expect(report.letter![0]!.text).toEqual(slot.find((c) => c.id === choices[0])!.text);
  });
});
