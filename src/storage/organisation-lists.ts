import { addMissing } from './add-missing';
import { database } from './database';
import type { OrganisationListsRecord } from './records';

/** The setting naming the organisation lists typed replies use; absent: the released lists. */
export const ACTIVE_ORGANISATION_LISTS_KEY = 'organisation-lists';

/** Which kept organisation lists are in use: their id and version. */
export interface ActiveOrganisationLists {
  id: string;
  version: string;
}

export type KeptOutcome =
  /** Stored now. */
  | 'added'
  /** The same id, version and words were kept already. */
  | 'same'
  /** The same id and version with other words: refused, the kept ones stay. */
  | 'conflict';

/**
 * Keeps one version of an organisation's lists, never overwriting: one transaction reads what is
 * kept under that id and version and adds the row only where there is none.
 */
export async function keepOrganisationLists(row: OrganisationListsRecord): Promise<KeptOutcome> {
  const db = database();
  return db.transaction('rw', db.organisationLists, async () => {
    const kept = await db.organisationLists.get([row.id, row.version]);
    if (kept) return kept.contentHash === row.contentHash ? 'same' : 'conflict';
    await db.organisationLists.add(row);
    return 'added';
  });
}

/** Every kept version, newest import first. */
export async function listOrganisationLists(): Promise<OrganisationListsRecord[]> {
  return (await database().organisationLists.orderBy('importedAt').toArray()).reverse();
}

export async function getActiveOrganisationLists(): Promise<ActiveOrganisationLists | null> {
  const stored = await database().settings.get(ACTIVE_ORGANISATION_LISTS_KEY);
  const value = stored?.value as Partial<ActiveOrganisationLists> | undefined;
  return typeof value?.id === 'string' && typeof value.version === 'string'
    ? { id: value.id, version: value.version }
    : null;
}

/** Uses a kept version for typed replies, or (null) the released lists again. */
export async function setActiveOrganisationLists(
  active: ActiveOrganisationLists | null,
): Promise<void> {
  const db = database();
  if (active === null) await db.settings.delete(ACTIVE_ORGANISATION_LISTS_KEY);
  else await db.settings.put({ key: ACTIVE_ORGANISATION_LISTS_KEY, value: active });
}

/**
 * Adds a merged bundle's organisation lists this machine does not keep yet, in the merge's own
 * transaction (the caller's); a version kept here already stays as it is.
 */
export async function addMissingOrganisationLists(
  rows: readonly OrganisationListsRecord[],
): Promise<number> {
  return addMissing(database().organisationLists, rows, (r) => [r.id, r.version]);
}
