import { describe, expect, it } from 'vitest';
import { TIMEOUT } from '../../src/engine/call-progress';
import { replayChoices } from '../../src/engine/replay';
import { fakeScenario } from '../fakes';

describe('how the customer reacts', () => {
  it('hears dead air once: a timeout angers them by the dead-air reaction alone, not as a bristle too', () => {
    const scenario = fakeScenario();
    const [silence] = replayChoices(scenario, [TIMEOUT]).turns;
    expect(silence!.grade.rules).toContain('dead-air');
    expect(silence!.reactions).toEqual(['dead-air']);
    expect(silence!.mood.anger - silence!.moodBefore.anger).toBe(15);
  });

  it('bristles at a harmful major mistake', () => {
    const [argued] = replayChoices(fakeScenario(), ['argue']).turns;
    expect(argued!.reactions).toContain('bristles');
  });
});
