import { templateCsv, type TemplateVocabulary } from '../../engine/authoring/spreadsheet/template';
import { MAX_SPREADSHEET_BYTES, tooLargeProblem } from '../../engine/validation/limits';
import { problem } from '../../engine/validation/problem';
import { checkInWorker, type WorkerCheck } from '../input/check-in-worker';
import type { DraftImport } from './draft-import';
import type { SpreadsheetFile, TemplateOrder } from './spreadsheet-request';

export type { TemplateVocabulary } from '../../engine/authoring/spreadsheet/template';

/**
 * How long reading a spreadsheet may take. The caps keep a legal file to a second or two (loading
 * the spreadsheet library is most of it); past this something is wrong with the file.
 */
export const SPREADSHEET_BUDGET_MS = 20_000;

/** A fresh spreadsheet worker; each file and each template gets its own, ended once it answers. */
const start = () =>
  new Worker(new URL('./spreadsheet.worker.ts', import.meta.url), { type: 'module' });

/**
 * The worker's code, run on the page only where there are no workers: the unit tests. A build's
 * mode is never 'test', so the bundler drops this import there and the spreadsheet library ships
 * once, in the worker, instead of twice (930 KB more to download and to keep for offline use).
 */
const inPlace = () =>
  import.meta.env.MODE === 'test'
    ? import('./spreadsheet-request')
    : Promise.reject(new Error('this browser cannot start the spreadsheet worker'));

const importCheck: WorkerCheck<SpreadsheetFile, DraftImport> = {
  start,
  inPlace: async (request) => (await inPlace()).readSpreadsheetFile(request),
  budgetMs: SPREADSHEET_BUDGET_MS,
  stopped: () => ({
    ok: false,
    problems: [
      problem('$', {
        en: `reading the spreadsheet took longer than ${SPREADSHEET_BUDGET_MS / 1000} s or failed, and was stopped; nothing was imported`,
        'zh-CN': `读取这个表格超过了 ${SPREADSHEET_BUDGET_MS / 1000} 秒或出错，已停止；没有导入任何内容`,
      }),
    ],
  }),
};

const templateCheck: WorkerCheck<TemplateOrder, ArrayBuffer | null> = {
  start,
  inPlace: async (request) => (await inPlace()).writeTemplate(request),
  budgetMs: SPREADSHEET_BUDGET_MS,
  stopped: () => null,
};

/**
 * Imports a spreadsheet (XLSX or CSV, as the template lays it out) as a draft case: the size is
 * checked before the file is read, then the bytes go to the import worker, which checks the zip
 * before the spreadsheet library (loaded there, and only there) opens it, reads the rows under
 * their caps and turns them into a draft with what is still missing. Where there are no workers
 * (the unit tests) the same code runs in place.
 */
export async function importSpreadsheetDraft(
  file: File | Uint8Array,
  name: string,
): Promise<DraftImport> {
  const size = file instanceof Uint8Array ? file.length : file.size;
  if (size > MAX_SPREADSHEET_BYTES) {
    return { ok: false, problems: [tooLargeProblem(size, MAX_SPREADSHEET_BYTES)] };
  }
  const bytes =
    file instanceof Uint8Array ? file.slice() : new Uint8Array(await file.arrayBuffer());
  const request: SpreadsheetFile = { kind: 'import', bytes: bytes.buffer as ArrayBuffer, name };
  return checkInWorker(importCheck, request, [request.bytes]);
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
  const file = await checkInWorker(templateCheck, { kind: 'template', vocabulary });
  return file instanceof ArrayBuffer
    ? new Blob([file], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      })
    : null;
}
