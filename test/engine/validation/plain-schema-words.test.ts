import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../../src/engine/validation/problem';

const row = z.strictObject({
  name: z.string().min(1).max(40),
  certification: z.strictObject({ seed: z.number() }).nullable(),
  status: z.enum(['active', 'finished']),
  turns: z.array(z.number()).max(2),
});

function wordsFor(value: unknown) {
  const parsed = row.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return schemaProblems(row, value, parsed.error).map((p) => ({
    path: p.path,
    zh: p.text!['zh-CN'],
    en: p.text!.en,
    cli: p.message,
  }));
}

describe('a file’s failed schema check, in plain words', () => {
  it('says what is wrong in terms of text, lists and choices, in both languages, never “expected string”', () => {
    const problems = wordsFor({
      name: 'x'.repeat(41),
      certification: true,
      status: 'paused',
      turns: [1, 2, 3],
      extra: 1,
    });
    expect(problems.map((p) => [p.path, p.zh])).toEqual(
      expect.arrayContaining([
        ['$.name', '太长：最多 40 个字'],
        ['$.certification', '这里应是一组字段（{ … }）'],
        ['$.status', '只能是：active、finished'],
        ['$.turns', '太多：最多 2 项'],
        ['$', '有这种文件里没有的字段：extra'],
      ]),
    );
    for (const p of problems) {
      expect(p.zh).not.toMatch(/string|object|boolean|期望/);
      expect(p.en).not.toMatch(/expected/i);
    }
    // The CLI keeps the schema library's English.
    expect(problems.find((p) => p.path === '$.name')!.cli).toMatch(/Too big/);
  });

  it('calls a missing field missing and an empty one empty', () => {
    const problems = wordsFor({ name: '', status: 'active', turns: [] });
    expect(problems.map((p) => [p.path, p.zh, p.en])).toEqual(
      expect.arrayContaining([
        ['$.name', '不能为空', 'may not be empty'],
        ['$.certification', '缺少这一项', 'is missing'],
      ]),
    );
  });
});
