import type { LocalizedText } from '../scenario-schema';
import { dangerousKeyProblem, findDangerousKey } from '../validation/dangerous-keys';
import { tooLargeProblem } from '../validation/limits';
import type { Problem } from '../validation/problem';
import { decodeText } from './decode-text';
import { scanJson, type JsonFault } from './scan-json';
import { positionInText } from './text-position';
import { errorMessage } from '../error-message';

export type ReadJson = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** No file the app reads nests deeper than about 16 levels; more is hostile. */
export const MAX_JSON_DEPTH = 64;

/**
 * The one way into the app for an imported file's bytes (pack, backup, records bundle): a size
 * cap, strict decoding (see decode-text.ts), located syntax errors, a depth cap, and no keys that
 * could pollute prototypes. Callers check the file's size before reading it; the cap is checked
 * again here for bytes from elsewhere.
 */
export function readJsonBytes(bytes: Uint8Array, maxBytes: number): ReadJson {
  if (bytes.length > maxBytes)
    return { ok: false, problem: tooLargeProblem(bytes.length, maxBytes) };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return readJsonText(decoded.text);
}

/** The same checks for text already decoded (a byte-order mark is dropped). */
export function readJsonText(text: string): ReadJson {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    const empty = { en: 'the file is empty', 'zh-CN': '文件是空的' };
    return { ok: false, problem: { path: '$', message: empty.en, text: empty } };
  }
  const fault = scanJson(body, MAX_JSON_DEPTH);
  if (fault) return { ok: false, problem: syntaxProblem(body, fault) };
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (error) {
    // The scanner and the engine's parser agree on RFC 8259; this is for a disagreement only.
    const reason = errorMessage(error);
    return {
      ok: false,
      problem: {
        path: '$',
        message: `invalid JSON: ${reason}`,
        text: { en: `invalid JSON: ${reason}`, 'zh-CN': `JSON 格式错误：${reason}` },
      },
    };
  }
  const dangerous = findDangerousKey(value);
  if (dangerous) return { ok: false, problem: dangerousKeyProblem(dangerous) };
  return { ok: true, value };
}

function syntaxProblem(text: string, fault: JsonFault): Problem {
  const at = positionInText(text, fault.offset);
  const opened = fault.opened === undefined ? null : positionInText(text, fault.opened);
  const what = fault.tooDeep
    ? { en: 'JSON nested too deep', 'zh-CN': 'JSON 嵌套过深' }
    : { en: 'invalid JSON', 'zh-CN': 'JSON 格式错误' };
  // line:column first, as editors and compilers print it, so the place reads before the reason.
  const words: LocalizedText = {
    en: `${what.en} at ${at.line}:${at.column} (line ${at.line}, column ${at.column}): ${fault.reason.en}${opened ? `; it opened at ${opened.line}:${opened.column}` : ''}`,
    'zh-CN': `${what['zh-CN']}，位于第 ${at.line} 行第 ${at.column} 列：${fault.reason['zh-CN']}${opened ? `；它从第 ${opened.line} 行第 ${opened.column} 列开始` : ''}`,
  };
  // A file cut short or edited by hand is the usual cause: a fresh copy is the fix, not an edit.
  const todo: LocalizedText = fault.tooDeep
    ? {
        en: 'this is not a file the app writes: choose the file the app exported',
        'zh-CN': '这不是本应用写出的文件：请选择本应用导出的那个文件',
      }
    : {
        en: 'the file is incomplete or was changed by hand: export or download it again, or fix it at that place in a text editor',
        'zh-CN': '文件不完整或被手工改过：重新导出或重新下载，或用文本编辑器在这个位置改正',
      };
  return { path: '$', message: words.en, text: words, todo, at: { ...at, offset: fault.offset } };
}
