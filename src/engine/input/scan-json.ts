import type { LocalizedText } from '../scenario-schema';

/** What is wrong at a place in JSON text, in both languages. */
export interface JsonFault {
  /** Character offset of the fault. */
  offset: number;
  reason: LocalizedText;
  /** Where the container or string that was never closed opened, for a file that stops early. */
  opened?: number;
  /** The text is well-formed so far but nests past the cap. */
  tooDeep?: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON forbids raw control characters in strings, so the run of ordinary characters excludes them.
// eslint-disable-next-line no-control-regex
const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const HEX = /[0-9a-fA-F]/;

/** The end of the escape at `backslash`, or the fault at the first character that breaks it. */
function escapeEnd(text: string, backslash: number): number | JsonFault {
  const kind = text[backslash + 1];
  if (kind !== undefined && '"\\/bfnrt'.includes(kind)) return backslash + 2;
  if (kind !== 'u')
    return fault(backslash + 1, 'invalid escape in a string', '字符串里有无效的转义符');
  for (let k = backslash + 2; k < backslash + 6; k += 1)
    if (!HEX.test(text[k] ?? ''))
      return fault(k, 'invalid \\u escape in a string', '字符串里的 \\u 转义无效');
  return backslash + 6;
}
const WHITESPACE = /[ \t\n\r]*/y;

type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'after';

const fault = (offset: number, en: string, zh: string): JsonFault => ({
  offset,
  reason: { en, 'zh-CN': zh },
});

function describeChar(c: string): string {
  return c === '\n' ? 'a line break' : JSON.stringify(c);
}

/**
 * Checks JSON syntax (RFC 8259) and nesting depth without building anything, and reports the first
 * fault where it is, so that a stray comma or a cut-off file is located at its own line and column,
 * which `JSON.parse`'s message does not reliably give. Iterative: hostile nesting meets `maxDepth`,
 * never the call stack.
 */
export function scanJson(text: string, maxDepth: number): JsonFault | null {
  const open: Array<{ object: boolean; offset: number }> = [];
  let expect: Expect = 'value';
  let i = 0;
  const skipSpace = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
  };
  const scanString = (): JsonFault | null => {
    const start = i;
    i += 1;
    for (;;) {
      STRING_RUN.lastIndex = i;
      STRING_RUN.test(text);
      i = STRING_RUN.lastIndex;
      if (i >= text.length)
        return {
          ...fault(i, 'the file ends inside a string', '文件在一个字符串中间就结束了'),
          opened: start,
        };
      const c = text[i]!;
      if (c === '"') {
        i += 1;
        return null;
      }
      if (c === '\\') {
        const bad = escapeEnd(text, i);
        if (typeof bad !== 'number') return bad;
        i = bad;
        continue;
      }
      return fault(
        i,
        'a control character (such as a raw line break) inside a string',
        '字符串里有控制字符（比如没有转义的换行）',
      );
    }
  };

  for (;;) {
    skipSpace();
    if (i >= text.length) {
      if (open.length === 0 && expect === 'after') return null;
      if (open.length === 0 && i === 0) return fault(0, 'the file is empty', '文件是空的');
      const inner = open.at(-1);
      return inner
        ? {
            ...fault(
              i,
              `the file ends before the ${inner.object ? 'object' : 'array'} is closed`,
              `文件在${inner.object ? '对象' : '数组'}结束之前就断了`,
            ),
            opened: inner.offset,
          }
        : fault(i, 'the file ends where a value should be', '文件在应有值的地方结束了');
    }
    const c = text[i]!;
    if (expect === 'after') {
      const inner = open.at(-1);
      if (!inner)
        return fault(
          i,
          `unexpected ${describeChar(c)} after the end of the JSON value`,
          `JSON 值结束后还有多余的内容 ${describeChar(c)}`,
        );
      if (c === ',') {
        expect = inner.object ? 'key' : 'value';
        i += 1;
      } else if (c === (inner.object ? '}' : ']')) {
        open.pop();
        i += 1;
      } else {
        const close = inner.object ? '}' : ']';
        return fault(
          i,
          `expected "," or "${close}" but found ${describeChar(c)}`,
          `这里应是“,”或“${close}”，却是 ${describeChar(c)}`,
        );
      }
      continue;
    }
    if (expect === 'key' || expect === 'first-key') {
      if (expect === 'first-key' && c === '}') {
        open.pop();
        expect = 'after';
        i += 1;
        continue;
      }
      if (c !== '"')
        return fault(
          i,
          `expected a key in double quotes but found ${describeChar(c)}`,
          `这里应是带双引号的键名，却是 ${describeChar(c)}`,
        );
      const bad = scanString();
      if (bad) return bad;
      skipSpace();
      if (text[i] !== ':') return fault(i, 'expected ":" after the key', '键名后面应是“:”');
      i += 1;
      expect = 'value';
      continue;
    }
    if (expect === 'first-value' && c === ']') {
      open.pop();
      expect = 'after';
      i += 1;
      continue;
    }
    if (c === '{' || c === '[') {
      if (open.length >= maxDepth)
        return {
          ...fault(i, `more than ${maxDepth} levels`, `超过了 ${maxDepth} 层`),
          tooDeep: true,
        };
      open.push({ object: c === '{', offset: i });
      expect = c === '{' ? 'first-key' : 'first-value';
      i += 1;
      continue;
    }
    expect = 'after';
    if (c === '"') {
      const bad = scanString();
      if (bad) return bad;
      continue;
    }
    NUMBER.lastIndex = i;
    if ((c === '-' || (c >= '0' && c <= '9')) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      // A fraction or exponent cut short ("2." or "1e+" then something else): the fault is the
      // character where its digits should start.
      if (text[i] === '.' || text[i] === 'e' || text[i] === 'E') {
        let at = i + 1;
        if (text[i] !== '.' && (text[at] === '+' || text[at] === '-')) at += 1;
        const found = at < text.length ? describeChar(text[at]!) : 'the end of the file';
        const foundZh = at < text.length ? describeChar(text[at]!) : '文件结尾';
        return fault(
          at,
          `unexpected ${found} in a number, where a digit should be`,
          `数字里应是数字的地方出现了 ${foundZh}`,
        );
      }
      continue;
    }
    // A minus sign with no digit after it: the fault is the character that should be a digit.
    if (c === '-' && i + 1 < text.length) {
      const next = text[i + 1]!;
      return fault(
        i + 1,
        `unexpected ${describeChar(next)} after a minus sign, where a digit should be`,
        `负号后面应是数字，却是 ${describeChar(next)}`,
      );
    }
    const literal = ['true', 'false', 'null'].find((word) => word[0] === c);
    if (literal) {
      // A literal broken part-way ("tr?ue"): the fault is its first wrong character.
      let k = 0;
      while (k < literal.length && text[i + k] === literal[k]) k += 1;
      if (k === literal.length) {
        i += literal.length;
        continue;
      }
      const found = i + k < text.length ? describeChar(text[i + k]!) : 'the end of the file';
      const foundZh = i + k < text.length ? describeChar(text[i + k]!) : '文件结尾';
      return fault(
        i + k,
        `unexpected ${found} inside ${literal}`,
        `${literal} 里出现了 ${foundZh}`,
      );
    }
    return c === ',' || c === ']' || c === '}'
      ? fault(
          i,
          `a value is missing before ${describeChar(c)}`,
          `${describeChar(c)} 前面缺了一个值`,
        )
      : fault(
          i,
          `unexpected ${describeChar(c)} where a value should be`,
          `应有值的地方出现了 ${describeChar(c)}`,
        );
  }
}
