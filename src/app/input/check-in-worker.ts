import { errorMessage } from '../../engine/error-message';
/**
 * One way to check an imported file off the page's thread. A hostile file (a pack, a backup, a
 * records bundle) can cost the worker its time budget, never the page: the page keeps answering
 * while the worker reads, and a worker that runs past its budget or fails is ended and answered
 * for. Where there are no workers (Node, the unit tests) the same check runs in place.
 */
export interface WorkerCheck<Request, Answer, Progress = never> {
  /**
   * Starts a fresh worker. Written at the caller as `new Worker(new URL('./x.worker.ts',
   * import.meta.url), { type: 'module' })`, the only form the bundler turns into a worker file.
   */
  start: () => Worker;
  /** The check itself, the same function the worker serves (see serveCheck). */
  inPlace: (request: Request, report: (progress: Progress) => void) => Answer | Promise<Answer>;
  /** How long the worker may take before it is ended. */
  budgetMs: number;
  /** The answer when the budget ran out or the worker failed; `detail` says how it failed. */
  stopped: (why: 'budget' | 'failed', detail: string) => Answer;
}

/** What a check worker posts: how far it has come, then its answer or why the check threw. */
export type WorkerReply<Answer, Progress = never> =
  { answer: Answer } | { thrown: string } | { progress: Progress };

/**
 * Runs `request` through the check in a fresh worker, ended once it has answered or is stopped.
 * `onProgress` hears how far a long check has come (a large file takes a while). It always
 * settles with an answer: a worker that cannot start or take the request is a failed check.
 */
export function checkInWorker<Request, Answer, Progress = never>(
  check: WorkerCheck<Request, Answer, Progress>,
  request: Request,
  transfer: Transferable[] = [],
  onProgress: (progress: Progress) => void = () => {},
): Promise<Answer> {
  if (typeof Worker === 'undefined') {
    return (async () => check.inPlace(request, onProgress))().catch((error: unknown) =>
      check.stopped('failed', errorMessage(error)),
    );
  }
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = check.start();
    } catch (error) {
      resolve(check.stopped('failed', errorMessage(error)));
      return;
    }
    const finish = (answer: Answer) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(
      () => finish(check.stopped('budget', `${check.budgetMs} ms`)),
      check.budgetMs,
    );
    worker.onmessage = ({ data }: MessageEvent<WorkerReply<Answer, Progress>>) => {
      if ('progress' in data) onProgress(data.progress);
      else finish('answer' in data ? data.answer : check.stopped('failed', data.thrown));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(check.stopped('failed', event.message || 'worker error'));
    };
    try {
      worker.postMessage(request, transfer);
    } catch (error) {
      finish(check.stopped('failed', errorMessage(error)));
    }
  });
}

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

/**
 * The worker's side: answers each request with the check's verdict, posting its progress on the
 * way. A check that throws (a stack overflow on a file no cap foresaw), or an answer that cannot
 * be posted back, is reported as a failed check, never left unanswered.
 */
export function serveCheck<Request, Answer, Progress = never>(
  check: (request: Request, report: (progress: Progress) => void) => Answer | Promise<Answer>,
): void {
  const scope = globalThis as unknown as WorkerScope;
  const report = (progress: Progress) =>
    scope.postMessage({ progress } satisfies WorkerReply<Answer, Progress>);
  const thrown = (error: unknown): WorkerReply<Answer, Progress> => ({
    thrown: errorMessage(error),
  });
  scope.onmessage = async ({ data }: MessageEvent<Request>) => {
    let reply: WorkerReply<Answer, Progress>;
    try {
      reply = { answer: await check(data, report) };
    } catch (error) {
      reply = thrown(error);
    }
    try {
      scope.postMessage(reply);
    } catch (error) {
      scope.postMessage(thrown(error));
    }
  };
}

/**
 * The budget for checking a file of records (a backup, a records bundle): 20 s, and a second more
 * per megabyte, since a whole training centre's records are legitimately large and every call in
 * them is checked. A hostile file is refused by its caps long before; this only ends the runaway.
 */
export const recordsCheckBudgetMs = (bytes: number) => 20_000 + Math.ceil(bytes / 1_048_576) * 1000;
