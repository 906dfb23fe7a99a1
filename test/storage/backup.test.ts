import { beforeEach, describe, expect, it } from 'vitest';
import { startCall, takeTurn } from '../../src/engine/call-progress';
import { checkBackup, exportBackup, restoreBackup } from '../../src/storage/backup';
import { beginCall, recordReply } from '../../src/storage/call-session';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import { createProfile } from '../../src/storage/profiles';
import { fakeScenario } from '../fakes';
import { freshDatabase } from './setup-db';

const scenario = fakeScenario();

async function everything(db: ComplaintDeskDatabase) {
  return {
    profiles: await db.profiles.toArray(),
    attempts: await db.attempts.toArray(),
    steps: await db.steps.toArray(),
    snapshots: await db.snapshots.toArray(),
  };
}

async function seed() {
  const profile = await createProfile('王小明', '1024');
  let attempt = await beginCall(profile.id, scenario);
  let progress = startCall(scenario);
  for (const id of ['calm', 'ask', 'fix']) {
    attempt = await recordReply(attempt, scenario, progress, id);
    progress = takeTurn(scenario, progress, id).progress;
  }
  await beginCall(profile.id, scenario);
}

describe('backup and restore', () => {
  let db: ComplaintDeskDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
    await seed();
  });

  it('round-trips every table exactly: backup, wipe, restore', async () => {
    const before = await everything(db);
    const backup = await exportBackup();
    await Promise.all(db.tables.map((t) => t.clear()));
    expect((await everything(db)).attempts).toEqual([]);
    const restored = await restoreBackup(backup);
    expect(restored).toMatchObject({ ok: true });
    expect(await everything(db)).toEqual(before);
  });

  it('refuses a damaged backup with a located message and writes nothing', async () => {
    const before = await everything(db);
    const good = JSON.parse(await (await exportBackup()).text());
    good.tables.attempts[0].status = 'hacked';
    const result = await restoreBackup(new Blob([JSON.stringify(good)]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.path).toBe('$.tables.attempts[0].status');
    expect(await everything(db)).toEqual(before);
  });

  it.each([
    ['', 'the file is empty'],
    ['{"format":"complaint-desk-backup"', 'invalid JSON'],
    [
      '{"format":"complaint-desk-backup","formatVersion":1,"tables":{"__proto__":{}}}',
      'prototype pollution',
    ],
    ['{"format":"other"}', 'expected'],
  ])('refuses %j', async (text, message) => {
    const result = await checkBackup(new Blob([text]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain(message);
  });

  it('refuses a backup of another database', async () => {
    const good = JSON.parse(await (await exportBackup()).text());
    good.databaseName = 'someone-else';
    const result = await checkBackup(new Blob([JSON.stringify(good)]));
    expect(result).toMatchObject({ ok: false, problems: [{ path: '$.databaseName' }] });
  });
});
