import type { Problem } from './problem';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** Parses JSON, turning a syntax error into a problem located at line:column. */
export function parseJson(text: string): ParsedJson {
  if (text.trim() === '')
    return { ok: false, problem: { path: '$', message: 'the file is empty' } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { path: '$', message: describeSyntaxError(text, message) } };
  }
}

function describeSyntaxError(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn)
    return `invalid JSON at ${lineColumn[1]}:${lineColumn[2]}: ${firstClause(message)}`;
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `invalid JSON at ${line}:${column}: ${firstClause(message)}`;
}

const firstClause = (message: string) => message.split(/[,(]| in JSON/)[0]!.trim();
