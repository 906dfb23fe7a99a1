import type {
  BranchMood,
  Choice,
  Mood,
  MoodCondition,
  MoodReactions,
  Next,
  Persona,
  Scenario,
} from './scenario-schema';
import { DEFAULT_AGITATED_AT } from './vocabulary';

const clampLevel = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** The customer's mood after hearing a reply, before any reaction the engine adds. */
export function applyMoodEffect(mood: Mood, choice: Pick<Choice, 'mood'>): Mood {
  return {
    anger: clampLevel(mood.anger + (choice.mood.anger ?? 0)),
    trust: clampLevel(mood.trust + (choice.mood.trust ?? 0)),
  };
}

export function agitationThreshold(persona: Persona): number {
  return persona.agitatedAt ?? DEFAULT_AGITATED_AT;
}

export function isAgitated(mood: Mood, persona: Persona): boolean {
  return mood.anger >= agitationThreshold(persona);
}

function inRange(value: number, range: { atLeast?: number; below?: number } | undefined) {
  if (!range) return true;
  if (range.atLeast !== undefined && value < range.atLeast) return false;
  if (range.below !== undefined && value >= range.below) return false;
  return true;
}

/** Whether the customer, in this mood, meets a branch condition: the compiled machine's guard. */
export function moodMatches(condition: MoodCondition, mood: Mood, persona: Persona): boolean {
  if (condition.agitated !== undefined && condition.agitated !== isAgitated(mood, persona)) {
    return false;
  }
  return inRange(mood.anger, condition.anger) && inRange(mood.trust, condition.trust);
}

/** Every node a reply can lead to, whatever the mood. */
export function possibleTargets(next: Next): string[] {
  return typeof next === 'string' ? [next] : [...next.branches.map((b) => b.to), next.otherwise];
}

/** Who writes the customer's reaction to a reply into the mood: the engine unless the case says. */
export const moodReactions = (scenario: Scenario): MoodReactions =>
  scenario.moodModel?.reactions ?? 'engine';

/** Which mood the case's branches test: the mood before the reply unless the case says after. */
export const branchMood = (scenario: Scenario): BranchMood =>
  scenario.moodModel?.branchMood ?? 'before-reply';
