import type { Worksheet } from 'exceljs';
import { DIALOGUE_COLUMNS } from '../../engine/authoring/spreadsheet/columns';
import {
  TEMPLATE_INSTRUCTIONS,
  templateRows,
  vocabularyRows,
  type TemplateVocabulary,
} from '../../engine/authoring/spreadsheet/template';
import { OUTCOMES } from '../../engine/vocabulary';

/** How many rows under the dialogue header offer the outcome and yes lists as drop-downs. */
const LIST_ROWS = 300;

function bold(sheet: Worksheet, row: number) {
  sheet.getRow(row).font = { bold: true };
  sheet.getRow(row).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCEBF5' } };
}

/**
 * The XLSX template, written by exceljs inside the import worker: an instructions sheet, the case
 * sheet (the same rows as the CSV template) with drop-downs for the outcome and yes columns, and
 * the vocabulary sheet with every tag's meaning in both languages.
 */
export async function templateXlsx(vocabulary: TemplateVocabulary): Promise<ArrayBuffer> {
  const module = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') };
  const Excel = module.default ?? (module as unknown as typeof import('exceljs'));
  const workbook = new Excel.Workbook();
  workbook.creator = '投诉专席模拟训练 · Complaint Desk Simulator';

  const guide = workbook.addWorksheet('说明 Instructions');
  guide.getColumn(1).width = 110;
  guide.addRow(['如何填写 · How to fill in this template']);
  bold(guide, 1);
  for (const paragraph of TEMPLATE_INSTRUCTIONS) {
    guide.addRow([paragraph['zh-CN']]);
    guide.addRow([paragraph.en]);
    guide.addRow([]);
  }
  guide.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));

  const sheet = workbook.addWorksheet('案例 Case');
  const rows = templateRows();
  for (const row of rows) sheet.addRow(row);
  const header = rows.findIndex((row) => row.length === DIALOGUE_COLUMNS.length) + 1;
  bold(sheet, 1);
  bold(sheet, header);
  sheet.getRow(header + 1).font = { italic: true, color: { argb: 'FF555555' } };
  DIALOGUE_COLUMNS.forEach((column, i) => {
    sheet.getColumn(i + 1).width = /Zh|En/.test(column) ? 36 : column === 'next' ? 28 : 18;
  });
  sheet.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  const list = (values: readonly string[]) => ({
    type: 'list' as const,
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
  });
  const at = (column: (typeof DIALOGUE_COLUMNS)[number]) => DIALOGUE_COLUMNS.indexOf(column) + 1;
  for (let r = header + 2; r <= header + 1 + LIST_ROWS; r += 1) {
    sheet.getCell(r, at('outcome')).dataValidation = list(OUTCOMES);
    sheet.getCell(r, at('recommended')).dataValidation = list(['是', 'yes']);
    sheet.getCell(r, at('keyCue')).dataValidation = list(['是', 'yes']);
    sheet.getCell(r, at('send')).dataValidation = list(['是', 'yes']);
  }

  const words = workbook.addWorksheet('词表 Vocabulary');
  for (const row of vocabularyRows(vocabulary)) words.addRow(row);
  bold(words, 1);
  [22, 24, 30, 40].forEach((width, i) => (words.getColumn(i + 1).width = width));

  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
  ];
  // In Node exceljs answers a Buffer, in the browser a Uint8Array over a larger pool: copy out
  // exactly the file's bytes, as an ArrayBuffer the worker can transfer.
  const written = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array | ArrayBuffer;
  return (written instanceof ArrayBuffer ? new Uint8Array(written) : written).slice().buffer;
}
