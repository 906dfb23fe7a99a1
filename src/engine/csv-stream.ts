import { csvCell, UTF8_BOM, type CsvValue } from './csv';

/**
 * A CSV file written in parts: the head line (byte order mark and header), then its rows' lines
 * in any number of blocks. Joined, the parts are exactly `toCsv(header, rows)`.
 */
export const csvHeadLine = (header: readonly string[]) =>
  `${UTF8_BOM}${header.map(csvCell).join(',')}\r\n`;

/** One row as a CSV line ended with CRLF. */
export const csvLine = (row: readonly CsvValue[]) => `${row.map(csvCell).join(',')}\r\n`;
