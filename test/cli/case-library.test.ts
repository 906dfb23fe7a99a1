import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { caseLibrary } from '../../vite.config';
import { catalogModule, checkLibrary, shownPath } from '../../src/cli/catalog-source';
import { analysePaths } from '../../src/engine/analyse-paths';
import type { Pack } from '../../src/engine/scenario-schema';
import { fakeScenario } from '../fakes';

function sim(dir: string, ...args: string[]) {
  const run = spawnSync('node', ['--import', 'tsx', 'src/cli/sim.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SIM_SCENARIOS_DIR: dir },
  });
  return { code: run.status, out: run.stdout };
}

/** A copy of src/scenarios the test may add packs to. */
function libraryCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'library-'));
  cpSync('src/scenarios', dir, { recursive: true });
  return dir;
}

/** A case as the authoring screen exports it: the export of a bundled case, under a new id. */
function exportedCopy(id: string): Pack {
  const exported = JSON.parse(sim('src/scenarios', 'export', 'air-conditioner-remote').out) as Pack;
  exported.scenarios[0] = { ...exported.scenarios[0]!, id };
  return exported;
}

const write = (file: string, pack: unknown) => writeFileSync(file, JSON.stringify(pack, null, 2));

/** Builds the app's catalog module from a library folder as `vite build` would. */
async function buildCatalog(dir: string): Promise<string> {
  const plugin = caseLibrary(dir) as Plugin & {
    resolveId: (source: string) => string;
    load: (this: unknown, id: string) => Promise<string>;
  };
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return plugin.load.call(context, plugin.resolveId('virtual:case-catalog'));
}

/**
 * Each test starts Node with tsx and checks the whole library (every case's paths, twice): tens of
 * seconds on a busy two-core machine, growing with the library. A hang still fails.
 */
const TIMEOUT_MS = 150_000;

describe('a pack dropped into the library', { timeout: TIMEOUT_MS }, () => {
  it('joins the catalog, `sim list` and `sim play` once it passes the gates', async () => {
    const dir = libraryCopy();
    const pack = exportedCopy('air-conditioner-copy');
    write(join(dir, 'cases', 'air-conditioner-copy.pack.json'), pack);

    const library = await checkLibrary(dir);
    expect(library.ok && library.cases.map((c) => c.id).at(-1)).toBe('air-conditioner-copy');
    expect(await buildCatalog(dir)).toContain('"id":"air-conditioner-copy"');

    const listed = JSON.parse(sim(dir, 'list', '--json').out) as Array<{ id: string }>;
    expect(listed.map((r) => r.id)).toContain('air-conditioner-copy');
    const { recommended } = analysePaths(pack.scenarios[0]!);
    const played = sim(
      dir,
      'play',
      'air-conditioner-copy',
      '--choices',
      recommended.choices.join(','),
      '--json',
    );
    expect(played.code).toBe(0);
    expect(JSON.parse(played.out)).toMatchObject({
      id: 'air-conditioner-copy',
      complete: true,
      score: { total: recommended.total },
    });
    expect(sim(dir, 'validate').out).toContain('bundled:air-conditioner-copy: ok');
    rmSync(dir, { recursive: true });
  });

  it('is refused by the catalog build with located problems when it fails the gates', async () => {
    const dir = libraryCopy();
    const thin = join(dir, 'cases', 'thin-case.pack.json');
    write(thin, { ...exportedCopy('thin-case'), scenarios: [fakeScenario({ id: 'thin-case' })] });
    const misnamed = join(dir, 'cases', 'air-conditioner-copy (1).pack.json');
    write(misnamed, exportedCopy('air-conditioner-copy'));

    const refused = [
      `${shownPath(misnamed)}: $.scenarios[0].id: the file of case "air-conditioner-copy" must be named air-conditioner-copy.pack.json`,
      `${shownPath(thin)}: $.scenarios[0].nodes: the recommended path has 3 decision points; a case teaches best with at least 6`,
    ];
    const built = await catalogModule(dir);
    expect(built.ok).toBe(false);
    expect(!built.ok && built.lines).toEqual(expect.arrayContaining(refused));
    await expect(buildCatalog(dir)).rejects.toThrow(refused[1]);
    const validated = sim(dir, 'validate');
    expect(validated.code).toBe(1);
    expect(validated.out).toContain(refused[0]);
    rmSync(dir, { recursive: true });
  });
});
