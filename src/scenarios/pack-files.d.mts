import type { Pack } from '../engine/scenario-schema';

/** Pack loaders by key. The files are not validated on reading: the library's gates hold them. */
export type PackLoaders = Readonly<Record<string, () => Promise<Pack>>>;

export const PACK_SUFFIX: '.pack.json';

/** The folder Node reads the library from: src/scenarios, or the copy SIM_SCENARIOS_DIR names. */
export function scenariosDir(): string;

/** The library's cases, `cases/<id>.pack.json`, by case id (Node: in `dir`, by default scenariosDir()). */
export function casePacks(dir?: string): PackLoaders;

/** The archived releases, `released/<id>/<contentHash>.pack.json`, by `<id>/<contentHash>`. */
export function releasedPacks(dir?: string): PackLoaders;
