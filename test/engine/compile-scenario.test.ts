import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot } from 'xstate';
import { createCallMachine } from '../../src/engine/call-lifecycle';
import { compileScenario } from '../../src/engine/compile-scenario';
import { replayChoices } from '../../src/engine/replay';
import { turnTranscript } from '../../src/engine/attempt-log';
import { DEAD_AIR_LINE, HANG_UP_LINE, TIMEOUT } from '../../src/engine/call-progress';
import { fakeScenario } from '../fakes';

const choose = (choiceId: string) => ({ type: 'learner.choose' as const, choiceId });

describe('compiled scenario machine', () => {
  const scenario = fakeScenario();
  const machine = compileScenario(scenario);

  it('starts at the scenario start with the persona mood', () => {
    const actor = createActor(machine).start();
    expect(actor.getSnapshot().value).toBe('opening');
    expect(actor.getSnapshot().context.progress.mood).toEqual({ anger: 70, trust: 30 });
  });

  it('moves on a reply and applies its mood effect', () => {
    const actor = createActor(machine).start();
    actor.send(choose('calm'));
    expect(actor.getSnapshot().value).toBe('facts');
    expect(actor.getSnapshot().context.progress.mood).toEqual({ anger: 50, trust: 40 });
  });

  it('sends the same reply to a different node depending on the mood it meets', () => {
    const angry = createActor(machine).start();
    angry.send(choose('explain-early'));
    expect(angry.getSnapshot().value).toBe('flare-up');

    const calm = createActor(
      compileScenario(
        fakeScenario({ persona: { ...scenario.persona, startingMood: { anger: 30, trust: 30 } } }),
      ),
    ).start();
    calm.send(choose('explain-early'));
    expect(calm.getSnapshot().value).toBe('facts');
  });

  it('ignores a reply that is not offered at the current node', () => {
    const snapshot = getNextSnapshot(machine, createActor(machine).getSnapshot(), choose('fix'));
    expect(snapshot.value).toBe('opening');
    expect(snapshot.context.turns).toEqual([]);
  });

  it.each([
    [['calm', 'ask', 'fix']],
    [['explain-early', 'recover', 'policy', 'close-early']],
    [['argue']],
  ])('agrees with the pure replay on %j', (choices) => {
    const actor = createActor(machine).start();
    for (const c of choices) actor.send(choose(c));
    const snapshot = actor.getSnapshot();
    const replay = replayChoices(scenario, choices);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output?.endingId).toBe(replay.progress.nodeId);
    expect(snapshot.context.turns).toEqual(replay.turns);
  });
});

describe('call lifecycle', () => {
  it('rings, runs the conversation, ends, and opens the debrief', () => {
    const actor = createActor(createCallMachine(fakeScenario())).start();
    expect(actor.getSnapshot().value).toBe('ringing');
    actor.send(choose('calm'));
    expect(actor.getSnapshot().value).toBe('ringing');
    actor.send({ type: 'call.answer' });
    expect(actor.getSnapshot().value).toBe('inCall');
    for (const c of ['calm', 'ask', 'fix']) actor.send(choose(c));
    expect(actor.getSnapshot().value).toBe('ended');
    expect(actor.getSnapshot().context.endingId).toBe('end-good');
    actor.send({ type: 'call.openDebrief' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('restores a persisted snapshot mid-call at the same turn', () => {
    const machine = createCallMachine(fakeScenario());
    const actor = createActor(machine).start();
    actor.send({ type: 'call.answer' });
    actor.send(choose('calm'));
    const persisted = actor.getPersistedSnapshot();
    const restored = createActor(machine, { snapshot: persisted }).start();
    restored.send(choose('ask'));
    restored.send(choose('fix'));
    expect(restored.getSnapshot().value).toBe('ended');
    expect(restored.getSnapshot().context.endingId).toBe('end-good');
  });

  it('keeps a silent trainee on the line twice, and the customer gives up on the third silence', () => {
    const scenario = fakeScenario();
    const machine = compileScenario(scenario);
    const silence = { type: 'timer.expired' as const };
    const patient = createActor(machine).start();
    patient.send(silence);
    patient.send(silence);
    expect(patient.getSnapshot().value).toBe('opening');
    // A reply in between starts the count again.
    patient.send(choose('calm'));
    patient.send(silence);
    patient.send(silence);
    expect(patient.getSnapshot().value).toBe('facts');

    const silent = createActor(machine).start();
    silent.send(silence);
    silent.send(silence);
    silent.send(silence);
    expect(silent.getSnapshot().status).toBe('done');
    expect(silent.getSnapshot().output?.endingId).toBe('end-escalated');
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
