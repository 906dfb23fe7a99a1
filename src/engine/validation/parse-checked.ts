import type { z } from 'zod';
import { dangerousKeyProblem, findDangerousKey } from './dangerous-keys';
import { parseJson } from './parse-json';
import { schemaProblems, type Problem } from './problem';

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
    return { ok: false, problems: [dangerousKeyProblem(dangerous)] };
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    return {
      ok: false,
      problems: schemaProblems(schema, parsed.value, result.error).slice(0, 20),
    };
  }
  return { ok: true, value: result.data };
}
