import { useState, type Dispatch, type SetStateAction } from 'react';
import { isQuotaError } from '../../app/calls/call-controls';
import type { AttemptRecord } from '../../engine/records/attempt';

/** Why a switch on the ringing panel went back: the disk is full, or anything else. */
export type SwitchFailure = 'quota' | 'other';

/** A failed switch as the panel shows it; `n` counts failures so a repeat is said again. */
export interface ShownSwitchFailure {
  kind: SwitchFailure;
  n: number;
}

/** A change of the call's settings before it is answered: the timer or the reply mode. */
export type BeforeAnswerChange = Partial<Pick<AttemptRecord, 'timed' | 'replyMode'>>;

export type SwitchOutcome =
  { ok: true; saved: AttemptRecord } | { ok: false; failure: SwitchFailure };

/**
 * What came of saving a switch. A call that is no longer stored (removed from another tab) saved
 * nothing either, so it fails like any other write.
 */
export async function settleSwitch(
  save: () => Promise<AttemptRecord | undefined>,
): Promise<SwitchOutcome> {
  try {
    const saved = await save();
    return saved ? { ok: true, saved } : { ok: false, failure: 'other' };
  } catch (error) {
    return { ok: false, failure: isQuotaError(error) ? 'quota' : 'other' };
  }
}

/**
 * The call on screen with one failed change taken back: only the fields that change touched go
 * back to what they were, so another switch flipped meanwhile keeps its own outcome. A field the
 * call did not have before (the reply mode of a chosen-reply call) is removed again.
 */
export function undoChange(
  current: AttemptRecord,
  change: BeforeAnswerChange,
  before: AttemptRecord,
): AttemptRecord {
  const undone: Record<string, unknown> = { ...current };
  for (const field of Object.keys(change) as Array<keyof BeforeAnswerChange>) {
    if (field in before) undone[field] = before[field];
    else delete undone[field];
  }
  return undone as unknown as AttemptRecord;
}

/**
 * The ringing panel's switches show the trainee's choice at once (waiting for the write left a box
 * unticked for a moment on a busy machine). If saving fails the switch goes back and the failure
 * is kept for the panel to say; the next change that saves clears it.
 */
export function useBeforeAnswerChange(
  attempt: AttemptRecord,
  setAttempt: Dispatch<SetStateAction<AttemptRecord>>,
) {
  const [failure, setFailure] = useState<ShownSwitchFailure | null>(null);
  const change = (patch: BeforeAnswerChange, save: () => Promise<AttemptRecord | undefined>) => {
    const before = attempt;
    setAttempt({ ...attempt, ...patch });
    void settleSwitch(save).then((outcome) => {
      if (outcome.ok) {
        setAttempt(outcome.saved);
        setFailure(null);
      } else {
        setAttempt((current) => undoChange(current, patch, before));
        setFailure((shown) => ({ kind: outcome.failure, n: (shown?.n ?? 0) + 1 }));
      }
    });
  };
  return { change, failure };
}
