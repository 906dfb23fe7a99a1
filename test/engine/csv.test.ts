import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM, csvCell, toCsv } from '../../src/engine/csv';

/** A minimal RFC 4180 reader, to check that what we write reads back as it was. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('CSV for Excel', () => {
  it('starts with the UTF-8 byte order mark and ends lines with CRLF', () => {
    const csv = toCsv(['姓名', '工号'], [['王小明', '1024']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('姓名,工号\r\n王小明,1024\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('北京,上海')).toBe('"北京,上海"');
    expect(csvCell('他说"不行"')).toBe('"他说""不行"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('，全角逗号不用引号')).toBe('，全角逗号不用引号');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });

  it('reads back any text exactly (apart from the formula guard)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const header = Array.from({ length: width }, (_, i) => `列${i}`);
          const padded = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
          const back = parseCsv(toCsv(header, padded).slice(1));
          const guarded = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
          expect(back).toEqual([header, ...padded.map((r) => r.map(guarded))]);
        },
      ),
    );
  });
});
