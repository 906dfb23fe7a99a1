import { MAX_PACK_BYTES, tooLargeProblem } from '../../engine/validation/limits';
import { problem } from '../../engine/validation/problem';
import { validatePackBytes, type PackValidation } from '../../engine/validation/validate-pack';

/**
 * How long a pack check may take before it is given up. The caps make a legal pack far quicker
 * (the largest allowed case checks in a few seconds on a slow machine); past this something is
 * wrong with the file, and the trainer is told so instead of waiting.
 */
export const PACK_CHECK_BUDGET_MS = 20_000;

const gaveUp = () =>
  problem('$', {
    en: `checking the file took longer than ${PACK_CHECK_BUDGET_MS / 1000} s and was stopped; nothing was imported`,
    'zh-CN': `检查这个文件超过了 ${PACK_CHECK_BUDGET_MS / 1000} 秒，已停止；没有导入任何内容`,
  });

const failed = (reason: string) =>
  problem('$', {
    en: `the file could not be checked (${reason}); nothing was imported`,
    'zh-CN': `无法检查这个文件（${reason}）；没有导入任何内容`,
  });

/**
 * Checks a pack file off the page's thread: the bytes go to a worker, so a hostile file can cost
 * the worker its time budget but never freeze the page. Where there are no workers (the unit tests,
 * Node) the same check runs in place. The file's size is checked before it is read.
 */
export async function checkPackFile(file: Blob): Promise<PackValidation> {
  if (file.size > MAX_PACK_BYTES) return { ok: false, problems: [tooLargeProblem(file.size)] };
  const bytes = await file.arrayBuffer();
  if (typeof Worker === 'undefined') return validatePackBytes(new Uint8Array(bytes));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./pack-check.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = (result: PackValidation) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, problems: [gaveUp()] }),
      PACK_CHECK_BUDGET_MS,
    );
    worker.onmessage = (event: MessageEvent<PackValidation>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, problems: [failed(event.message || 'worker error')] });
    };
    worker.postMessage(bytes, [bytes]);
  });
}
