import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/engine/csv';
import { csvHeadLine, csvLine } from '../../src/engine/csv-stream';

describe('a CSV written in parts', () => {
  const header = ['名字', 'a,b'];
  const rows = [
    ['=1+1', 'x"y'],
    [null, 3],
    ['line\nbreak', undefined],
  ];

  it('joins to the same text as the whole file, line by line', () => {
    expect(csvHeadLine(header) + rows.map(csvLine).join('')).toBe(toCsv(header, rows));
  });

  it('ends every line, the last one too, with CRLF and nothing else', () => {
    expect(csvLine(['a', 1])).toBe('a,1\r\n');
    expect(csvLine(['line\nbreak'])).toBe('"line\nbreak"\r\n');
  });

  it('is the header alone when there are no rows', () => {
    expect(csvHeadLine(header)).toBe(toCsv(header, []));
  });
});
