import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  CATALOG_FILE,
  catalogSource,
  LOADERS_FILE,
  loadersSource,
} from '../../src/cli/catalog-source';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { CASE_LOADERS } from '../../src/scenarios/case-loaders.generated';
import { CATALOG } from '../../src/scenarios/catalog.generated';

async function formatted(file: string, source: string) {
  return prettier.format(source, { ...(await prettier.resolveConfig(file)), filepath: file });
}

describe('the generated catalog', () => {
  it('is up to date with the bundled cases (run `npm run catalog` after changing a case)', async () => {
    expect(readFileSync(CATALOG_FILE, 'utf8')).toBe(
      await formatted(CATALOG_FILE, await catalogSource()),
    );
    expect(readFileSync(LOADERS_FILE, 'utf8')).toBe(await formatted(LOADERS_FILE, loadersSource()));
  });

  it('loads every case it lists, with the same content', async () => {
    expect(CATALOG.map((c) => c.id)).toEqual(BUNDLED_SCENARIOS.map((s) => s.id));
    for (const summary of CATALOG) {
      const { default: scenario } = await CASE_LOADERS[summary.id]!();
      expect(scenario).toBe(BUNDLED_SCENARIOS.find((s) => s.id === summary.id));
    }
  });
});
