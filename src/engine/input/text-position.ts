/** A place in a text file as an editor shows it: line and column from 1. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The line and column of a character offset in decoded text (a column counts UTF-16 units). */
export function positionInText(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The line and column of a byte offset in UTF-8 bytes that are valid up to it: lines by their
 * newline bytes, the column in characters of that line's valid start.
 */
export function positionInBytes(bytes: Uint8Array, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}
