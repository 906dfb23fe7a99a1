import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/engine/csv';
import { csvHeadLine, csvLines } from '../../src/engine/csv-stream';

describe('a CSV written in parts', () => {
  const header = ['名字', 'a,b'];
  const rows = [
    ['=1+1', 'x"y'],
    [null, 3],
    ['line\nbreak', undefined],
  ];

  it('joins to the same text as the whole file, however the rows are split', () => {
    const whole = toCsv(header, rows);
    expect(csvHeadLine(header) + csvLines(rows)).toBe(whole);
    expect(csvHeadLine(header) + csvLines(rows.slice(0, 1)) + csvLines(rows.slice(1))).toBe(whole);
  });

  it('is the header alone when there are no rows', () => {
    expect(csvHeadLine(header) + csvLines([])).toBe(toCsv(header, []));
  });
});
