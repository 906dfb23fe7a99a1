import { MAX_PACK_BYTES, tooLargeProblem } from '../../engine/validation/limits';
import { problem } from '../../engine/validation/problem';
import type { PackValidation } from '../../engine/validation/validate-pack';
import { checkInWorker, type WorkerCheck } from '../input/check-in-worker';
import { stoppedProblem } from '../input/stopped-problem';
import { checkPackDescribed } from './describe-verdict';

/**
 * How long a pack check may take before it is given up. The caps make a legal pack far quicker
 * (the largest allowed case checks in a few seconds on a slow machine); past this something is
 * wrong with the file, and the trainer is told so instead of waiting.
 */
export const PACK_CHECK_BUDGET_MS = 20_000;

const packCheck: WorkerCheck<ArrayBuffer, PackValidation> = {
  start: () => new Worker(new URL('./pack-check.worker.ts', import.meta.url), { type: 'module' }),
  inPlace: checkPackDescribed,
  budgetMs: PACK_CHECK_BUDGET_MS,
  stopped: (why, detail) => ({
    ok: false,
    problems: [problem('$', stoppedProblem(why, detail, PACK_CHECK_BUDGET_MS, 'imported'))],
  }),
};

/**
 * Checks a pack file off the page's thread: the bytes go to a worker, so a hostile file can cost
 * the worker its time budget but never freeze the page. The file's size is checked before it is read.
 */
export async function checkPackFile(file: Blob): Promise<PackValidation> {
  if (file.size > MAX_PACK_BYTES) return { ok: false, problems: [tooLargeProblem(file.size)] };
  const bytes = await file.arrayBuffer();
  return checkInWorker(packCheck, bytes, [bytes]);
}
