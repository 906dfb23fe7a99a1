import { problem, type Problem } from './problem';

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

/** The problem reported for such a key. */
export function dangerousKeyProblem(path: string): Problem {
  return problem(path, {
    en: 'key not allowed (prototype pollution)',
    'zh-CN': '不允许使用这个键名（可能篡改对象原型）',
  });
}
