import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importSpreadsheetDraft } from '../../../src/app/authoring/import-spreadsheet';
import { templateXlsx } from '../../../src/app/authoring/spreadsheet-template-xlsx';
import { BEHAVIOURS } from '../../../src/engine/behaviours';
import { missingTranslations } from '../../../src/engine/authoring/missing-translations';
import { templateCsv } from '../../../src/engine/authoring/spreadsheet/template';
import { scenarioSchema } from '../../../src/engine/scenario-schema';
import { checkGraph } from '../../../src/engine/validation/check-graph';
import { templateVocabulary } from '../../../src/ui/authoring/template-vocabulary';

const xlsxTemplate = async () => new Uint8Array(await templateXlsx(await templateVocabulary()));

/** What a trainer could not publish without adding: the schema, the graph, both languages. */
function structuralGaps(draft: unknown) {
  const parsed = scenarioSchema.safeParse(draft);
  return {
    schema: parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.')),
    graph: parsed.success ? checkGraph(parsed.data, '$').map((p) => p.message) : [],
    translations: missingTranslations(draft).map((p) => p.path),
  };
}

describe('importing a spreadsheet as a draft', () => {
  it('reads the XLSX template, filled with its example, into a draft with nothing structural missing', async () => {
    const template = await xlsxTemplate();
    expect([...template.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const result = await importSpreadsheetDraft(template, 'case-template.xlsx');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(structuralGaps(result.draft)).toEqual({ schema: [], graph: [], translations: [] });
    expect(result.draft.id).toBe('late-refund-example');
    expect(result.draft.nodes.map((n) => n.id)).toEqual([
      'opening',
      'find-order',
      'satisfied',
      'grudging',
      'escalated',
    ]);
    const findOrder = result.draft.nodes[1]!;
    expect(findOrder.kind === 'decision' && findOrder.choices[2]!.next).toEqual({
      branches: [{ when: { anger: { atLeast: 70 } }, to: 'escalated' }],
      otherwise: 'grudging',
    });
  });

  it('reads the CSV template (with the BOM Excel writes) into the same draft', async () => {
    const csv = new TextEncoder().encode(templateCsv());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const xlsx = await importSpreadsheetDraft(await xlsxTemplate(), 'case-template.xlsx');
    const fromCsv = await importSpreadsheetDraft(csv, 'case-template.csv');
    if (!fromCsv.ok || !xlsx.ok) throw new Error('the template did not import');
    expect({ ...fromCsv.draft, source: null }).toEqual({ ...xlsx.draft, source: null });
  });

  it('lists what a draft still lacks when the file leaves texts blank', async () => {
    const csv = templateCsv().replace('Give me my money back now.', '');
    const result = await importSpreadsheetDraft(new TextEncoder().encode(csv), 'x.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.missing.map((p) => p.path)).toContain('$.persona.surfaceComplaint.en');
  });

  it('locates a byte that is not UTF-8 in a CSV file', async () => {
    const good = new TextEncoder().encode('节点 node,回复（中文） reply (zh)\nopening,');
    const bytes = new Uint8Array([...good, 0xc3, 0x28, 0x0a]);
    const result = await importSpreadsheetDraft(bytes, 'bad.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.at).toMatchObject({ line: 2, column: 9 });
    expect(result.problems[0]!.text!['zh-CN']).toContain('不是有效的 UTF-8');
  });

  it('refuses a file over 2 MB before reading it', async () => {
    const result = await importSpreadsheetDraft(new Uint8Array(2 * 1024 * 1024 + 1), 'big.csv');
    expect(result.ok || result.problems[0]!.message).toBe('the file is 2.0 MB; the limit is 2 MB');
  });

  it('refuses a zip bomb before the spreadsheet library opens it', async () => {
    const bomb = zipSync(
      { 'xl/worksheets/sheet1.xml': new Uint8Array(64 * 1024 * 1024) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const result = await importSpreadsheetDraft(bomb, 'bomb.xlsx');
    expect(result.ok || result.problems[0]!.message).toContain('unzips to more than 20 MB');
  });

  it('calls a zip that is not a workbook by its name', async () => {
    const zip = zipSync({ 'readme.txt': new TextEncoder().encode('hello') });
    const result = await importSpreadsheetDraft(zip, 'notes.xlsx');
    expect(result.ok || result.problems[0]!.text!['zh-CN']).toContain(
      '不是可以读取的 Excel 工作簿',
    );
  });
});

describe('the XLSX template', () => {
  it('has the instructions, the case sheet and every tag of the vocabulary with its meanings', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateXlsx(await templateVocabulary())) as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '说明 Instructions',
      '案例 Case',
      '词表 Vocabulary',
    ]);
    const tags = new Map<string, string[]>();
    workbook.getWorksheet('词表 Vocabulary')!.eachRow((row, n) => {
      if (n > 1)
        tags.set(
          String(row.getCell(2).value),
          [1, 3, 4].map((c) => String(row.getCell(c).value)),
        );
    });
    expect(tags.get('apologize')).toEqual(['行为标签 behaviours', '致歉', 'Apologizes']);
    expect(tags.get('escalated')?.[0]).toBe('结局类型 outcome');
    for (const tag of BEHAVIOURS) expect(tags.has(tag), tag).toBe(true);
  });
});

describe('a workbook laid out by hand', () => {
  it('reads a merged cell once, so a customer line merged down a node’s rows is said once', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('我的案例');
    sheet.addRow(['节点', '顾客说（中文）', '回复（中文）', '下一步', '结局类型']);
    sheet.addRow(['opening', '我要投诉！', '您请讲', 'done', '']);
    sheet.addRow(['', '', '再见', 'done', '']);
    sheet.addRow(['done', '好吧。', '', '', 'escalated']);
    sheet.mergeCells('A2:A3');
    sheet.mergeCells('B2:B3');
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await importSpreadsheetDraft(bytes, 'merged.xlsx');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const opening = result.draft.nodes[0]!;
    expect(opening.lines.map((l) => l.text['zh-CN'])).toEqual(['我要投诉！']);
    expect(opening.kind === 'decision' && opening.choices.length).toBe(2);
  });
});
