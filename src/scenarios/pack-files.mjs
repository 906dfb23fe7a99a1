import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The library's pack files as Node (the CLI, the suite, scripts) reads them: from disk, each when
 * first asked for. The app build reads the same files through Vite instead (pack-files.browser.ts,
 * which vite.config.ts puts in this module's place). Plain JavaScript because the app's TypeScript
 * project has no Node types; pack-files.d.mts gives the types.
 */

export const PACK_SUFFIX = '.pack.json';

/** src/scenarios, or the copy of it that SIM_SCENARIOS_DIR names. */
export function scenariosDir() {
  const dir = process.env.SIM_SCENARIOS_DIR;
  return dir ? resolve(dir) : fileURLToPath(new URL('.', import.meta.url));
}

const loader = (file) => async () => {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
};

/** `[name without the suffix, path]` of each pack file in a folder, by name. */
function packsIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(PACK_SUFFIX))
    .sort()
    .map((name) => [name.slice(0, -PACK_SUFFIX.length), join(dir, name)]);
}

export function casePacks(dir = scenariosDir()) {
  return Object.fromEntries(packsIn(join(dir, 'cases')).map(([id, file]) => [id, loader(file)]));
}

export function releasedPacks(dir = scenariosDir()) {
  const root = join(dir, 'released');
  if (!existsSync(root)) return {};
  return Object.fromEntries(
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        packsIn(join(root, entry.name)).map(([hash, file]) => [
          `${entry.name}/${hash}`,
          loader(file),
        ]),
      ),
  );
}
