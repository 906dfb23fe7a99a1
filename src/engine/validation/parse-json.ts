import { problem, type Problem } from './problem';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** Parses JSON, turning a syntax error into a problem located at line:column. */
export function parseJson(text: string): ParsedJson {
  if (text.trim() === '') {
    return { ok: false, problem: problem('$', { en: 'the file is empty', 'zh-CN': '文件是空的' }) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: describeSyntaxError(text, message) };
  }
}

function describeSyntaxError(text: string, message: string): Problem {
  const [line, column] = syntaxErrorAt(text, message);
  // The parser's own reason is English only; the position is what the reader needs.
  return problem('$', {
    en: `invalid JSON at ${line}:${column}: ${firstClause(message)}`,
    'zh-CN': `JSON 格式错误，位于第 ${line} 行第 ${column} 列：${firstClause(message)}`,
  });
}

function syntaxErrorAt(text: string, message: string): [number, number] {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return [Number(lineColumn[1]), Number(lineColumn[2])];
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return [before.length, (before.at(-1)?.length ?? 0) + 1];
}

const firstClause = (message: string) => message.split(/[,(]| in JSON/)[0]!.trim();
