import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repo, overrideConfigFile: path.join(repo, 'eslint.config.js') });
});

/** The messages of one rule for `lines` linted as if they were the file at `file` (under src). */
async function reported(file: string, lines: readonly string[], rule: string) {
  const [result] = await eslint.lintText(lines.join('\n') + '\n', {
    filePath: path.join(repo, 'src', file),
  });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => [m.line, m.message]);
}

const MOOD_ROUTING = [
  "import { moodMatches } from './mood';",
  'export const routes = moodMatches;',
];
const SILENCE_RULE = [
  "import type { CallProgress } from './call-progress';",
  'export const givesUp = (p: CallProgress) => p.silences >= 3;',
];

describe('lint keeps routing in the one router', () => {
  it('refuses mood routing outside the compiler, on the import line', async () => {
    for (const file of ['engine/replay-fixture.ts', 'engine/authoring/fixture.ts']) {
      const lines = file.includes('authoring')
        ? MOOD_ROUTING.map((l) => l.replace('./mood', '../mood'))
        : MOOD_ROUTING;
      expect(await reported(file, lines, '@typescript-eslint/no-restricted-imports')).toEqual([
        [1, expect.stringContaining('Mood routing belongs to the compiled machine')],
      ]);
    }
    expect(
      await reported(
        'app/calls/fixture.ts',
        ["import { moodMatches } from '../../engine/mood';", 'export const m = moodMatches;'],
        '@typescript-eslint/no-restricted-imports',
      ),
    ).toEqual([[1, expect.stringContaining('Mood routing belongs to the compiled machine')]]);
  });

  it('lets the compiler route on mood, and other modules use the rest of mood.ts', async () => {
    expect(
      await reported(
        'engine/compile-scenario.ts',
        MOOD_ROUTING,
        '@typescript-eslint/no-restricted-imports',
      ),
    ).toEqual([]);
    expect(
      await reported(
        'engine/replay-fixture.ts',
        ["import { isAgitated } from './mood';", 'export const a = isAgitated;'],
        '@typescript-eslint/no-restricted-imports',
      ),
    ).toEqual([]);
  });

  it('refuses a silence rule outside the compiler, on the line that reads the count', async () => {
    expect(
      await reported('engine/replay-fixture.ts', SILENCE_RULE, 'no-restricted-syntax'),
    ).toEqual([[2, expect.stringContaining('When dead air ends a call')]]);
    expect(
      await reported('engine/compile-scenario.ts', SILENCE_RULE, 'no-restricted-syntax'),
    ).toEqual([]);
  });
});
