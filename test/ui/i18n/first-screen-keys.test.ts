import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickMessages } from '../../../scripts/first-screen-messages';
import { FIRST_SCREEN_KEYS } from '../../../src/ui/i18n/first-screen-keys';
import { zhCN } from '../../../src/ui/i18n/zh-CN';

const MAIN = resolve(__dirname, '../../../src/ui/main.tsx');

/** The source files main.tsx reaches through static imports: the first load (type imports aside). */
function firstLoadSources(): string[] {
  const seen = new Set<string>([MAIN]);
  const queue = [MAIN];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(
      /^(?:import|export)\s+(?!type\b)([^;]*?)\s*from\s*'(\.[^']+)'/gms,
    )) {
      const names = m[1]!.trim();
      if (
        /^\{[^}]*\}$/s.test(names) &&
        names
          .slice(1, -1)
          .split(',')
          .every((n) => /^\s*(type\s|$)/.test(n))
      )
        continue;
      const base = resolve(dirname(file), m[2]!);
      const found = [base, `${base}.ts`, `${base}.tsx`].find(
        (c) => /\.tsx?$/.test(c) && existsSync(c),
      );
      if (found && !seen.has(found)) {
        seen.add(found);
        queue.push(found);
      }
    }
  }
  return [...seen];
}

/** Message keys a source names in `t('…')`, and the fixed start of keys built in `` t(`…${…}`) ``. */
function keysNamed(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*(['`])([a-zA-Z][\w.]*)(\$\{)?/g)].map((m) => m[2]!);
}

const covered = (key: string) =>
  FIRST_SCREEN_KEYS.some((k) => key === k || key.startsWith(`${k}.`) || key.startsWith(`${k}_`));

describe('the first screen’s messages', () => {
  it('cover every message the first load’s modules name', () => {
    const sources = firstLoadSources();
    expect(sources.some((f) => f.endsWith('call-screen.tsx'))).toBe(true);
    const uncovered = sources.flatMap((file) =>
      keysNamed(readFileSync(file, 'utf8'))
        .filter((key) => !covered(key))
        .map((key) => `${file.slice(file.indexOf('src/'))}: ${key}`),
    );
    expect(uncovered).toEqual([]);
  });

  it('are all in zh-CN.ts and a small part of it', () => {
    const picked = pickMessages(zhCN, FIRST_SCREEN_KEYS);
    expect(picked.call).toEqual(zhCN.call);
    expect((picked.security as Record<string, unknown>).lock).toBe(zhCN.security.lock);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(zhCN).length / 4);
  });
});

describe('pickMessages', () => {
  const messages = {
    a: { one: 'x', two: 'y', many_one: '1', many_other: 'n', manyMore: 'm' },
    b: { c: { d: 'z' } },
  };

  it('copies a group whole, or a message with its plural forms', () => {
    expect(pickMessages(messages, ['b', 'a.many'])).toEqual({
      b: { c: { d: 'z' } },
      a: { many_one: '1', many_other: 'n' },
    });
  });

  it('refuses a key that names nothing', () => {
    expect(() => pickMessages(messages, ['a.three'])).toThrow('no message "a.three"');
    expect(() => pickMessages(messages, ['x.y'])).toThrow('no message group "x.y"');
  });
});
