import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILE, catalogSource } from '../../src/cli/catalog-source';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { CASE_LOADERS, CATALOG } from '../../src/scenarios/catalog.generated';

describe('the generated catalog', () => {
  it('is up to date with the bundled cases (run `npm run catalog` after changing a case)', async () => {
    const options = { ...(await prettier.resolveConfig(CATALOG_FILE)), filepath: CATALOG_FILE };
    expect(readFileSync(CATALOG_FILE, 'utf8')).toBe(
      await prettier.format(catalogSource(), options),
    );
  });

  it('loads every case it lists, with the same content', async () => {
    expect(CATALOG.map((c) => c.id)).toEqual(BUNDLED_SCENARIOS.map((s) => s.id));
    for (const summary of CATALOG) {
      const { default: scenario } = await CASE_LOADERS[summary.id]!();
      expect(scenario).toBe(BUNDLED_SCENARIOS.find((s) => s.id === summary.id));
    }
  });
});
