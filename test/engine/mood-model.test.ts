import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { TIMEOUT } from '../../src/engine/call-progress';
import { compileScenario, IN_CALL } from '../../src/engine/compile-scenario';
import { contentHash } from '../../src/engine/content-hash';
import { replayChoices } from '../../src/engine/replay';
import { scenarioSchema, type MoodModel } from '../../src/engine/scenario-schema';
import { fakeScenario } from '../fakes';

const withModel = (moodModel: MoodModel, overrides = {}) =>
  fakeScenario({ moodModel, ...overrides });

describe("a case's mood model", () => {
  describe("reactions: 'author'", () => {
    it('adds no reaction to a reply that meets the key cue: the mood is the authored sum', () => {
      // Start 70/30; calm −20 +10; ask (paraphrases the key cue) −10 +10.
      const engine = replayChoices(fakeScenario(), ['calm', 'ask']).turns.at(-1)!;
      expect(engine.reactions).toEqual(['feels-understood']);
      expect(engine.mood).toEqual({ anger: 30, trust: 60 });
      const author = replayChoices(withModel({ reactions: 'author' }), ['calm', 'ask']).turns;
      expect(author.at(-1)!.reactions).toEqual([]);
      expect(author.at(-1)!.mood).toEqual({ anger: 40, trust: 50 });
    });

    it('adds no bristle to a harmful reply', () => {
      // Start 70/30; argue +30: the engine adds +10 anger (clamped at 100) and −5 trust.
      const engine = replayChoices(fakeScenario(), ['argue']).turns[0]!;
      expect(engine.mood).toEqual({ anger: 100, trust: 25 });
      const author = replayChoices(withModel({ reactions: 'author' }), ['argue']).turns[0]!;
      expect(author.reactions).toEqual([]);
      expect(author.mood).toEqual({ anger: 100, trust: 30 });
    });

    it('still lets silence anger the customer: no reply, so no authored effect covers it', () => {
      const [silence] = replayChoices(withModel({ reactions: 'author' }), [TIMEOUT]).turns;
      expect(silence!.reactions).toEqual(['dead-air']);
      expect(silence!.mood).toEqual({ anger: 85, trust: 30 });
    });
  });

  describe("branchMood: 'after-reply'", () => {
    // Anger 55 is below the agitation threshold of 60; explain-early adds 10, making 65.
    const calmStart = { startingMood: { anger: 55, trust: 30 }, agitatedAt: 60 };
    const scenarioAt = (moodModel?: MoodModel) => {
      const base = fakeScenario();
      return fakeScenario({ persona: { ...base.persona, ...calmStart }, moodModel });
    };

    it('tests a branch on the mood plus the reply’s own effect instead of the mood before it', () => {
      expect(replayChoices(scenarioAt(), ['explain-early']).turns[0]!.next).toBe('facts');
      const after = replayChoices(scenarioAt({ branchMood: 'after-reply' }), ['explain-early']);
      expect(after.turns[0]!.next).toBe('flare-up');
    });

    it('routes the live call the same way as replay', () => {
      const actor = createActor(compileScenario(scenarioAt({ branchMood: 'after-reply' }))).start();
      actor.send({ type: 'call.answer' });
      actor.send({ type: 'learner.choose', choiceId: 'explain-early' });
      expect(actor.getSnapshot().value).toEqual({ [IN_CALL]: 'flare-up' });
    });

    it('changes only where the reply leads, not the mood it leaves', () => {
      const mood = (moodModel?: MoodModel) =>
        replayChoices(scenarioAt(moodModel), ['explain-early']).turns[0]!.mood;
      expect(mood({ branchMood: 'after-reply' })).toEqual(mood());
    });
  });

  it('is part of the case content, so a recorded call replays with the model it was played on', async () => {
    const plain = await contentHash(fakeScenario());
    expect(await contentHash(withModel({ reactions: 'author' }))).not.toBe(plain);
    expect(await contentHash(withModel({ branchMood: 'after-reply' }))).not.toBe(plain);
  });

  it('accepts the two settings by name and refuses any other value', () => {
    expect(scenarioSchema.safeParse(withModel({ reactions: 'author' })).success).toBe(true);
    const unknown = { ...fakeScenario(), moodModel: { reactions: 'customer' } };
    expect(scenarioSchema.safeParse(unknown).success).toBe(false);
    const extra = { ...fakeScenario(), moodModel: { branchMood: 'after-reply', margin: 5 } };
    expect(scenarioSchema.safeParse(extra).success).toBe(false);
  });
});
