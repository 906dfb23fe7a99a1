import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../../src/engine/input/decode-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('decoding an imported file', () => {
  it('drops a UTF-8 byte-order mark and keeps the text', () => {
    const result = decodeText(join(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('{"a":"中文"}')));
    expect(result).toEqual({ ok: true, text: '{"a":"中文"}' });
  });

  it('locates a byte that is not UTF-8 by offset, line and column instead of replacing it', () => {
    const bytes = join(utf8('{\n  "标题": "'), new Uint8Array([0xc3, 0x28]), utf8('"\n}'));
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const offset = utf8('{\n  "标题": "').length;
    expect(result.problem.at).toEqual({ line: 2, column: 10, offset });
    expect(result.problem.message).toContain(`byte ${offset} (0xC3) at line 2, column 10`);
    expect(result.problem.text!['zh-CN']).toContain(
      `第 ${offset} 字节（0xC3），位于第 2 行第 10 列`,
    );
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a surrogate half', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a cut-off sequence', [0xe4, 0xb8]],
  ])('refuses %s at its first byte', (_, bad) => {
    const bytes = join(utf8('ok '), new Uint8Array(bad));
    expect(firstInvalidUtf8(bytes)).toBe(3);
    expect(decodeText(bytes).ok).toBe(false);
  });

  it('names UTF-16 with and without a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(utf8('{}')).flatMap((b) => [b, 0])]);
    const be = new Uint8Array([...Array.from(utf8('{"format": 1}')).flatMap((b) => [0, b])]);
    for (const [bytes, order] of [
      [le, 'little'],
      [be, 'big'],
    ] as const) {
      const result = decodeText(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.message).toContain(`UTF-16 (${order}-endian)`);
    }
  });

  it('names a ZIP archive and locates the first control byte of other binary data', () => {
    const zip = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(!zip.ok && zip.problem.message).toContain('ZIP archive');
    const binary = decodeText(join(utf8('{"a":\n"b'), new Uint8Array([0x01, 0x02])));
    expect(binary.ok).toBe(false);
    if (binary.ok) return;
    expect(binary.problem.at).toEqual({ line: 2, column: 3, offset: 8 });
    expect(binary.problem.text!['zh-CN']).toContain('二进制数据');
  });
});
