import { MAX_TWEE_BYTES, tooLargeProblem } from '../../engine/validation/limits';
import { problem } from '../../engine/validation/problem';
import type { DraftImport } from './draft-import';
import { tweeDraft } from './twee-draft';
import type { TweeRequest } from './twee.worker';

/**
 * How long reading a Twine story may take. The caps keep a legal story well under a second; past
 * this something is wrong with the file, and the trainer is told so instead of waiting.
 */
export const TWEE_BUDGET_MS = 20_000;

const stopped: DraftImport = {
  ok: false,
  problems: [
    problem('$', {
      en: `reading the Twine story took longer than ${TWEE_BUDGET_MS / 1000} s or failed, and was stopped; nothing was imported`,
      'zh-CN': `读取这个 Twine 故事超过了 ${TWEE_BUDGET_MS / 1000} 秒或出错，已停止；没有导入任何内容`,
    }),
  ],
};

/** Reads a Twee file's bytes into a draft: a fresh worker in the app, in place where there is none. */
function inWorker(bytes: Uint8Array, name: string): Promise<DraftImport> {
  if (typeof Worker === 'undefined') return Promise.resolve(tweeDraft(bytes, name));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./twee.worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: DraftImport) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish(stopped), TWEE_BUDGET_MS);
    worker.onmessage = (event: MessageEvent<DraftImport>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(stopped);
    };
    const request: TweeRequest = { bytes: bytes.buffer as ArrayBuffer, name };
    worker.postMessage(request, [request.bytes]);
  });
}

/**
 * Imports a Twine story (Twee 3, as Twine 2 exports it) as a draft case: the size is checked before
 * the file is read, then the story is read off the page's thread, so a hostile file can cost the
 * worker its time budget but never freeze the page.
 */
export async function importTweeDraft(file: File | Uint8Array, name: string): Promise<DraftImport> {
  const size = file instanceof Uint8Array ? file.length : file.size;
  if (size > MAX_TWEE_BYTES) {
    return { ok: false, problems: [tooLargeProblem(size, MAX_TWEE_BYTES)] };
  }
  const bytes =
    file instanceof Uint8Array ? file.slice() : new Uint8Array(await file.arrayBuffer());
  return inWorker(bytes, name);
}
