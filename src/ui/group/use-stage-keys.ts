import { useLayoutEffect, useRef } from 'react';

/** What a key press on the stage asks for: reply n (from 0), undo, or nothing of the stage's. */
export type StageKeyAction = { kind: 'reply'; index: number } | { kind: 'undo' };

/** The part of a key press the stage reads. */
interface StageKeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/**
 * Number keys 1–9 pick reply n; Backspace or "-" undoes. Nothing while typing in a field or with a
 * modifier held, so browser shortcuts and text entry keep working.
 */
export function stageKeyAction(press: StageKeyPress): StageKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const target = press.target as { closest?: (selector: string) => unknown } | null;
  if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return null;
  if (/^[1-9]$/.test(press.key)) return { kind: 'reply', index: Number(press.key) - 1 };
  if (press.key === 'Backspace' || press.key === '-') return { kind: 'undo' };
  return null;
}

/** The stage's keys (stageKeyAction) on the whole window while `enabled`. */
export function useStageKeys(
  enabled: boolean,
  onNumber: (index: number) => void,
  onUndo: () => void,
) {
  const handlers = useRef({ onNumber, onUndo });
  // Before paint, like the listener: a key pressed the moment a new state shows (the next person in
  // the hot seat) must reach that state's handlers, not the ones of the state before it.
  useLayoutEffect(() => {
    handlers.current = { onNumber, onUndo };
  });
  // Attached before the new decision point is painted, so a key pressed the moment it shows counts.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const action = stageKeyAction(e);
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'reply') handlers.current.onNumber(action.index);
      else handlers.current.onUndo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
