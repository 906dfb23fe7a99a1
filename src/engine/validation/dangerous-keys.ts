const DANGEROUS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The JSON path of the first key that could pollute prototypes when the data is later merged or
 * spread, or null. Iterative, so hostile nesting cannot exhaust the stack.
 */
export function findDangerousKey(value: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '$' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(current)) {
      if (DANGEROUS.has(key)) return `${path}[${JSON.stringify(key)}]`;
      stack.push({ value: (current as Record<string, unknown>)[key], path: `${path}.${key}` });
    }
  }
  return null;
}
