import ExcelJS from 'exceljs';

/** One reply or ending row, by the template's column headers (Chinese part). */
export type SheetRow = Partial<
  Record<
    | '节点'
    | '顾客说（中文）'
    | '顾客说（英文）'
    | '回复（中文）'
    | '回复（英文）'
    | '行为标签'
    | '情绪影响'
    | '下一步'
    | '推荐'
    | '点评或结局说明（中文）'
    | '点评或结局说明（英文）'
    | '结局类型'
    | '关键线索',
    string
  >
>;

/**
 * Fills a downloaded template as a trainer would in Excel: the case block's values by field name,
 * and the dialogue table's example rows replaced by `rows`, each cell found by its column header.
 * Returns the workbook's new bytes.
 */
export async function fillTemplate(
  template: Buffer,
  fields: Record<string, [string, string?]>,
  rows: readonly SheetRow[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('案例 Case');
  if (!sheet) throw new Error('the template has no 案例 Case sheet');
  let header = 0;
  sheet.eachRow((row, n) => {
    const label = String(row.getCell(1).value ?? '');
    if (label === '节点 node') header = n;
    const field = Object.keys(fields).find((f) => label.startsWith(f));
    if (!header && field) {
      const [zh, en] = fields[field]!;
      row.getCell(2).value = zh;
      row.getCell(3).value = en ?? '';
    }
  });
  if (!header) throw new Error('the template has no dialogue header');
  const columns = new Map<string, number>();
  sheet.getRow(header).eachCell((cell, c) => {
    columns.set(String(cell.value).split(' ')[0]!, c);
  });
  // Clear the example rows under the # help row, then write the case's own.
  for (let r = header + 2; r <= sheet.rowCount; r += 1) {
    sheet.getRow(r).eachCell((cell) => (cell.value = null));
  }
  rows.forEach((values, i) => {
    const row = sheet.getRow(header + 2 + i);
    for (const [column, value] of Object.entries(values)) {
      const at = columns.get(column);
      if (!at) throw new Error(`no column ${column}`);
      row.getCell(at).value = value;
    }
    row.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
