import type { ScormVersion } from '../engine/scorm/report';
import { startScormReport } from '../app/lms/scorm-report';
import { findScormApi, scormCalls } from './scorm-api';

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
  const report = await startScormReport(lms, Date.now());
  reopenCall(report.openCallId);

  start.addEventListener(
    'pagehide',
    () => {
      report.finish();
      lms.terminate();
    },
    { once: true },
  );
}

/**
 * Opens the call the learner left in progress if it is still on this browser, and otherwise the
 * case library, unless the page was opened at a screen of its own.
 */
function reopenCall(openCallId: string | null): void {
  if (!['', '#', '#/'].includes(window.location.hash)) return;
  window.location.hash = openCallId ? `#/call/${openCallId}` : '#/library';
}
