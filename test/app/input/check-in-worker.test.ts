import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkInWorker,
  recordsCheckBudgetMs,
  type WorkerCheck,
  type WorkerReply,
} from '../../../src/app/input/check-in-worker';

type Answer = { ok: boolean; note: string };
type Behaviour = 'answer' | 'throw' | 'error' | 'silent' | 'progress' | 'uncloneable';

/** A stand-in worker: answers as told, throws, fails, or never answers; remembers being ended. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: WorkerReply<Answer, number> }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  sent: unknown[] = [];
  constructor(private readonly behaviour: Behaviour) {
    FakeWorker.made.push(this);
  }
  postMessage(request: unknown, transfer: unknown[]) {
    // What a browser does with a request it cannot copy or hand over.
    if (this.behaviour === 'uncloneable')
      throw new DOMException('could not clone', 'DataCloneError');
    this.sent.push(request, transfer);
    queueMicrotask(() => {
      if (this.behaviour === 'progress') {
        for (const done of [1, 2, 3]) this.onmessage?.({ data: { progress: done } });
        this.onmessage?.({ data: { answer: { ok: true, note: 'after progress' } } });
      }
      if (this.behaviour === 'answer')
        this.onmessage?.({
          data: { answer: { ok: true, note: `worker read ${String(request)}` } },
        });
      if (this.behaviour === 'throw') this.onmessage?.({ data: { thrown: 'too much recursion' } });
      if (this.behaviour === 'error')
        this.onerror?.({ message: 'script failed to load', preventDefault: () => undefined });
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const check = (behaviour: Behaviour): WorkerCheck<string, Answer, number> => ({
  start: () => new FakeWorker(behaviour) as unknown as Worker,
  inPlace: (request, report) => {
    report(1);
    if (request === 'a file too odd to check') throw new RangeError('too much recursion');
    return { ok: true, note: `in place ${request}` };
  },
  budgetMs: 5_000,
  stopped: (why, detail) => ({ ok: false, note: `${why}: ${detail}` }),
});

describe('checking a file in a worker with a budget', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    FakeWorker.made = [];
  });

  it('runs the check in place where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(checkInWorker(check('silent'), 'pack')).resolves.toEqual({
      ok: true,
      note: 'in place pack',
    });
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('answers with the worker’s verdict, hands the bytes over and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const bytes = new ArrayBuffer(4);
    await expect(checkInWorker(check('answer'), 'backup', [bytes])).resolves.toEqual({
      ok: true,
      note: 'worker read backup',
    });
    const [worker] = FakeWorker.made;
    expect(worker?.sent).toEqual(['backup', [bytes]]);
    expect(worker?.terminated).toBe(true);
  });

  it('turns a check that threw, or a worker that failed, into a refusal', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    await expect(checkInWorker(check('throw'), 'bundle')).resolves.toEqual({
      ok: false,
      note: 'failed: too much recursion',
    });
    await expect(checkInWorker(check('error'), 'bundle')).resolves.toEqual({
      ok: false,
      note: 'failed: script failed to load',
    });
    expect(FakeWorker.made.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('gives up on a worker that runs past its budget, and ends it', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const answer = checkInWorker(check('silent'), 'a hostile bundle');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(FakeWorker.made[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual({ ok: false, note: 'budget: 5000 ms' });
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });

  it('passes the worker’s progress on as it comes, then its answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const heard: number[] = [];
    await expect(
      checkInWorker(check('progress'), 'bundle', [], (done) => heard.push(done)),
    ).resolves.toEqual({ ok: true, note: 'after progress' });
    expect(heard).toEqual([1, 2, 3]);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });

  it('answers a request the worker could not take, or a check that threw in place, as a failure', async () => {
    const heard: number[] = [];
    await expect(
      checkInWorker(check('silent'), 'a file too odd to check', [], (n) => heard.push(n)),
    ).resolves.toEqual({ ok: false, note: 'failed: too much recursion' });
    expect(heard).toEqual([1]);
    vi.stubGlobal('Worker', FakeWorker);
    await expect(checkInWorker(check('uncloneable'), 'bundle')).resolves.toEqual({
      ok: false,
      note: 'failed: could not clone',
    });
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });

  it('gives a file of records 20 s and a second more per megabyte', () => {
    expect(recordsCheckBudgetMs(0)).toBe(20_000);
    expect(recordsCheckBudgetMs(1)).toBe(21_000);
    expect(recordsCheckBudgetMs(150 * 1_048_576)).toBe(170_000);
  });
});
