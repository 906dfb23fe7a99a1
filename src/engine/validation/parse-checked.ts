import type { z } from 'zod';
import { findDangerousKey } from './dangerous-keys';
import { parseJson } from './parse-json';
import { jsonPath, type Problem } from './problem';

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Reads untrusted JSON text (a backup, a records bundle) against its schema: malformed JSON,
 * prototype-pollution keys and schema mismatches come back as located problems, never as throws.
 */
export function parseChecked<S extends z.ZodType>(text: string, schema: S): Checked<z.output<S>> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const dangerous = findDangerousKey(parsed.value);
  if (dangerous) {
    return {
      ok: false,
      problems: [{ path: dangerous, message: 'key not allowed (prototype pollution)' }],
    };
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues
        .slice(0, 20)
        .map((i) => ({ path: jsonPath(i.path), message: i.message })),
    };
  }
  return { ok: true, value: result.data };
}
