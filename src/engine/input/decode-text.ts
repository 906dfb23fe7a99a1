import type { LocalizedText } from '../scenario-schema';
import type { Problem } from '../validation/problem';
import { positionInBytes } from './text-position';

export type DecodedText = { ok: true; text: string } | { ok: false; problem: Problem };

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Files people pick by mistake, named by their first bytes so the message says what they are. */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; name: LocalizedText }> = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    name: {
      en: 'a ZIP archive (an .xlsx or .docx is one)',
      'zh-CN': 'ZIP 压缩包（.xlsx、.docx 也是）',
    },
  },
  { bytes: [0x1f, 0x8b], name: { en: 'a gzip archive', 'zh-CN': 'gzip 压缩文件' } },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: { en: 'a PDF document', 'zh-CN': 'PDF 文档' } },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: { en: 'a PNG image', 'zh-CN': 'PNG 图片' } },
  { bytes: [0xff, 0xd8, 0xff], name: { en: 'a JPEG image', 'zh-CN': 'JPEG 图片' } },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    name: { en: 'an old Office file (.xls or .doc)', 'zh-CN': '旧版 Office 文件（.xls 或 .doc）' },
  },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/** How many bytes at the start are inspected to tell text from something else. */
const SNIFF_BYTES = 4096;

function notText(offset: number, text: LocalizedText): Problem {
  return { path: '$', message: text.en, text, at: { line: 1, column: 1, offset } };
}

/**
 * Bytes whose zero bytes fall on one parity: UTF-16 without a byte-order mark (ASCII characters
 * then have a zero high byte). Returns the byte order, or null.
 */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | null {
  const sniff = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (sniff < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sniff; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sniff / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return 'LE';
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return 'BE';
  return null;
}

/** The first byte that no text file holds (a zero byte or a control character), or -1. */
function firstBinaryByte(bytes: Uint8Array): number {
  const sniff = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < sniff; i += 1) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return i;
    if (b === 0x7f) return i;
  }
  return -1;
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** What an importer expects when it is not told otherwise: packs, backups and bundles. */
const JSON_TEXT: LocalizedText = { en: 'a JSON text file', 'zh-CN': 'JSON 文本文件' };

/**
 * Turns an imported file's bytes into text, or says exactly why not: UTF-16 and binary files are
 * named, a UTF-8 byte-order mark is dropped, and a byte that is not UTF-8 is located by its offset,
 * line and column instead of turning silently into U+FFFD. `expected` names the kind of text file
 * the importer wanted, for the message about a file that is something else.
 */
export function decodeText(bytes: Uint8Array, expected: LocalizedText = JSON_TEXT): DecodedText {
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (known) {
    return {
      ok: false,
      problem: notText(0, {
        en: `the file is ${known.name.en}, not ${expected.en}`,
        'zh-CN': `这个文件是${known.name['zh-CN']}，不是 ${expected['zh-CN']}`,
      }),
    };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || utf16Order(bytes)) {
    const order = startsWith(bytes, [0xff, 0xfe])
      ? 'LE'
      : startsWith(bytes, [0xfe, 0xff])
        ? 'BE'
        : utf16Order(bytes)!;
    return {
      ok: false,
      problem: notText(0, {
        en: `the file is UTF-16 (${order === 'LE' ? 'little' : 'big'}-endian) text; save it as UTF-8 and import it again`,
        'zh-CN': `这个文件是 UTF-16（${order === 'LE' ? '小端' : '大端'}）编码的文本；请另存为 UTF-8 后再导入`,
      }),
    };
  }
  const binary = firstBinaryByte(bytes);
  if (binary !== -1) {
    const at = positionInBytes(bytes, binary);
    return {
      ok: false,
      problem: {
        ...notText(binary, {
          en: `the file is binary data, not text: byte ${binary} (line ${at.line}, column ${at.column}) is the control byte ${hex(bytes[binary]!)}`,
          'zh-CN': `这个文件是二进制数据，不是文本：第 ${binary} 字节（第 ${at.line} 行第 ${at.column} 列）是控制字节 ${hex(bytes[binary]!)}`,
        }),
        at: { ...at, offset: binary },
      },
    };
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const body = bytes.subarray(bom);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const local = firstInvalidUtf8(body);
    const offset = bom + Math.max(local, 0);
    const at = positionInBytes(body, Math.max(local, 0));
    const text: LocalizedText = {
      en: `not valid UTF-8: byte ${offset} (${hex(bytes[offset] ?? 0)}) at line ${at.line}, column ${at.column}; save the file as UTF-8`,
      'zh-CN': `不是有效的 UTF-8：第 ${offset} 字节（${hex(bytes[offset] ?? 0)}），位于第 ${at.line} 行第 ${at.column} 列；请把文件另存为 UTF-8`,
    };
    return { ok: false, problem: { path: '$', message: text.en, text, at: { ...at, offset } } };
  }
}
