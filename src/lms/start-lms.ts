import { getLrsSettings, launchedByCmi5, markCmi5Launch } from '../app/lms/lrs-settings';
import { startCmi5Session, launchedWithCmi5Parameters } from './cmi5-session';
import type { Deliver } from '../app/lms/outbox';
import { lrsDelivery } from './lrs-delivery';
import { startStatementSender, type StatementSender } from './xapi-sender';

let sender: StatementSender | null = null;

/**
 * Starts delivering queued statements: through the cmi5 session when an LMS launched the page,
 * otherwise to the LRS HR configured (if any). Safe to call once at boot.
 */
export function startLms(): void {
  if (sender) return;
  let cmi5: Promise<Deliver | null> | null = null;
  if (launchedWithCmi5Parameters(window.location.search)) {
    markCmi5Launch();
    cmi5 = startCmi5Session().catch(() => null);
  }
  sender = startStatementSender({
    receiver: async () => {
      if (launchedByCmi5() && cmi5) return cmi5;
      const settings = await getLrsSettings();
      return settings.endpoint.trim() ? lrsDelivery(settings) : null;
    },
    online: () => navigator.onLine,
    onOnline: (listener) => {
      window.addEventListener('online', listener);
      return () => window.removeEventListener('online', listener);
    },
    setTimer: (run, ms) => {
      const timer = window.setTimeout(run, ms);
      return () => window.clearTimeout(timer);
    },
  });
}

/** Delivers what is waiting now, e.g. after HR saved new LRS settings. */
export function sendWaitingStatements(): Promise<void> {
  return sender?.flush() ?? Promise.resolve();
}
