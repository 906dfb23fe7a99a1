import { beforeEach, describe, expect, it } from 'vitest';
import { createProfile, ensureDemoProfile, listProfiles } from '../../src/storage/profiles';
import { freshDatabase } from './setup-db';

describe('profiles', () => {
  beforeEach(freshDatabase);

  it('creates a profile with a trimmed name and employee id', async () => {
    const p = await createProfile('  王  小明 ', ' 1024 ');
    expect(p).toMatchObject({ name: '王 小明', employeeId: '1024' });
    expect(await listProfiles()).toHaveLength(1);
  });

  it('refuses a second profile with the same employee id', async () => {
    await createProfile('王小明', '1024');
    await expect(createProfile('李华', '1024')).rejects.toMatchObject({
      code: 'duplicate-employee-id',
    });
    expect(await listProfiles()).toHaveLength(1);
  });

  it.each([
    ['', '1024'],
    ['王小明', ''],
    ['王小明', '10 24'],
    ['x'.repeat(41), '1'],
  ])('refuses name %j with employee id %j', async (name, id) => {
    await expect(createProfile(name, id)).rejects.toMatchObject({ code: 'invalid-profile' });
  });

  it('seeds one demo trainee on an empty database only', async () => {
    await ensureDemoProfile();
    await ensureDemoProfile();
    expect((await listProfiles()).map((p) => p.employeeId)).toEqual(['DEMO-001']);
  });
});
