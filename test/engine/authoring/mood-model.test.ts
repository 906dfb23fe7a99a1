import { describe, expect, it } from 'vitest';
import { setMoodModel } from '../../../src/engine/authoring/mood-model';
import { fakeScenario } from '../../fakes';

describe('setting the mood model in the editor', () => {
  it('writes a setting that differs from the default', () => {
    const draft = setMoodModel(fakeScenario(), { reactions: 'author' });
    expect(draft.moodModel).toEqual({ reactions: 'author' });
    expect(setMoodModel(draft, { branchMood: 'after-reply' }).moodModel).toEqual({
      reactions: 'author',
      branchMood: 'after-reply',
    });
  });

  it('leaves a default out, and gives back a case declaring nothing once both are defaults', () => {
    const both = setMoodModel(setMoodModel(fakeScenario(), { reactions: 'author' }), {
      branchMood: 'after-reply',
    });
    expect(setMoodModel(both, { reactions: 'engine' }).moodModel).toEqual({
      branchMood: 'after-reply',
    });
    const back = setMoodModel(setMoodModel(both, { reactions: 'engine' }), {
      branchMood: 'before-reply',
    });
    expect('moodModel' in back).toBe(false);
    expect(back).toEqual(fakeScenario());
  });
});
