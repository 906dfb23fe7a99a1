import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  canRedo,
  canUndo,
  record,
  redo,
  startHistory,
  undo,
  type DraftHistory,
} from '../../engine/authoring/draft-history';
import type { Scenario } from '../../engine/scenario-schema';
import { createAutosave } from '../../app/authoring/drafts';
import { classifyStorageFailure, type StorageFailure } from '../../app/data/storage-failure';

/** Changes the draft; `typing` names the field typed into, so keystrokes undo together. */
export type Edit = (change: (draft: Scenario) => Scenario, typing?: string) => void;

type Action =
  | { type: 'edit'; change: (draft: Scenario) => Scenario; typing: string | null }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'replace'; draft: Scenario };

function reduce(history: DraftHistory, action: Action): DraftHistory {
  switch (action.type) {
    case 'edit':
      return record(history, action.change(history.present), action.typing);
    case 'undo':
      return undo(history);
    case 'redo':
      return redo(history);
    case 'replace':
      return { ...history, present: action.draft, typing: null };
  }
}

/**
 * The editor's state: the draft with its undo history, saved shortly after every change and at
 * once when the page is hidden or closed, so a draft is never lost.
 */
export function useDraftEditor(draftId: string, initial: Scenario, revision: number) {
  const [history, dispatch] = useReducer(reduce, initial, startHistory);
  const [saveState, setSaveState] = useState<'saved' | 'saving' | 'failed'>('saved');
  const [failure, setFailure] = useState<StorageFailure | null>(null);
  const autosave = useMemo(
    () =>
      createAutosave(draftId, revision, 300, {
        saved: () => {
          setSaveState('saved');
          setFailure(null);
        },
        failed: (error) => {
          setSaveState('failed');
          setFailure(classifyStorageFailure(error));
        },
      }),
    // The revision the draft was opened at seeds the autosave once; it then follows its own saves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [draftId],
  );
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setSaveState('saving');
    autosave.schedule(history.present);
  }, [autosave, history.present]);

  useEffect(() => {
    const rescue = () => void autosave.rescue();
    const onVisibility = () => document.visibilityState === 'hidden' && rescue();
    window.addEventListener('pagehide', rescue);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', rescue);
      document.removeEventListener('visibilitychange', onVisibility);
      void autosave.flush();
    };
  }, [autosave]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        e.preventDefault();
        dispatch({ type: key === 'y' || e.shiftKey ? 'redo' : 'undo' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const edit: Edit = useCallback(
    (change, typing) => dispatch({ type: 'edit', change, typing: typing ?? null }),
    [],
  );
  return {
    draft: history.present,
    edit,
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    replace: (draft: Scenario) => dispatch({ type: 'replace', draft }),
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    saveState,
    /** Why the last save failed (a full disk, another tab's newer save), until one succeeds. */
    failure,
    /** The draft revision this editor's saves have reached, for publishing. */
    revision: () => autosave.revision(),
    /** Saves the draft as it stands again, once the disk has room. */
    retry: () => {
      autosave.schedule(history.present);
      void autosave.flush();
    },
    flush: () => autosave.flush(),
  };
}
