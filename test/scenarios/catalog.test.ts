import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogModule, checkLibrary } from '../../src/cli/catalog-source';
import { validatePackText } from '../../src/engine/validation/validate-pack';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { loadScenario } from '../../src/scenarios/load-scenario';
import * as appFiles from '../../src/scenarios/pack-files.browser';
import { casePacks, scenariosDir } from '../../src/scenarios/pack-files.mjs';
import { summarize } from '../../src/app/library/summarize';

const CASES = join(scenariosDir(), 'cases');
const packFile = (id: string) => join(CASES, `${id}.pack.json`);

/** A line of JSON holding one string value (with or without its key) and nothing else. */
const ONE_STRING_VALUE = /^\s*("(?:[^"\\]|\\.)*":\s*)?"(?:[^"\\]|\\.)*",?$/;

describe('the case library', () => {
  it('passes the library gates, every case in library order', async () => {
    const library = await checkLibrary();
    expect(library.ok && library.cases.map((c) => c.id)).toEqual(
      BUNDLED_SCENARIOS.map((s) => s.id),
    );
  });

  it('is built into a catalog of summaries with no dialogue', async () => {
    const built = await catalogModule();
    if (!built.ok) throw new Error(built.lines.join('\n'));
    const catalog: unknown = JSON.parse(built.code.replace(/^export const CATALOG = |;\n$/g, ''));
    expect(catalog).toEqual(await Promise.all(BUNDLED_SCENARIOS.map(summarize)));
    expect(built.code).not.toContain('"nodes"');
  });

  it('is found the same way by the app (Vite) as by Node, each case on its own', async () => {
    const node = casePacks();
    const app = appFiles.casePacks();
    expect(Object.keys(app).sort()).toEqual(Object.keys(node).sort());
    for (const id of Object.keys(node)) expect(await app[id]!()).toEqual(await node[id]!());
    for (const scenario of BUNDLED_SCENARIOS) {
      expect(await loadScenario(scenario.id)).toEqual(scenario);
    }
    expect(await loadScenario('no-such-case')).toBeUndefined();
  });

  it.each(BUNDLED_SCENARIOS.map((s) => [s.id]))(
    '%s is a pack in the import format, pointing editors at the JSON Schema',
    (id) => {
      const text = readFileSync(packFile(id), 'utf8');
      const pack = JSON.parse(text) as { $schema: string };
      expect(existsSync(join(dirname(packFile(id)), pack.$schema))).toBe(true);
      expect(validatePackText(text)).toMatchObject({ ok: true });
      const long = text.split('\n').filter((line) => line.length > 200);
      expect(long.filter((line) => !ONE_STRING_VALUE.test(line))).toEqual([]);
    },
  );

  // The archived versions and their index too: `npm run catalog` writes them, a reviewer reads them.
  it('keeps every JSON file of the library to 200 characters a line but a single string value', () => {
    const files = readdirSync(scenariosDir(), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.json'))
      .map((file) => join(scenariosDir(), file));
    expect(files.filter((file) => file.includes('released')).length).toBeGreaterThan(0);
    const long = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          line.length > 200 && !ONE_STRING_VALUE.test(line) ? [`${file}:${i + 1}`] : [],
        ),
    );
    expect(long).toEqual([]);
  });

  it('tells a long line holding one string from one holding more', () => {
    expect(ONE_STRING_VALUE.test(`    "en": "${'x'.repeat(300)}",`)).toBe(true);
    expect(ONE_STRING_VALUE.test(`    "${'x'.repeat(300)}"`)).toBe(true);
    expect(ONE_STRING_VALUE.test(`    "en": "a", "zh-CN": "${'x'.repeat(300)}"`)).toBe(false);
    expect(ONE_STRING_VALUE.test(`    "tags": ["a", "${'x'.repeat(300)}"]`)).toBe(false);
  });
});
