import { DEFAULT_LISTS } from './default-lists';
import type { PhraseLists } from './phrase-lists';

/**
 * Every phrase-list version a typed turn may name. A typed turn records the version it was graded
 * with and is re-derived with exactly those lists, so a version once released stays here: when
 * DEFAULT_LISTS changes (and its version with it), keep the earlier lists under their version.
 */
const RELEASED: readonly PhraseLists[] = [DEFAULT_LISTS];

const BY_VERSION = new Map(RELEASED.map((lists) => [lists.version, lists]));

/** The lists released under `version`, or undefined when this build does not know it. */
export const listsAt = (version: string): PhraseLists | undefined => BY_VERSION.get(version);

/** The versions this build can re-derive typed turns with, oldest first. */
export const knownListsVersions = (): string[] => RELEASED.map((lists) => lists.version);
