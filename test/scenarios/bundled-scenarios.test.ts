import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { analysePaths } from '../../src/engine/analyse-paths';
import { EMPATHY_MOVES, SOLUTION_MOVES } from '../../src/engine/behaviours';
import { compileScenario } from '../../src/engine/compile-scenario';
import { replayChoices } from '../../src/engine/replay';
import { indexScenario } from '../../src/engine/scenario-index';
import { TEACHING } from '../../src/engine/validation/teaching-advice';
import { validatePackValue } from '../../src/engine/validation/validate-pack';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';

describe.each(BUNDLED_SCENARIOS.map((s) => [s.id, s] as const))(
  'bundled scenario %s',
  (_id, scenario) => {
    const analysis = analysePaths(scenario);

    it('passes the structural gate and every teaching check, held as errors', () => {
      expect(validatePackValue(scenario)).toMatchObject({ ok: true, advice: [] });
      expect(validatePackValue(scenario, { teaching: true })).toMatchObject({ ok: true });
    });

    it('has every node reachable, no dead ends, and at least 3 endings reached', () => {
      expect(analysis.truncated).toBe(false);
      expect(analysis.unreachable).toEqual([]);
      expect(analysis.deadEnds).toEqual([]);
      const reached = Object.values(analysis.endings).filter(Boolean).length;
      expect(reached).toBe(Object.keys(analysis.endings).length);
      expect(reached).toBeGreaterThanOrEqual(3);
    });

    it('exercises every declared transition on some path', () => {
      expect(analysis.transitions.missed).toEqual([]);
      expect(analysis.transitions.exercised).toBe(analysis.transitions.total);
    });

    it('rewards the expert path best (≥ 90) and punishes the worst (≤ 35)', () => {
      expect(analysis.recommended.total).toBeGreaterThanOrEqual(90);
      expect(analysis.recommended.total).toBe(analysis.best.total);
      expect(analysis.recommended.outcome).toBe('resolved-satisfied');
      expect(analysis.worst.total).toBeLessThanOrEqual(35);
    });

    it('has at least 6 decision points on the expert path', () => {
      expect(analysis.recommended.choices.length).toBeGreaterThanOrEqual(6);
    });

    it('makes an empathy move on the expert path before its first solution move', () => {
      const index = indexScenario(scenario);
      const behaviours = analysis.recommended.choices.map(
        (id) => index.choice(id)!.choice.behaviours,
      );
      const firstEmpathy = behaviours.findIndex((b) => b.some((m) => EMPATHY_MOVES.includes(m)));
      const firstSolution = behaviours.findIndex((b) => b.some((m) => SOLUTION_MOVES.includes(m)));
      expect(firstEmpathy).toBeGreaterThanOrEqual(0);
      expect(firstEmpathy).toBeLessThan(firstSolution);
    });

    it('ranks a principled call ≥ 15 above one that solves before calming, and that ≥ 15 above one that argues', () => {
      const { solvesFirst, critical } = analysis.contrasts;
      expect(solvesFirst, 'some path solves before calming').not.toBeNull();
      expect(critical, 'some path argues, blames or denies the anger').not.toBeNull();
      expect(TEACHING.rankingGap).toBe(15);
      expect(analysis.recommended.total - solvesFirst!).toBeGreaterThanOrEqual(TEACHING.rankingGap);
      expect(solvesFirst! - critical!).toBeGreaterThanOrEqual(TEACHING.rankingGap);
    });

    it('has a reply whose next node depends on the mood', () => {
      const moodBranches = scenario.nodes
        .flatMap((n) => (n.kind === 'decision' ? n.choices : []))
        .filter((c) => typeof c.next !== 'string');
      expect(moodBranches.length).toBeGreaterThan(0);
    });

    it.each([
      ['recommended', analysis.recommended],
      ['worst', analysis.worst],
      ['best', analysis.best],
    ])(
      'plays the %s path through the compiled machine with the same result as the analysis',
      (_name, path) => {
        const { choices } = path;
        const actor = createActor(compileScenario(scenario)).start();
        actor.send({ type: 'call.answer' });
        for (const choiceId of choices) actor.send({ type: 'learner.choose', choiceId });
        const snapshot = actor.getSnapshot();
        const replay = replayChoices(scenario, choices);
        expect(snapshot.value).toBe('ended');
        expect(snapshot.context.turns).toEqual(replay.turns);
        expect(snapshot.context.progress.nodeId).toBe(replay.progress.nodeId);
        expect(replay.score.total).toBe(path.total);
        expect(replay.outcome).toBe(path.outcome);
      },
    );
  },
);
