import type { TemplateVocabulary } from '../../engine/authoring/spreadsheet/template';
import { problem } from '../../engine/validation/problem';
import type { DraftImport } from './draft-import';
import { spreadsheetDraft } from './spreadsheet-draft';
import { templateXlsx } from './spreadsheet-template-xlsx';
import { errorMessage } from '../../engine/error-message';

/** A spreadsheet file as it crosses to the worker: its bytes (moved, not copied) and its name. */
export interface SpreadsheetFile {
  kind: 'import';
  bytes: ArrayBuffer;
  name: string;
}

/** The XLSX template to write, with the tags' meanings in the interface's words. */
export interface TemplateOrder {
  kind: 'template';
  vocabulary: TemplateVocabulary;
}

/** What the page asks the spreadsheet worker: read a file into a draft, or write the template. */
export type SpreadsheetRequest = SpreadsheetFile | TemplateOrder;

/** Reads a spreadsheet file into a draft, or the problems that stop it. */
export async function readSpreadsheetFile({ bytes, name }: SpreadsheetFile): Promise<DraftImport> {
  try {
    return await spreadsheetDraft(new Uint8Array(bytes), name);
  } catch (error) {
    // A library failing on a file it was handed is an answer about the file, not a crash.
    const reason = errorMessage(error);
    return {
      ok: false,
      problems: [
        problem('$', {
          en: `the spreadsheet could not be read (${reason}); nothing was imported`,
          'zh-CN': `无法读取这个表格（${reason}）；没有导入任何内容`,
        }),
      ],
    };
  }
}

/** Writes the XLSX template. */
export const writeTemplate = ({ vocabulary }: TemplateOrder): Promise<ArrayBuffer> =>
  templateXlsx(vocabulary);

/** The worker's answer to either request (see spreadsheet.worker.ts). */
export function answerSpreadsheet(request: SpreadsheetRequest): Promise<DraftImport | ArrayBuffer> {
  return request.kind === 'import' ? readSpreadsheetFile(request) : writeTemplate(request);
}
