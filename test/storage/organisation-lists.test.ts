import { beforeEach, describe, expect, it } from 'vitest';
import type { OrganisationListsRecord } from '../../src/storage/records';
import {
  addMissingOrganisationLists,
  getActiveOrganisationLists,
  keepOrganisationLists,
  listOrganisationLists,
  setActiveOrganisationLists,
} from '../../src/storage/organisation-lists';
import { freshDatabase } from './setup-db';

const row = (version: string, hash: string, importedAt = 1): OrganisationListsRecord => ({
  id: 'acme-bank',
  version,
  behaviours: { apologize: { 'zh-CN': [`赔个不是${hash}`] } },
  contentHash: hash.repeat(64),
  importedAt,
});

describe('kept organisation lists', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('keeps each version once and never overwrites it with other words', async () => {
    expect(await keepOrganisationLists(row('3', 'a'))).toBe('added');
    expect(await keepOrganisationLists(row('3', 'a', 5))).toBe('same');
    expect(await keepOrganisationLists(row('3', 'b', 6))).toBe('conflict');
    expect(await keepOrganisationLists(row('4', 'b', 7))).toBe('added');
    expect(await listOrganisationLists()).toEqual([row('4', 'b', 7), row('3', 'a')]);
  });

  it('adds a merged bundle’s missing versions only, once each', async () => {
    await keepOrganisationLists(row('3', 'a'));
    expect(await addMissingOrganisationLists([row('3', 'b'), row('5', 'c'), row('5', 'c')])).toBe(
      1,
    );
    const kept = await listOrganisationLists();
    expect(kept.find((r) => r.version === '3')?.contentHash).toBe('a'.repeat(64));
    expect(kept.map((r) => r.version).sort()).toEqual(['3', '5']);
  });

  it('names the version in use, or none for the released lists', async () => {
    expect(await getActiveOrganisationLists()).toBeNull();
    await setActiveOrganisationLists({ id: 'acme-bank', version: '3' });
    expect(await getActiveOrganisationLists()).toEqual({ id: 'acme-bank', version: '3' });
    await setActiveOrganisationLists(null);
    expect(await getActiveOrganisationLists()).toBeNull();
  });
});
