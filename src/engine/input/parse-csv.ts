import type { LocalizedText } from '../scenario-schema';
import type { Problem } from '../validation/problem';
import { positionInText } from './text-position';

export interface CsvCaps {
  rows: number;
  columns: number;
  cellChars: number;
}

export type ParsedCsv = { ok: true; rows: string[][] } | { ok: false; problem: Problem };

function located(text: string, offset: number, message: LocalizedText): Problem {
  const at = positionInText(text, offset);
  return { path: '$', message: message.en, text: message, at: { ...at, offset } };
}

/**
 * Reads CSV as Excel writes it (RFC 4180): cells separated by commas, rows by CRLF, LF or CR; a
 * quoted cell may hold commas, line breaks and doubled quotes. A quote inside an unquoted cell is
 * kept as a character, as Excel does. Row i of the result is the spreadsheet's row i + 1, since a
 * line break inside a quoted cell does not start a row. The caps are counted while reading, so a
 * huge file stops at the first row or cell past them, which the problem points at.
 */
export function parseCsv(text: string, caps: CsvCaps): ParsedCsv {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const n = text.length;
  // Whether anything (a cell, a separator) has been read on the current row.
  let rowStarted = false;

  const endCell = (at: number): Problem | null => {
    if (cell.length > caps.cellChars) {
      return located(text, at, {
        en: `row ${rows.length + 1}, cell ${row.length + 1} has ${cell.length} characters; the limit is ${caps.cellChars}`,
        'zh-CN': `第 ${rows.length + 1} 行第 ${row.length + 1} 格有 ${cell.length} 个字符，上限是 ${caps.cellChars}`,
      });
    }
    row.push(cell);
    cell = '';
    if (row.length > caps.columns) {
      return located(text, at, {
        en: `row ${rows.length + 1} has more than ${caps.columns} columns`,
        'zh-CN': `第 ${rows.length + 1} 行超过 ${caps.columns} 列`,
      });
    }
    return null;
  };
  const endRow = (at: number): Problem | null => {
    const fault = endCell(at);
    if (fault) return fault;
    rows.push(row);
    row = [];
    rowStarted = false;
    if (rows.length > caps.rows) {
      return located(text, at, {
        en: `the file has more than ${caps.rows} rows`,
        'zh-CN': `文件超过 ${caps.rows} 行`,
      });
    }
    return null;
  };

  while (i < n) {
    const c = text[i]!;
    if (c === '"' && cell === '') {
      const open = i;
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          return {
            ok: false,
            problem: located(text, open, {
              en: `row ${rows.length + 1}: a quoted cell is never closed (the quote opens at line ${positionInText(text, open).line})`,
              'zh-CN': `第 ${rows.length + 1} 行：有一个带引号的格子没有结束引号（引号在第 ${positionInText(text, open).line} 行开始）`,
            }),
          };
        }
        cell += text.slice(i, close);
        if (text[close + 1] === '"') {
          cell += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      rowStarted = true;
      continue;
    }
    if (c === ',') {
      const fault = endCell(i);
      if (fault) return { ok: false, problem: fault };
      rowStarted = true;
      i += 1;
      continue;
    }
    if (c === '\r' || c === '\n') {
      const fault = endRow(i);
      if (fault) return { ok: false, problem: fault };
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += c;
    rowStarted = true;
    i += 1;
  }
  if (rowStarted || cell !== '') {
    const fault = endRow(n);
    if (fault) return { ok: false, problem: fault };
  }
  return { ok: true, rows };
}
