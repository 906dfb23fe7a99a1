import { templateCsv, type TemplateVocabulary } from '../../engine/authoring/spreadsheet/template';
import { MAX_SPREADSHEET_BYTES, tooLargeProblem } from '../../engine/validation/limits';
import { problem } from '../../engine/validation/problem';
import type { DraftImport } from './draft-import';
import type { SpreadsheetRequest } from './spreadsheet.worker';

export type { TemplateVocabulary } from '../../engine/authoring/spreadsheet/template';

/**
 * How long reading a spreadsheet may take. The caps keep a legal file to a second or two (loading
 * the spreadsheet library is most of it); past this something is wrong with the file.
 */
export const SPREADSHEET_BUDGET_MS = 20_000;

const stopped = (text: { en: string; 'zh-CN': string }): DraftImport => ({
  ok: false,
  problems: [problem('$', text)],
});

/** Runs one request in a fresh spreadsheet worker, which is ended once it has answered. */
function inWorker<T>(request: SpreadsheetRequest, transfer: Transferable[], late: T): Promise<T> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./spreadsheet.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = (result: T) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish(late), SPREADSHEET_BUDGET_MS);
    worker.onmessage = (event: MessageEvent<T>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(late);
    };
    worker.postMessage(request, transfer);
  });
}

/** Turns a spreadsheet's bytes into a draft: the import worker in the app, in place in tests. */
export type ReadSpreadsheet = (bytes: Uint8Array, name: string) => Promise<DraftImport>;

/** The app's reader: a fresh import worker per file, given up after the budget. */
const inImportWorker: ReadSpreadsheet = (bytes, name) =>
  inWorker<DraftImport>(
    { kind: 'import', bytes: bytes.buffer as ArrayBuffer, name },
    [bytes.buffer as ArrayBuffer],
    stopped({
      en: `reading the spreadsheet took longer than ${SPREADSHEET_BUDGET_MS / 1000} s or failed, and was stopped; nothing was imported`,
      'zh-CN': `读取这个表格超过了 ${SPREADSHEET_BUDGET_MS / 1000} 秒或出错，已停止；没有导入任何内容`,
    }),
  );

/**
 * Imports a spreadsheet (XLSX or CSV, as the template lays it out) as a draft case: the size is
 * checked before the file is read, then the bytes go to the import worker, which checks the zip
 * before the spreadsheet library (loaded there, and only there) opens it, reads the rows under
 * their caps and turns them into a draft with what is still missing. `read` is the worker unless a
 * test runs the same code in place (spreadsheet-draft.ts).
 */
export async function importSpreadsheetDraft(
  file: File | Uint8Array,
  name: string,
  read: ReadSpreadsheet = inImportWorker,
): Promise<DraftImport> {
  const size = file instanceof Uint8Array ? file.length : file.size;
  if (size > MAX_SPREADSHEET_BYTES) {
    return { ok: false, problems: [tooLargeProblem(size, MAX_SPREADSHEET_BYTES)] };
  }
  const bytes =
    file instanceof Uint8Array ? file.slice() : new Uint8Array(await file.arrayBuffer());
  return read(bytes, name);
}

/** The file names the template downloads under. */
export const TEMPLATE_FILE_NAMES = {
  xlsx: 'case-template.xlsx',
  csv: 'case-template.csv',
} as const;

/**
 * The downloadable template, made from the same column definitions the importer reads, so the two
 * cannot drift apart: the CSV is plain text written here; the XLSX is written by the spreadsheet
 * library in the import worker, with the tags' meanings (`vocabulary`, from the interface texts)
 * on a sheet of its own. Null when the workbook could not be written.
 */
export async function spreadsheetTemplate(
  format: 'xlsx' | 'csv',
  vocabulary: TemplateVocabulary,
): Promise<Blob | null> {
  if (format === 'csv') return new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' });
  const file = await inWorker<ArrayBuffer | null>({ kind: 'template', vocabulary }, [], null);
  return file instanceof ArrayBuffer
    ? new Blob([file], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      })
    : null;
}
