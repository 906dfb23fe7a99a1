import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { SCHEMA_MESSAGES, type LocalizedText } from '../scenario-schema';
import { plainSchemaWords } from './plain-schema-words';

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
  /** What to do about it, where the check knows (screens show it after the problem). */
  todo?: LocalizedText;
  /** For a failed schema check: what the schema asked, so screens can word it for the field. */
  schema?: SchemaIssue;
}

/**
 * The facts of one schema failure, kept apart from zod's wording: a screen words them for the
 * field they concern (describe-problem.ts). Plain data, so it crosses a worker boundary.
 */
export interface SchemaIssue {
  /** zod's issue code: too_small, too_big, invalid_type, invalid_value, invalid_format… */
  code: string;
  /** What a too_small or too_big check counted: a number, a string's length, an array's items. */
  origin?: string;
  minimum?: number;
  maximum?: number;
  /** The type an invalid_type check expected. */
  expected?: string;
  /** The allowed values of an invalid_value check (an enum, a literal). */
  values?: string[];
  /** The keys an unrecognized_keys check found. */
  keys?: string[];
}

/**
 * A teaching check that a case does not meet: shown with why it matters, never blocking publish or
 * import (the bundled library holds every one as a hard gate in its own tests).
 */
export interface Advice extends Problem {
  text: LocalizedText;
  /** Which teaching check: a stable name, for tests and the docs. */
  check: string;
  /** Why the check matters for trainees, in both languages. */
  why: LocalizedText;
}

/** A problem worded in both languages; `message` is the English wording. */
export function problem(path: string, text: LocalizedText, todo?: LocalizedText): Problem {
  return todo ? { path, message: text.en, text, todo } : { path, message: text.en, text };
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
  return error.issues.map((issue, i) => {
    const facts = issueFacts(issue);
    const mine = own.get(issue.message);
    // A schema's own message, else plain words from the facts, else zod's; `message` (English, as
    // `sim validate` prints it) stays zod's.
    const plain = mine ? null : plainSchemaWords(facts, /received (\w+)/.exec(issue.message)?.[1]);
    return {
      ...problem(jsonPath(issue.path), {
        en: plain?.en ?? issue.message,
        'zh-CN': mine ?? plain?.['zh-CN'] ?? zh[i]?.message ?? issue.message,
      }),
      message: issue.message,
      schema: facts,
    };
  });
}

function issueFacts(issue: z.ZodError['issues'][number]): SchemaIssue {
  const facts: SchemaIssue = { code: issue.code };
  const raw = issue as unknown as Record<string, unknown>;
  if (typeof raw.origin === 'string') facts.origin = raw.origin;
  for (const bound of ['minimum', 'maximum'] as const) {
    const value = raw[bound];
    if (typeof value === 'number' || typeof value === 'bigint') facts[bound] = Number(value);
  }
  if (typeof raw.expected === 'string') facts.expected = raw.expected;
  if (Array.isArray(raw.values)) facts.values = raw.values.map(String);
  if (Array.isArray(raw.keys)) facts.keys = raw.keys.map(String);
  return facts;
}
