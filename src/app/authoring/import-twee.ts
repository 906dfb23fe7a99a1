import { MAX_TWEE_BYTES, tooLargeProblem } from '../../engine/validation/limits';
import { problem } from '../../engine/validation/problem';
import { checkInWorker, type WorkerCheck } from '../input/check-in-worker';
import type { DraftImport } from './draft-import';
import { tweeDraft } from './twee-draft';
import type { TweeRequest } from './twee.worker';

/**
 * How long reading a Twine story may take. The caps keep a legal story well under a second; past
 * this something is wrong with the file, and the trainer is told so instead of waiting.
 */
export const TWEE_BUDGET_MS = 20_000;

const tweeCheck: WorkerCheck<TweeRequest, DraftImport> = {
  start: () => new Worker(new URL('./twee.worker.ts', import.meta.url), { type: 'module' }),
  inPlace: ({ bytes, name }) => tweeDraft(new Uint8Array(bytes), name),
  budgetMs: TWEE_BUDGET_MS,
  stopped: () => ({
    ok: false,
    problems: [
      problem('$', {
        en: `reading the Twine story took longer than ${TWEE_BUDGET_MS / 1000} s or failed, and was stopped; nothing was imported`,
        'zh-CN': `读取这个 Twine 故事超过了 ${TWEE_BUDGET_MS / 1000} 秒或出错，已停止；没有导入任何内容`,
      }),
    ],
  }),
};

/**
 * Imports a Twine story (Twee 3, as Twine 2 exports it) as a draft case: the size is checked before
 * the file is read, then the story is read off the page's thread, so a hostile file can cost the
 * worker its time budget but never freeze the page (in place where there are no workers).
 */
export async function importTweeDraft(file: File | Uint8Array, name: string): Promise<DraftImport> {
  const size = file instanceof Uint8Array ? file.length : file.size;
  if (size > MAX_TWEE_BYTES) {
    return { ok: false, problems: [tooLargeProblem(size, MAX_TWEE_BYTES)] };
  }
  const bytes =
    file instanceof Uint8Array ? file.slice() : new Uint8Array(await file.arrayBuffer());
  const request: TweeRequest = { bytes: bytes.buffer as ArrayBuffer, name };
  return checkInWorker(tweeCheck, request, [request.bytes]);
}
