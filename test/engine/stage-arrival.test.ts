import { describe, expect, it } from 'vitest';
import { replayChoices } from '../../src/engine/replay';
import { stageArrival } from '../../src/engine/stage-arrival';
import { bundledScenario } from '../../src/scenarios/bundled';

const staged = bundledScenario('dismissed-at-the-counter');

/** Where the replies lead, and the stage card there. */
const arriveAfter = (choices: string[]) => {
  const { progress } = replayChoices(staged, choices);
  return { at: progress.nodeId, arrival: stageArrival(staged, progress.nodeId, progress.facts) };
};

describe('arriving at a later contact', () => {
  it('shows the callback as kept when the promise was made and the complaint logged', () => {
    const { at, arrival } = arriveAfter(['own-the-brush-off', 'log-and-promise']);
    expect(at).toBe('callback-open');
    expect(arrival).toMatchObject({ n: 2, total: 3, stage: { id: 'callback' } });
    expect(arrival!.promises.map((p) => [p.promise.fact, p.status])).toEqual([
      ['callback-thursday', 'kept'],
    ]);
  });

  it('shows it broken when the callback was promised with nothing logged', () => {
    const { arrival } = arriveAfter(['own-the-brush-off', 'promise-only']);
    expect(arrival!.promises.map((p) => p.status)).toEqual(['broken']);
  });

  it('shows it not made when nobody promised a callback', () => {
    const { arrival } = arriveAfter(['warranty-card', 'calm-down']);
    expect(arrival!.promises.map((p) => p.status)).toEqual(['not-made']);
  });

  it('shows a contact that checks nothing with no promises', () => {
    const { at, arrival } = arriveAfter([
      'own-the-brush-off',
      'log-and-promise',
      'report-result',
      'visit-and-thanks',
    ]);
    expect(at).toBe('post-open');
    expect(arrival).toMatchObject({ n: 3, stage: { id: 'public-post' }, promises: [] });
  });

  it('has no card at the first contact or inside a contact', () => {
    expect(stageArrival(staged, staged.start, [])).toBeUndefined();
    expect(arriveAfter(['own-the-brush-off']).arrival).toBeUndefined();
    expect(stageArrival(bundledScenario('air-conditioner-remote'), 'x', [])).toBeUndefined();
  });
});
