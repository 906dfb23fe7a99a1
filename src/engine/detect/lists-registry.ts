import { DEFAULT_LISTS } from './default-lists';
import { extendLists, type OrganisationLists } from './extend-lists';
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

/** Finds the phrase lists of a version a typed turn names, or says (undefined) it cannot. */
export type ListsResolver = (version: string) => PhraseLists | undefined;

/** `<base>+<organisation id>.<organisation version>`, as extendLists names merged lists. */
const MERGED_VERSION = /^([^+]+)\+([a-z0-9][a-z0-9-]*)\.(.+)$/;

/**
 * The released lists, and each organisation's additions on top of the released lists they name:
 * the app passes the organisation lists it keeps (and a bundle's, when it merges one), so a turn
 * graded with `detect-…+acme-bank.3` re-derives with exactly those words. The first organisation
 * row of an id and version wins: callers put their own before a bundle's.
 */
export function listsResolver(organisations: readonly OrganisationLists[]): ListsResolver {
  const merged = new Map<string, PhraseLists | undefined>();
  return (version) => {
    const released = listsAt(version);
    if (released) return released;
    if (!merged.has(version)) {
      const [, base, id, orgVersion] = MERGED_VERSION.exec(version) ?? [];
      const baseLists = base === undefined ? undefined : listsAt(base);
      const organisation = organisations.find((o) => o.id === id && o.version === orgVersion);
      merged.set(
        version,
        baseLists && organisation ? extendLists(baseLists, organisation) : undefined,
      );
    }
    return merged.get(version);
  };
}
