/**
 * A field of a draft, addressed the way validation problems are (`$.nodes[2].choices[0].text`),
 * so a problem leads straight to the input that fixes it.
 */
export type FieldPath = ReadonlyArray<string | number>;

const SEGMENT = /\.([A-Za-z_$][A-Za-z0-9_$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/y;

/** The segments of a JSON path as validation writes it; null when it is not one. */
export function parseFieldPath(path: string): FieldPath | null {
  if (!path.startsWith('$')) return null;
  const segments: Array<string | number> = [];
  SEGMENT.lastIndex = 1;
  while (SEGMENT.lastIndex < path.length) {
    const match = SEGMENT.exec(path);
    if (!match) return null;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(`"${match[3]}"`) as string);
  }
  return segments;
}

/** The JSON path of a field, as validation would write it. */
export function formatFieldPath(path: FieldPath): string {
  return (
    '$' +
    path
      .map((s) =>
        typeof s === 'number'
          ? `[${s}]`
          : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s)
            ? `.${s}`
            : `[${JSON.stringify(s)}]`,
      )
      .join('')
  );
}

/** The node a field belongs to (its index in `nodes`), or null for case-level fields. */
export function nodeIndexOf(path: FieldPath): number | null {
  return path[0] === 'nodes' && typeof path[1] === 'number' ? path[1] : null;
}

/** A copy of `value` with the field at `path` replaced; untouched branches are shared. */
export function setIn<T>(value: T, path: FieldPath, replacement: unknown): T {
  if (path.length === 0) return replacement as T;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    copy[head as number] = setIn(copy[head as number], rest, replacement);
    return copy as T;
  }
  const record = (value ?? {}) as Record<string, unknown>;
  return { ...record, [head!]: setIn(record[head as string], rest, replacement) } as T;
}

/** The field at `path`, or undefined. */
export function getIn(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
