import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, readJsonBytes, readJsonText } from '../../../src/engine/input/read-json';

/** The line:column a problem reports. */
const place = (text: string) => {
  const result = readJsonText(text);
  if (result.ok) throw new Error('accepted');
  return `${result.problem.at!.line}:${result.problem.at!.column}`;
};

describe('reading JSON through the front door', () => {
  it('parses what JSON.parse parses, a byte-order mark dropped', () => {
    expect(readJsonText('\uFEFF{"a":[1,-2.5e3,true,null,"\\u4e2d"]}')).toEqual({
      ok: true,
      value: { a: [1, -2500, true, null, '中'] },
    });
  });

  it.each([
    ['a trailing comma in an object', '{\n  "a": 1,\n}', '3:1'],
    ['a trailing comma in an array', '[1,\n 2,\n]', '3:1'],
    ['a missing comma', '{"a": 1\n "b": 2}', '2:2'],
    ['a raw line break in a string', '{"a": "one\ntwo"}', '1:11'],
    ['a bad escape', '{"a": "\\x"}', '1:9'],
    ['a single-quoted key', "{\n'a': 1}", '2:1'],
    ['text after the value', '{}\n{}', '2:1'],
    ['a leading zero', '[01]', '1:3'],
    ['a minus sign with no digit after it', '[-x]', '1:3'],
    ['a fraction cut short', '[2.x]', '1:4'],
    ['an exponent cut short', '[1e+x]', '1:5'],
    ['a literal broken part-way', '[tr\u0001ue]', '1:4'],
  ])('locates %s where it is', (_, text, expected) => {
    expect(place(text)).toBe(expected);
  });

  it('locates a file cut short at its end and says where the unclosed object opened', () => {
    const result = readJsonText('{\n  "a": {\n    "b": 1,');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.at).toMatchObject({ line: 3, column: 12 });
    expect(result.problem.message).toContain('it opened at 2:8');
    // And what to do about it, as every other refused import says.
    expect(result.problem.todo?.['zh-CN']).toContain('重新导出或重新下载');
    expect(result.problem.todo?.en).toContain('export or download it again');
  });

  it('refuses nesting past the cap at the bracket that crosses it, without recursion', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = readJsonText(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problem.at).toEqual({
        line: 1,
        column: MAX_JSON_DEPTH + 1,
        offset: MAX_JSON_DEPTH,
      });
  });

  it('refuses prototype-polluting keys and oversized bytes', () => {
    const polluted = readJsonText('{"a":{"__proto__":{"x":1}}}');
    expect(!polluted.ok && polluted.problem.path).toBe('$.a["__proto__"]');
    const big = readJsonBytes(new Uint8Array(11), 10);
    expect(!big.ok && big.problem.message).toMatch(/limit/);
  });

  it('calls an empty file empty', () => {
    expect(readJsonText('  \n')).toMatchObject({
      ok: false,
      problem: { message: 'the file is empty' },
    });
  });
});
