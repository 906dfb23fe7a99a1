import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/engine/input/parse-csv';

const caps = { rows: 100, columns: 10, cellChars: 50 };
const rows = (text: string) => {
  const parsed = parseCsv(text, caps);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.rows;
};

describe('reading CSV as Excel writes it', () => {
  it('splits cells on commas and rows on CRLF, LF or a lone CR', () => {
    expect(rows('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside a quoted cell', () => {
    expect(rows('"顾客说，""我要退款""","两行\r\n文字"\r\nx,y\r\n')).toEqual([
      ['顾客说，"我要退款"', '两行\r\n文字'],
      ['x', 'y'],
    ]);
  });

  it('counts a row per record, so a line break inside a cell does not shift later row numbers', () => {
    const parsed = rows('h1,h2\n"a\nb",c\nd,e\n');
    expect(parsed).toHaveLength(3);
    expect(parsed[2]).toEqual(['d', 'e']);
  });

  it('keeps blank rows and empty cells in place, and reads no row after the last line break', () => {
    expect(rows('a,,c\n\n,b,\n')).toEqual([['a', '', 'c'], [''], ['', 'b', '']]);
  });

  it('keeps a quote inside an unquoted cell as a character', () => {
    expect(rows('5" screen,ok')).toEqual([['5" screen', 'ok']]);
  });

  it('locates a quoted cell that is never closed at its opening quote', () => {
    const parsed = parseCsv('a,b\nc,"never\nclosed', caps);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.at).toEqual({ line: 2, column: 3, offset: 6 });
    expect(parsed.problem.message).toContain('row 2');
    expect(parsed.problem.text!['zh-CN']).toContain('第 2 行');
  });

  it('stops at the first row, column or cell past its caps', () => {
    const tooManyRows = parseCsv('x\n'.repeat(101), caps);
    expect(tooManyRows.ok || tooManyRows.problem.message).toBe('the file has more than 100 rows');
    const tooWide = parseCsv(`${'a,'.repeat(10)}a\n`, caps);
    expect(tooWide.ok || tooWide.problem.message).toBe('row 1 has more than 10 columns');
    const tooLong = parseCsv(`ok\n"${'长'.repeat(51)}"`, caps);
    expect(tooLong.ok || tooLong.problem.message).toBe(
      'row 2, cell 1 has 51 characters; the limit is 50',
    );
  });
});
