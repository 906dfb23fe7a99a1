import type { TurnRecord } from '../engine/attempt-log';
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
} from '../engine/scorm/report';
import { getAttempt } from '../storage/attempts';
import { profileForLmsLearner } from '../storage/lms-learner';
import type { AttemptRecord } from '../storage/records';
import { onStepRecorded } from '../storage/step-statements';
import { rememberProfile } from '../app/profiles/current-profile';
import { findScormApi, scormCalls, type ScormCalls } from './scorm-api';

let connected: ScormVersion | null = null;

/** Which SCORM LMS this page runs inside, if any. */
export const scormConnection = () => connected;

/**
 * When the page runs inside a SCORM LMS: signs the LMS's learner in as the trainee, reopens the
 * call they left, and reports every reply, status and score through the runtime API. With no LMS
 * around it does nothing, and the app works as it does on its own.
 */
export async function startScormReporting(start: Window = window): Promise<void> {
  const found = findScormApi(start);
  if (!found) return;
  const lms = scormCalls(found);
  if (!lms.initialize()) return;
  connected = lms.version;
  const names = ELEMENTS[lms.version];
  const startedAt = Date.now();

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
  await reopenCall(state);
  lms.commit();

  onStepRecorded((attempt, turn) => {
    state = report(lms, state, attempt, turn);
  });

  start.addEventListener(
    'pagehide',
    () => {
      lms.set(names.sessionTime, sessionTime(lms.version, Date.now() - startedAt));
      lms.commit();
      lms.terminate();
    },
    { once: true },
  );
}

/**
 * Opens the call the learner left in progress if it is still on this browser, and otherwise the
 * case library: the LMS has already said who the trainee is.
 */
async function reopenCall(state: ResumeState): Promise<void> {
  if (!['', '#', '#/'].includes(window.location.hash)) return;
  const attempt = state.attemptId ? await getAttempt(state.attemptId) : undefined;
  window.location.hash = attempt?.status === 'active' ? `#/call/${attempt.id}` : '#/library';
}

function report(
  lms: ScormCalls,
  state: ResumeState,
  attempt: AttemptRecord,
  turn: TurnRecord,
): ResumeState {
  const names = ELEMENTS[lms.version];
  const n = Number(lms.get(names.interactionCount)) || 0;
  const assignments: Assignment[] = interactionAssignments(lms.version, n, {
    id: `${attempt.scenarioId}.${attempt.id.slice(0, 8)}.t${turn.turn}`,
    response: turn.choice,
    expert: turn.expertChoice,
    grade: turn.grade,
    at: attempt.updatedAt,
  });
  const finished = attempt.status === 'finished' && attempt.score;
  const best =
    finished && attempt.score ? Math.max(state.best ?? 0, attempt.score.total) : state.best;
  const next: ResumeState = finished
    ? { attemptId: null, scenarioId: null, choices: [], best }
    : { attemptId: attempt.id, scenarioId: attempt.scenarioId, choices: attempt.choices, best };
  if (finished && best !== null) assignments.push(...resultAssignments(lms.version, best));
  assignments.push([names.suspendData, writeSuspendData(next, lms.version)]);
  for (const [element, value] of assignments) lms.set(element, value);
  lms.commit();
  return next;
}
