import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { SCHEMA_MESSAGES, type LocalizedText } from '../scenario-schema';

/** One thing wrong with an input, located by a JSON path such as `$.scenarios[0].nodes[2].next`. */
export interface Problem {
  path: string;
  /** In English, as `sim validate` prints it. */
  message: string;
  /** The message in both interface languages, for the app's screens. */
  text?: LocalizedText;
  /**
   * Where in the file's text the fault is, for faults found before there is any JSON to point
   * into (an undecodable byte, a syntax error): line and column from 1, and the offset (in bytes
   * for a decoding fault, in characters for a syntax error).
   */
  at?: { line: number; column: number; offset: number };
}

/** A problem worded in both languages; `message` is the English wording. */
export function problem(path: string, text: LocalizedText): Problem {
  return { path, message: text.en, text };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const s of segments) {
    if (typeof s === 'number') path += `[${s}]`;
    else if (typeof s === 'string' && IDENTIFIER.test(s)) path += `.${s}`;
    else path += `[${JSON.stringify(String(s))}]`;
  }
  return path;
}

/**
 * A failed schema check as located problems in both languages. The Chinese wording comes from
 * checking the same value again with zod's Chinese messages: same schema, same value, so the
 * issues arrive in the same order.
 */
export function schemaProblems(
  schema: z.ZodType,
  value: unknown,
  error: z.ZodError,
  ownMessages: Readonly<Record<string, LocalizedText>> = SCHEMA_MESSAGES,
): Problem[] {
  const chinese = schema.safeParse(value, { error: zhCN().localeError });
  const zh = chinese.success ? [] : chinese.error.issues;
  // A schema's own messages win over zod's wording in either language.
  const own = new Map(Object.values(ownMessages).map((m) => [m.en, m['zh-CN']]));
  return error.issues.map((issue, i) =>
    problem(jsonPath(issue.path), {
      en: issue.message,
      'zh-CN': own.get(issue.message) ?? zh[i]?.message ?? issue.message,
    }),
  );
}
