import { contentHash } from '../../engine/content-hash';
import { DEFAULT_LISTS } from '../../engine/detect/default-lists';
import { extendLists, type OrganisationLists } from '../../engine/detect/extend-lists';
import { listsResolver, type ListsResolver } from '../../engine/detect/lists-registry';
import {
  MAX_ORGANISATION_LISTS_BYTES,
  readOrganisationLists,
  type OrganisationListsFile,
} from '../../engine/detect/organisation-lists';
import type { PhraseLists } from '../../engine/detect/phrase-lists';
import type { OrganisationListsRecord } from '../../engine/records/organisation-lists';
import { tooLargeProblem } from '../../engine/validation/limits';
import { problem, type Problem } from '../../engine/validation/problem';
import {
  getActiveOrganisationLists,
  keepOrganisationLists,
  listOrganisationLists,
  setActiveOrganisationLists,
} from '../../storage/organisation-lists';
import { organisationListsPreview, type OrganisationListsPreview } from './preview';

export type { OrganisationListsPreview } from './preview';

/** A file read and checked, not yet kept: what it adds, or where it is wrong. */
export type OrganisationListsCheck =
  | { ok: true; organisation: OrganisationListsFile; preview: OrganisationListsPreview }
  | { ok: false; problems: Problem[] };

/** The kept row of an organisation's lists, with the hash that tells two files apart. */
async function recordOf(organisation: OrganisationListsFile, now: number) {
  const record: OrganisationListsRecord = {
    ...organisation,
    contentHash: await contentHash(organisation),
    importedAt: now,
  };
  return record;
}

const conflictProblem = (o: OrganisationLists) =>
  problem(
    '$.version',
    {
      en: `"${o.id}" version ${o.version} is kept here already with other phrases; typed replies graded with it must keep re-grading the same way`,
      'zh-CN': `本机已保存“${o.id}”版本 ${o.version}，但短语不同；用它评过的打字回复必须一直按原样复核`,
    },
    {
      en: 'Give the file a new version (e.g. raise its number) and load it again.',
      'zh-CN': '请给文件换一个新版本号（例如把数字加一），再重新载入。',
    },
  );

/**
 * Reads an organisation's phrase-list file under the hostile-file rules (size cap before reading,
 * strict JSON, the schema, every pattern compiled) and says what it would add to the released
 * lists. A file naming an id and version kept here with other words is refused now, before the
 * trainer is asked to use it.
 */
export async function checkOrganisationListsFile(file: Blob): Promise<OrganisationListsCheck> {
  if (file.size > MAX_ORGANISATION_LISTS_BYTES) {
    return { ok: false, problems: [tooLargeProblem(file.size, MAX_ORGANISATION_LISTS_BYTES)] };
  }
  const read = readOrganisationLists(new Uint8Array(await file.arrayBuffer()), DEFAULT_LISTS);
  if (!read.ok) return read;
  const { organisation } = read;
  const kept = (await listOrganisationLists()).find(
    (r) => r.id === organisation.id && r.version === organisation.version,
  );
  if (kept && kept.contentHash !== (await contentHash(organisation))) {
    return { ok: false, problems: [conflictProblem(organisation)] };
  }
  return {
    ok: true,
    organisation,
    preview: organisationListsPreview(organisation, read.lists.version),
  };
}

export type UseListsResult =
  { ok: true; listsVersion: string } | { ok: false; problems: Problem[] };

/**
 * Keeps this version of the organisation's lists (never overwriting a kept one) and uses them for
 * the typed replies of calls from now on. The same id and version with other words is refused.
 */
export async function adoptOrganisationLists(
  organisation: OrganisationListsFile,
  now = Date.now(),
): Promise<UseListsResult> {
  const kept = await keepOrganisationLists(await recordOf(organisation, now));
  if (kept === 'conflict') return { ok: false, problems: [conflictProblem(organisation)] };
  await setActiveOrganisationLists({ id: organisation.id, version: organisation.version });
  return { ok: true, listsVersion: extendLists(DEFAULT_LISTS, organisation).version };
}

/**
 * Typed replies go back to the released lists; every kept version stays for re-derivation.
 * Returns the version new typed turns record.
 */
export async function returnToReleasedLists(): Promise<string> {
  await setActiveOrganisationLists(null);
  return DEFAULT_LISTS.version;
}

/** Uses a version kept here again (e.g. after going back to the released lists for a while). */
export async function adoptKeptLists(id: string, version: string): Promise<UseListsResult> {
  const row = (await listOrganisationLists()).find((r) => r.id === id && r.version === version);
  if (!row) {
    return {
      ok: false,
      problems: [
        problem('$', {
          en: `"${id}" version ${version} is not kept on this machine`,
          'zh-CN': `本机没有保存“${id}”第 ${version} 版`,
        }),
      ],
    };
  }
  await setActiveOrganisationLists({ id, version });
  return { ok: true, listsVersion: extendLists(DEFAULT_LISTS, row).version };
}

/** What typed replies are graded with now, and which organisation versions this machine keeps. */
export interface ListsInUse {
  /** The version a typed turn records: the released one, or `<released>+<id>.<version>`. */
  listsVersion: string;
  releasedVersion: string;
  /** The organisation lists in use, or null for the released ones alone. */
  organisation: OrganisationListsPreview | null;
  kept: Array<{ id: string; version: string; listsVersion: string; importedAt: number }>;
}

export async function listsInUse(): Promise<ListsInUse> {
  const [active, kept] = await Promise.all([getActiveOrganisationLists(), listOrganisationLists()]);
  const row = active && kept.find((r) => r.id === active.id && r.version === active.version);
  const merged = row ? extendLists(DEFAULT_LISTS, row) : DEFAULT_LISTS;
  return {
    listsVersion: merged.version,
    releasedVersion: DEFAULT_LISTS.version,
    organisation: row ? organisationListsPreview(row, merged.version) : null,
    kept: kept.map((r) => ({
      id: r.id,
      version: r.version,
      listsVersion: extendLists(DEFAULT_LISTS, r).version,
      importedAt: r.importedAt,
    })),
  };
}

/**
 * The lists a new typed reply is read with: the released ones with the organisation's additions
 * in use, if any. A setting naming a version no longer kept (a restore of an older backup) falls
 * back to the released lists rather than grading with lists nobody can name.
 */
export async function activeLists(): Promise<PhraseLists> {
  const [active, kept] = await Promise.all([getActiveOrganisationLists(), listOrganisationLists()]);
  const row = active && kept.find((r) => r.id === active.id && r.version === active.version);
  return row ? extendLists(DEFAULT_LISTS, row) : DEFAULT_LISTS;
}

/**
 * Finds the lists a recorded typed turn names: released in this build, or an organisation's
 * version kept on this machine (then `carried`, e.g. a merged bundle's, for versions not kept
 * here). A version found nowhere stays unknown, and the turn is refused rather than re-graded.
 */
export async function keptListsResolver(
  carried: readonly OrganisationLists[] = [],
): Promise<ListsResolver> {
  return listsResolver([...(await listOrganisationLists()), ...carried]);
}
