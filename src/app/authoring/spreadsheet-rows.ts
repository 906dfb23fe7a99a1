import type { CellValue, Worksheet } from 'exceljs';
import { decodeText } from '../../engine/input/decode-text';
import { parseCsv } from '../../engine/input/parse-csv';
import { checkZip } from '../../engine/input/zip-guard';
import { dialogueColumnOf } from '../../engine/authoring/spreadsheet/columns';
import { SPREADSHEET_CAPS } from '../../engine/validation/limits';
import { problem, type Problem } from '../../engine/validation/problem';

export type SheetRows = { ok: true; rows: string[][] } | { ok: false; problems: Problem[] };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CSV_TEXT = { en: 'a CSV text file', 'zh-CN': 'CSV 文本文件' };

/** The text a cell shows, whatever exceljs made of it (rich text, a formula's result, a link…). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : '';
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * One worksheet as rows of cell texts (row i is the sheet's row i + 1), or the cap it breaks:
 * only rows and cells holding something count, so formatting far down a sheet costs nothing.
 */
function sheetRows(sheet: Worksheet): SheetRows {
  const rows: string[][] = [];
  let fault = null as Problem | null;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (fault) return;
    if (number > SPREADSHEET_CAPS.rows) {
      fault = problem('$', {
        en: `sheet "${sheet.name}" has more than ${SPREADSHEET_CAPS.rows} rows`,
        'zh-CN': `工作表“${sheet.name}”超过 ${SPREADSHEET_CAPS.rows} 行`,
      });
      return;
    }
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (fault) return;
      // A merged range is read once, at its top-left cell: exceljs repeats the value in every
      // cell of the range, which would say a merged customer line once per row.
      const text = cell.isMerged && cell.master !== cell ? '' : cellText(cell.value);
      if (column > SPREADSHEET_CAPS.columns) {
        fault = problem('$', {
          en: `sheet "${sheet.name}", row ${number} has more than ${SPREADSHEET_CAPS.columns} columns`,
          'zh-CN': `工作表“${sheet.name}”第 ${number} 行超过 ${SPREADSHEET_CAPS.columns} 列`,
        });
      } else if (text.length > SPREADSHEET_CAPS.cellChars) {
        fault = problem('$', {
          en: `sheet "${sheet.name}", row ${number}, column ${column} has ${text.length} characters; the limit is ${SPREADSHEET_CAPS.cellChars}`,
          'zh-CN': `工作表“${sheet.name}”第 ${number} 行第 ${column} 列有 ${text.length} 个字符，上限是 ${SPREADSHEET_CAPS.cellChars}`,
        });
      }
      cells[column - 1] = text;
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? '');
  });
  if (fault) return { ok: false, problems: [fault] };
  return { ok: true, rows: Array.from(rows, (r) => r ?? []) };
}

const hasDialogueHeader = (rows: readonly string[][]) =>
  rows.some((row) => row.some((cell) => dialogueColumnOf(cell.trim()) === 'node'));

/** exceljs is loaded here only, on the first spreadsheet opened, inside the import worker. */
async function loadExcel() {
  const module = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') };
  return module.default ?? (module as unknown as typeof import('exceljs'));
}

async function xlsxRows(bytes: Uint8Array): Promise<SheetRows> {
  const zipProblem = checkZip(bytes, SPREADSHEET_CAPS);
  if (zipProblem) return { ok: false, problems: [zipProblem] };
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  const notWorkbook: SheetRows = {
    ok: false,
    problems: [
      problem('$', {
        en: 'the file is a ZIP archive but not an Excel workbook (.xlsx) that can be read',
        'zh-CN': '这个文件是 ZIP 压缩包，但不是可以读取的 Excel 工作簿（.xlsx）',
      }),
    ],
  };
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
  } catch {
    return notWorkbook;
  }
  // exceljs opens any archive, finding no sheet in one that is not a workbook.
  if (workbook.worksheets.length === 0) return notWorkbook;
  for (const sheet of workbook.worksheets) {
    const read = sheetRows(sheet);
    if (!read.ok || hasDialogueHeader(read.rows)) return read;
  }
  return {
    ok: false,
    problems: [
      problem('$', {
        en: 'no sheet of the workbook has the dialogue table (a row naming 节点 node, 回复 reply…); start from the template',
        'zh-CN': '工作簿里没有一张表有对话表（写着节点、回复等列名的一行）；请从模板开始填写',
      }),
    ],
  };
}

/**
 * The rows of a spreadsheet file: an XLSX (recognised by its ZIP signature) once the zip guard has
 * passed it, or CSV decoded as strict UTF-8 (a BOM dropped, a bad byte located) and parsed.
 */
export async function spreadsheetRows(bytes: Uint8Array): Promise<SheetRows> {
  if (ZIP.every((b, i) => bytes[i] === b)) return xlsxRows(bytes);
  const decoded = decodeText(bytes, CSV_TEXT);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const parsed = parseCsv(decoded.text, SPREADSHEET_CAPS);
  return parsed.ok ? parsed : { ok: false, problems: [parsed.problem] };
}
