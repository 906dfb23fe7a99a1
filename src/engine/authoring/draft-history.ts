import type { Scenario } from '../scenario-schema';

/** The drafts an author can step back and forth through. */
export interface DraftHistory {
  past: Scenario[];
  present: Scenario;
  future: Scenario[];
  /** The field last typed into: further typing there joins the same undo step. */
  typing: string | null;
}

/** How many steps back an author can go; older ones are forgotten. */
export const HISTORY_LIMIT = 200;

export const startHistory = (draft: Scenario): DraftHistory => ({
  past: [],
  present: draft,
  future: [],
  typing: null,
});

/**
 * Records an edit. Keystrokes into one field (same `typing` key, one after another) make one undo
 * step, as in a word processor; any other edit starts a new step and clears the redo list.
 */
export function record(
  history: DraftHistory,
  next: Scenario,
  typing: string | null = null,
): DraftHistory {
  if (next === history.present) return history;
  if (typing !== null && typing === history.typing) {
    return { ...history, present: next, future: [] };
  }
  return {
    past: [...history.past, history.present].slice(-HISTORY_LIMIT),
    present: next,
    future: [],
    typing,
  };
}

export const canUndo = (history: DraftHistory) => history.past.length > 0;
export const canRedo = (history: DraftHistory) => history.future.length > 0;

export function undo(history: DraftHistory): DraftHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    typing: null,
  };
}

export function redo(history: DraftHistory): DraftHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest, typing: null };
}
