import type { BranchMood, MoodReactions, Scenario } from '../scenario-schema';

/** What a case plays with when it declares nothing: how every bundled case plays. */
export const DEFAULT_MOOD_MODEL = { reactions: 'engine', branchMood: 'before-reply' } as const;

type Setting =
  { reactions: MoodReactions; branchMood?: never } | { branchMood: BranchMood; reactions?: never };

/**
 * Sets one of the case's mood-model settings. A setting at its default is left out of the case, and
 * a model with nothing left is dropped, so choosing the defaults gives back a case that declares
 * nothing (the same content, hash included, as one never touched).
 */
export function setMoodModel(draft: Scenario, setting: Setting): Scenario {
  const merged = { ...draft.moodModel, ...setting };
  const model = Object.fromEntries(
    Object.entries(merged).filter(
      ([key, value]) =>
        value !== undefined && value !== DEFAULT_MOOD_MODEL[key as keyof typeof DEFAULT_MOOD_MODEL],
    ),
  );
  const { moodModel: _dropped, ...rest } = draft;
  return Object.keys(model).length > 0 ? { ...rest, moodModel: model } : rest;
}
