import { deliverOldest, onStatementsQueued, type Deliver } from '../app/lms/outbox';

export interface SenderEnvironment {
  /** The current receiver, or null while none is configured. */
  receiver: () => Promise<Deliver | null>;
  online: () => boolean;
  /** Calls back when the browser comes back online. */
  onOnline: (listener: () => void) => () => void;
  setTimer: (run: () => void, ms: number) => () => void;
}

export interface StatementSender {
  /** Try now (after a settings change, or HR pressing "send now"). */
  flush: () => Promise<void>;
  stop: () => void;
}

const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 60_000;

export const retryDelay = (failures: number) =>
  Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));

/**
 * Delivers the outbox oldest first, one statement at a time so the LRS stores them in the order
 * they happened. A failure stops the round and retries later with a growing delay; coming back
 * online or queueing something new tries again at once.
 */
export function startStatementSender(env: SenderEnvironment): StatementSender {
  let failures = 0;
  let running: Promise<void> | null = null;
  let again = false;
  let cancelRetry: (() => void) | null = null;
  let stopped = false;

  const round = async () => {
    while (!stopped && env.online()) {
      const receiver = await env.receiver();
      if (!receiver) return;
      const outcome = await deliverOldest(receiver);
      if (outcome === 'empty') {
        failures = 0;
        return;
      }
      if (outcome === 'delivered') {
        failures = 0;
        continue;
      }
      failures += 1;
      cancelRetry?.();
      cancelRetry = env.setTimer(() => void flush(), retryDelay(failures));
      return;
    }
  };

  const flush = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = round().finally(() => {
      running = null;
      if (again && !stopped) {
        again = false;
        void flush();
      }
    });
    return running;
  };

  const unsubscribeQueued = onStatementsQueued(() => void flush());
  const unsubscribeOnline = env.onOnline(() => {
    failures = 0;
    void flush();
  });
  void flush();

  return {
    flush,
    stop: () => {
      stopped = true;
      cancelRetry?.();
      unsubscribeQueued();
      unsubscribeOnline();
    },
  };
}
