import type { z } from 'zod';
import { readJsonBytes, readJsonText } from '../input/read-json';
import { schemaProblems, type Problem } from './problem';

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Reads an untrusted file (a backup, a records bundle) against its schema, through the one front
 * door for imported files (input/read-json.ts): its bytes, or text already decoded. Undecodable
 * bytes, malformed JSON, prototype-pollution keys and schema mismatches come back as located
 * problems, never as throws. Bytes over `maxBytes` are refused unread.
 */
export function parseChecked<S extends z.ZodType>(
  input: string | Uint8Array,
  schema: S,
  maxBytes = Number.MAX_SAFE_INTEGER,
  /**
   * A check of the whole file before its schema's, for a fault that explains every other one (a
   * file written by a newer version of the app): its problem, if any, is the only one reported.
   */
  first?: (value: unknown) => Problem | null,
): Checked<z.output<S>> {
  const parsed = typeof input === 'string' ? readJsonText(input) : readJsonBytes(input, maxBytes);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const overriding = first?.(parsed.value);
  if (overriding) return { ok: false, problems: [overriding] };
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    return {
      ok: false,
      problems: schemaProblems(schema, parsed.value, result.error).slice(0, 20),
    };
  }
  return { ok: true, value: result.data };
}
