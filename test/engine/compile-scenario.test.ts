import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { turnTranscript } from '../../src/engine/attempt-log';
import { DEAD_AIR_LINE, HANG_UP_LINE, TIMEOUT } from '../../src/engine/call-progress';
import { compileScenario, IN_CALL } from '../../src/engine/compile-scenario';
import { replayChoices } from '../../src/engine/replay';
import { fakeScenario } from '../fakes';

const choose = (choiceId: string) => ({ type: 'learner.choose' as const, choiceId });
const silence = { type: 'timer.expired' as const };

/** A live actor of the fake case's call, picked up. */
function answered(scenario = fakeScenario()) {
  const actor = createActor(compileScenario(scenario)).start();
  actor.send({ type: 'call.answer' });
  return actor;
}

describe('the compiled call machine', () => {
  it('rings until answered, then stands on the case start with the persona mood', () => {
    const actor = createActor(compileScenario(fakeScenario())).start();
    expect(actor.getSnapshot().value).toBe('ringing');
    actor.send(choose('calm'));
    expect(actor.getSnapshot().value).toBe('ringing');
    actor.send({ type: 'call.answer' });
    expect(actor.getSnapshot().value).toEqual({ [IN_CALL]: 'opening' });
    expect(actor.getSnapshot().context.progress.mood).toEqual({ anger: 70, trust: 30 });
  });

  it('moves on a reply, grades it once and applies its mood effect', () => {
    const actor = answered();
    actor.send(choose('calm'));
    const { value, context } = actor.getSnapshot();
    expect(value).toEqual({ [IN_CALL]: 'facts' });
    expect(context.progress.mood).toEqual({ anger: 50, trust: 40 });
    expect(context.turns).toHaveLength(1);
    expect(context.turns[0]).toMatchObject({ node: 'opening', choice: 'calm', next: 'facts' });
  });

  it('sends the same reply to a different node depending on the mood it meets', () => {
    const angry = answered();
    angry.send(choose('explain-early'));
    expect(angry.getSnapshot().value).toEqual({ [IN_CALL]: 'flare-up' });

    const scenario = fakeScenario();
    const calm = answered(
      fakeScenario({ persona: { ...scenario.persona, startingMood: { anger: 30, trust: 30 } } }),
    );
    calm.send(choose('explain-early'));
    expect(calm.getSnapshot().value).toEqual({ [IN_CALL]: 'facts' });
  });

  it('ignores a reply that is not offered at the current node', () => {
    const actor = answered();
    actor.send(choose('fix'));
    expect(actor.getSnapshot().value).toEqual({ [IN_CALL]: 'opening' });
    expect(actor.getSnapshot().context.turns).toEqual([]);
  });

  it.each([
    [['calm', 'ask', 'fix']],
    [['explain-early', 'recover', 'policy', 'close-early']],
    [['argue']],
  ])('a live actor agrees with the pure replay on %j, and ends the call', (choices) => {
    const actor = answered();
    for (const c of choices) actor.send(choose(c));
    const snapshot = actor.getSnapshot();
    const replay = replayChoices(fakeScenario(), choices);
    expect(snapshot.value).toBe('ended');
    expect(snapshot.context.progress.nodeId).toBe(replay.progress.nodeId);
    expect(snapshot.context.turns).toEqual(replay.turns);
    actor.send({ type: 'call.openDebrief' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('restores a persisted snapshot mid-call at the same turn', () => {
    const scenario = fakeScenario();
    const machine = compileScenario(scenario);
    const actor = createActor(machine).start();
    actor.send({ type: 'call.answer' });
    actor.send(choose('calm'));
    const restored = createActor(machine, { snapshot: actor.getPersistedSnapshot() }).start();
    restored.send(choose('ask'));
    restored.send(choose('fix'));
    expect(restored.getSnapshot().value).toBe('ended');
    expect(restored.getSnapshot().context.progress.nodeId).toBe('end-good');
  });

  it('keeps a silent trainee on the line twice, and the customer gives up on the third silence', () => {
    const patient = answered();
    patient.send(silence);
    patient.send(silence);
    expect(patient.getSnapshot().value).toEqual({ [IN_CALL]: 'opening' });
    expect(patient.getSnapshot().context.turns.map((t) => t.choice)).toEqual([TIMEOUT, TIMEOUT]);
    // A reply in between starts the count again.
    patient.send(choose('calm'));
    patient.send(silence);
    patient.send(silence);
    expect(patient.getSnapshot().value).toEqual({ [IN_CALL]: 'facts' });

    const scenario = fakeScenario();
    const silent = answered(scenario);
    silent.send(silence);
    silent.send(silence);
    silent.send(silence);
    expect(silent.getSnapshot().value).toBe('ended');
    expect(silent.getSnapshot().context.progress.nodeId).toBe('end-escalated');
    // The recorded choices replay to the same ending.
    const replay = replayChoices(scenario, [TIMEOUT, TIMEOUT, TIMEOUT]);
    expect(replay.complete).toBe(true);
    expect(replay.outcome).toBe('escalated');
    expect(turnTranscript(scenario, replay.turns[2]!, 3).at(-1)?.text).toEqual(HANG_UP_LINE);
    expect(turnTranscript(scenario, replay.turns[1]!, 2).at(-1)?.text).toEqual(DEAD_AIR_LINE);
  });

  it('prefers an ending where the customer hangs up, and waits forever in a case with no bad ending', () => {
    const withHangUp = fakeScenario();
    const end = withHangUp.nodes.find((n) => n.id === 'end-grudging')!;
    Object.assign(end, { outcome: 'customer-hung-up' });
    expect(replayChoices(withHangUp, [TIMEOUT, TIMEOUT, TIMEOUT]).outcome).toBe('customer-hung-up');

    const noBadEnding = fakeScenario();
    noBadEnding.nodes = noBadEnding.nodes.filter((n) => n.id !== 'end-escalated');
    const patient = replayChoices(noBadEnding, [TIMEOUT, TIMEOUT, TIMEOUT, TIMEOUT]);
    expect(patient.complete).toBe(false);
  });
});
