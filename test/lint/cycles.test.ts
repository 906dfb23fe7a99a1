import { ESLint } from 'eslint';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const config = fileURLToPath(new URL('../../eslint.config.js', import.meta.url));

// The cycle rule reads the imported files from disk, so the fixtures live in a scratch copy of
// the src layout, linted with the repository's config.
let root: string;
let eslint: ESLint;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cycle-fixture-'));
  mkdirSync(path.join(root, 'src/app'), { recursive: true });
  const write = (file: string, text: string) =>
    writeFileSync(path.join(root, 'src/app', file), text);
  write('a.ts', "import { b } from './b';\nexport const a = () => b();\n");
  write('b.ts', "import { a } from './a';\nexport const b = () => a;\n");
  write('c.ts', "import type { D } from './d';\nexport type C = D;\n");
  write('d.ts', "import type { C } from './c';\nexport type D = C | null;\n");
  eslint = new ESLint({ cwd: root, overrideConfigFile: config });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function messages(file: string) {
  const [result] = await eslint.lintFiles([path.join(root, 'src/app', file)]);
  return result!.messages.map((m) => [m.ruleId, m.line]);
}

describe('import cycles', () => {
  it('two files importing each other are reported on both import lines', async () => {
    expect(await messages('a.ts')).toEqual([['import-x/no-cycle', 1]]);
    expect(await messages('b.ts')).toEqual([['import-x/no-cycle', 1]]);
  });

  it('a cycle of type-only imports is allowed: it loads no code', async () => {
    expect(await messages('c.ts')).toEqual([]);
  });
});
