/// <reference types="vite/client" />
import type { Pack } from '../engine/scenario-schema';
import type * as NodeFiles from './pack-files.mjs';

/*
 * The app's reading of the library's pack files, in place of pack-files.mjs (vite.config.ts swaps
 * it in): Vite lists the files when it builds, and each file becomes a chunk downloaded only when
 * its case is opened.
 */

const SUFFIX = '.pack.json';
const CASES = import.meta.glob<Pack>('./cases/*.pack.json', { import: 'default' });
const RELEASED = import.meta.glob<Pack>('./released/*/*.pack.json', { import: 'default' });

function keyed(files: Record<string, () => Promise<Pack>>, folder: string) {
  return Object.fromEntries(
    Object.entries(files).map(([path, load]) => [path.slice(folder.length, -SUFFIX.length), load]),
  );
}

export const casePacks: typeof NodeFiles.casePacks = () => keyed(CASES, './cases/');
export const releasedPacks: typeof NodeFiles.releasedPacks = () => keyed(RELEASED, './released/');
