import { useLayoutEffect, useRef } from 'react';

/**
 * Number keys 1–9 pick reply n; Backspace or "-" undoes. Ignored while typing in a field or with
 * a modifier held, so browser shortcuts and text entry keep working.
 */
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
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (/^[1-9]$/.test(e.key)) {
        e.preventDefault();
        handlers.current.onNumber(Number(e.key) - 1);
      } else if (e.key === 'Backspace' || e.key === '-') {
        e.preventDefault();
        handlers.current.onUndo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
