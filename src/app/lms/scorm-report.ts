import type { TurnRecord } from '../../engine/attempt-log';
import type { Scenario } from '../../engine/scenario-schema';
import { interactionFacts } from '../../engine/scorm/interaction-facts';
import {
  ELEMENTS,
  EMPTY_RESUME,
  interactionAssignments,
  readSuspendData,
  resultAssignments,
  sessionTime,
  writeSuspendData,
  type Assignment,
  type ResumeState,
  type ScormVersion,
} from '../../engine/scorm/report';
import { getAttempt } from '../../storage/attempts';
import { profileForLmsLearner } from '../../storage/lms-learner';
import type { AttemptRecord } from '../../storage/records';
import { onStepRecorded } from '../calls/record-reply';
import { rememberProfile } from '../profiles/current-profile';

/** The part of a SCORM runtime API that reporting reads and writes. */
export interface ScormRuntime {
  version: ScormVersion;
  get: (element: string) => string;
  set: (element: string, value: string) => unknown;
  commit: () => unknown;
}

export interface ScormReport {
  /** The call the learner left in progress, if it is still open on this browser. */
  openCallId: string | null;
  /** Reports the session's length; the LMS connection then terminates. */
  finish: () => void;
}

/**
 * Signs the LMS's learner in as the trainee, marks the course started and reports every reply,
 * status and score from now on. The LMS has already said who the trainee is.
 */
export async function startScormReport(lms: ScormRuntime, startedAt: number): Promise<ScormReport> {
  const names = ELEMENTS[lms.version];
  const profile = await profileForLmsLearner(lms.get(names.learnerId), lms.get(names.learnerName));
  rememberProfile(profile.id);

  // SCORM 2004 reports an error for reading suspend_data that was never written; only a resumed
  // session has any.
  const resuming = lms.version === '1.2' || lms.get(names.entry) === 'resume';
  let state: ResumeState = resuming ? readSuspendData(lms.get(names.suspendData)) : EMPTY_RESUME;
  if (lms.get(names.status) === 'not attempted' || lms.get(names.status) === 'unknown') {
    lms.set(names.status, 'incomplete');
  }
  lms.set(names.exit, 'suspend');
  const left = state.attemptId ? await getAttempt(state.attemptId) : undefined;
  lms.commit();

  onStepRecorded((attempt, turn, scenario) => {
    state = reportStep(lms, state, attempt, turn, scenario);
  });
  return {
    openCallId: left?.status === 'active' ? left.id : null,
    finish: () => {
      lms.set(names.sessionTime, sessionTime(lms.version, Date.now() - startedAt));
      lms.commit();
    },
  };
}

function reportStep(
  lms: ScormRuntime,
  state: ResumeState,
  attempt: AttemptRecord,
  turn: TurnRecord,
  scenario: Scenario,
): ResumeState {
  const names = ELEMENTS[lms.version];
  const n = Number(lms.get(names.interactionCount)) || 0;
  // One interaction per reply, whichever stage it is in: the call is one attempt and its score
  // and status are reported once, when it ends.
  const assignments: Assignment[] = interactionAssignments(
    lms.version,
    n,
    interactionFacts(scenario, attempt, turn, attempt.updatedAt),
  );
  const finished = attempt.status === 'finished' && attempt.score;
  // A practice retry replays the turns before its branch point: its total is not a whole call of
  // the learner's, so it never raises the score the LMS records.
  const best =
    finished && attempt.score && !attempt.practice
      ? Math.max(state.best ?? 0, attempt.score.total)
      : state.best;
  const next: ResumeState = finished
    ? { attemptId: null, scenarioId: null, choices: [], best }
    : { attemptId: attempt.id, scenarioId: attempt.scenarioId, choices: attempt.choices, best };
  if (finished && best !== null) assignments.push(...resultAssignments(lms.version, best));
  assignments.push([names.suspendData, writeSuspendData(next, lms.version)]);
  for (const [element, value] of assignments) lms.set(element, value);
  lms.commit();
  return next;
}
