import { csvCell, UTF8_BOM, type CsvValue } from './csv';

/**
 * A CSV file written in parts: the head line (byte order mark and header), then any number of
 * blocks of rows. Joined, the parts are exactly `toCsv(header, rows)`.
 */
export const csvHeadLine = (header: readonly string[]) =>
  `${UTF8_BOM}${header.map(csvCell).join(',')}\r\n`;

/** Rows as CSV lines, each ended with CRLF. */
export function csvLines(rows: Iterable<readonly CsvValue[]>): string {
  let text = '';
  for (const row of rows) text += `${row.map(csvCell).join(',')}\r\n`;
  return text;
}
