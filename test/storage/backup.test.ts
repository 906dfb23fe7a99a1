import { beforeEach, describe, expect, it } from 'vitest';
import { answeredCall } from '../../src/engine/conversation';
import { DEFAULT_PROGRAM } from '../../src/engine/certification/program';
import {
  checkBackup,
  exportBackup,
  exportProfileBackup,
  restoreBackup,
} from '../../src/storage/backup';
import { BACKUP_TABLES } from '../../src/storage/backup-schema';
import { countedSummary } from '../../src/storage/counted-summary';
import { TABLE_NAMES } from '../../src/engine/records/tables';
import { createHash } from 'node:crypto';
import { normalizeSetupCode } from '../../src/engine/setup-code';
import { beginCall } from '../../src/app/calls/begin-call';
import { recordReply } from '../../src/app/calls/record-reply';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import { createProfile } from '../../src/storage/profiles';
import { setFirstPin } from '../../src/app/pins/role-pins';
import { fakeScenario } from '../fakes';
import { freshDatabase } from './setup-db';

const scenario = fakeScenario();

async function everything(db: ComplaintDeskDatabase) {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}

/** A row in each table the call itself leaves empty, shaped as its table's schema says. */
async function seedOtherFeatures(db: ComplaintDeskDatabase, profileId: string) {
  const ours = {
    id: 'ours',
    scenario: { ...scenario, id: 'ours' },
    contentHash: 'c'.repeat(64),
    importedAt: 4,
  };
  await db.scenarios.add(ours);
  await db.caseVersions.add(ours);
  await db.recordings.add({
    key: 'ours/opening/0',
    scenarioId: 'ours',
    dataUrl: 'data:audio/webm;base64,AA==',
    recordedAt: 4,
  });
  await db.observations.add({
    id: 'obs-1',
    profileId,
    scenarioId: 'fake',
    scenarioVersion: 1,
    observerId: 'trainer',
    checklist: [{ itemId: 'greet', met: true, note: '很好' }],
    total: 82,
    notes: '',
    at: 5,
  });
  await db.groupSessions.add({
    id: 'gs-1',
    scenarioId: 'fake',
    scenarioVersion: 1,
    participants: ['A', 'B'],
    turns: [
      { nodeId: 'opening', votes: { calm: 2 }, hotSeat: [], previewed: [], followed: 'calm' },
    ],
    endingId: null,
    startedAt: 6,
    finishedAt: null,
  });
  await db.drafts.add({
    id: 'd-1',
    scenario: { title: 'half' },
    publishedVersion: 0,
    updatedAt: 7,
  });
  await db.cohorts.add({ id: 'c-1', name: '一班', profileIds: [profileId], createdAt: 8 });
  await db.assignments.add({
    id: 'as-1',
    cohortId: 'c-1',
    scenarioId: 'fake',
    dueAt: 9,
    createdAt: 8,
  });
  await db.overrides.add({
    id: 'o-1',
    attemptId: 'a',
    profileId,
    originalTotal: 60,
    total: 70,
    reason: '录音证明',
    by: 'trainer',
    at: 10,
  });
  await db.programs.add({ version: 1, program: DEFAULT_PROGRAM, createdAt: 11 });
  await db.awards.add({
    id: 'aw-1',
    profileId,
    employeeId: '1024',
    level: 'bronze',
    programVersion: 1,
    evidence: {
      attemptIds: [],
      scenarioVersions: {},
      quizAttemptIds: [],
      observationIds: ['obs-1'],
    },
    awardedAt: 12,
    expiresAt: 13,
  });
  await db.quizAttempts.add({
    id: 'q-1',
    profileId,
    itemIds: ['i1'],
    answers: { i1: ['a'] },
    correct: 1,
    total: 1,
    score: 100,
    at: 14,
  });
  await db.outbox.add({
    id: 'x-1',
    statement: { id: 'x-1', verb: 'completed' },
    queuedAt: 16,
    tries: 0,
    lastError: null,
  });
  await db.machines.add({
    fingerprint: Array(8).fill('f00d').join('-'),
    label: '培训室 3 号机',
    enrolledBy: '人事小周',
    enrolledAt: 17,
  });
  await db.organisationLists.add({
    id: 'acme-bank',
    version: '2',
    behaviours: { deflect: { 'zh-CN': ['找网点'] } },
    contentHash: 'd'.repeat(64),
    importedAt: 18,
  });
  await db.settings.add({
    key: 'lrs',
    value: { endpoint: 'https://lrs.example', key: 'desk-key', secret: LRS_SECRET, homePage: 'x' },
  });
  await setFirstPin('hr', '246813', { setupCode: SETUP_CODE, expectedSetupCode });
}

const LRS_SECRET = 'lrs-secret-do-not-leak';
const SETUP_CODE = 'K7Q2M-9ZX4T-B8N3R-W6C1H-5PD0F';
const expectedSetupCode = createHash('sha256').update(normalizeSetupCode(SETUP_CODE)).digest('hex');

/** Everything but the PINs, with the LRS key and secret as a backup leaves them: blank. */
function asBackedUp(tables: Record<string, unknown[]>) {
  const { secrets: _secrets, ...rest } = tables;
  return {
    ...rest,
    settings: rest.settings!.map((row) => {
      const setting = row as { key: string; value: Record<string, unknown> };
      return setting.key === 'lrs'
        ? { ...setting, value: { ...setting.value, key: '', secret: '' } }
        : setting;
    }),
  };
}

async function seed() {
  const profile = await createProfile('王小明', '1024');
  let attempt = await beginCall(profile.id, scenario);
  let call = answeredCall(scenario);
  for (const id of ['calm', 'ask', 'fix']) {
    ({ attempt: attempt, call } = await recordReply(attempt, scenario, call, id));
  }
  await beginCall(profile.id, scenario);
  return profile;
}

describe('backup and restore', () => {
  let db: ComplaintDeskDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
    await seed();
  });

  it('round-trips every table but the PINs: backup, wipe, restore; no hash or LRS secret travels', async () => {
    await seedOtherFeatures(db, (await db.profiles.toArray())[0]!.id);
    const before = await everything(db);
    for (const [name, rows] of Object.entries(before)) expect(rows.length, name).toBeGreaterThan(0);
    const backup = await exportBackup();
    const text = await backup.text();
    expect(Object.keys(JSON.parse(text).tables).sort()).toEqual([...BACKUP_TABLES].sort());
    expect(text).not.toContain(LRS_SECRET);
    expect(text).not.toContain('desk-key');
    expect(text).not.toContain((before.secrets![0] as { hash: string }).hash);
    await Promise.all(db.tables.map((t) => t.clear()));
    expect((await everything(db)).attempts).toEqual([]);
    const restored = await restoreBackup(backup);
    expect(restored).toMatchObject({ ok: true });
    expect(await everything(db)).toEqual({ ...asBackedUp(before), secrets: [] });
  });

  it('counts the roster summaries again from the calls, never taking a hand-edited one at its word', async () => {
    const profileId = (await db.profiles.toArray())[0]!.id;
    const counted = await db.profileSummaries.get(profileId);
    expect(counted?.finishedAttempts).toBe(1);
    const backup = JSON.parse(await (await exportBackup()).text());
    backup.tables.profileSummaries = [
      { ...counted, finishedAttempts: 40, bestByScenario: { [scenario.id]: 100, other: 100 } },
      { ...counted, profileId: 'nobody-here', bestByScenario: { [scenario.id]: 100 } },
    ];
    const edited = new Blob([JSON.stringify(backup)]);
    // Summaries are not sealed: every chain still verifies, so only counting again catches it.
    expect(await checkBackup(edited)).toMatchObject({ ok: true });
    expect(await restoreBackup(edited)).toMatchObject({ ok: true });
    expect(await db.profileSummaries.toArray()).toEqual([counted]);
    expect(await countedSummary(profileId)).toEqual(counted);
  });

  it('carries every table except the PINs', () => {
    expect([...BACKUP_TABLES, 'secrets'].sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('keeps this machine’s PINs, lockouts and LRS key through a restore unless HR clears the others', async () => {
    await seedOtherFeatures(db, (await db.profiles.toArray())[0]!.id);
    await setFirstPin('trainee:p9', '1234');
    const secretsBefore = await db.secrets.toArray();
    const backup = await exportBackup();
    // After the backup: the trainer's PIN is set and HR is locked out.
    await setFirstPin('trainer', '135790', { setupCode: SETUP_CODE, expectedSetupCode });
    await db.secrets.update('hr', { lockouts: 2, lockedUntil: 9e15 });
    const secretsNow = await db.secrets.orderBy('role').toArray();
    expect(await restoreBackup(backup)).toMatchObject({ ok: true });
    expect(await db.secrets.orderBy('role').toArray()).toEqual(secretsNow);
    expect(await db.settings.get('lrs')).toMatchObject({ value: { secret: LRS_SECRET } });

    expect(await restoreBackup(backup, { clearOtherPins: true })).toMatchObject({ ok: true });
    expect((await db.secrets.toArray()).map((r) => r.role)).toEqual(['hr']);
    expect(secretsBefore.length).toBe(2);
  });

  it('never restores the PIN hashes a format-1 backup held', async () => {
    const old = JSON.parse(await (await exportBackup()).text());
    old.formatVersion = 1;
    delete old.scope;
    old.tables.secrets = await db.secrets.toArray();
    await db.secrets.clear();
    expect(await restoreBackup(new Blob([JSON.stringify(old)]))).toMatchObject({ ok: true });
    expect(await db.secrets.count()).toBe(0);
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

  it('shows, before restoring, which record of the file was altered', async () => {
    const file = JSON.parse(await (await exportBackup()).text());
    const finished = file.tables.attempts.find((a: { status: string }) => a.status === 'finished');
    finished.score.total = 1;
    const result = await checkBackup(new Blob([JSON.stringify(file)]));
    if (!result.ok) throw new Error('refused');
    expect(result.verification[0]!.problems).toEqual([
      { problem: 'altered-record', kind: 'attempt', recordId: finished.id, seq: 1 },
    ]);
  });

  it('says a backup from a newer version of the app is that — once, not as fields it does not know', async () => {
    const newer = JSON.parse(await (await exportBackup()).text());
    newer.schemaVersion = 99;
    newer.tables.machines = [{ fingerprint: 'x', futureField: true }];
    const result = await checkBackup(new Blob([JSON.stringify(newer)]));
    if (result.ok) throw new Error('accepted');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: '$.schemaVersion' });
    expect(result.problems[0]!.text!['zh-CN']).toContain('较新版本的应用');
    expect(result.problems[0]!.message).toContain('records version 99');
    expect(result.problems[0]!.todo!.en).toContain('update the app');
  });

  it('refuses a backup of another database', async () => {
    const good = JSON.parse(await (await exportBackup()).text());
    good.databaseName = 'someone-else';
    const result = await checkBackup(new Blob([JSON.stringify(good)]));
    expect(result).toMatchObject({ ok: false, problems: [{ path: '$.databaseName' }] });
  });
});

describe('a trainee’s own backup', () => {
  let db: ComplaintDeskDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  async function twoTrainees() {
    const mine = await seed();
    await seedOtherFeatures(db, mine.id);
    const other = await createProfile('李四', '2048');
    const attempt = await beginCall(other.id, scenario);
    await recordReply(attempt, scenario, answeredCall(scenario), 'calm');
    return { mine, other };
  }

  it('holds only that trainee’s records: no one else’s, no PIN, no setting, no outbox', async () => {
    const { mine, other } = await twoTrainees();
    const file = await exportProfileBackup(mine.id);
    const text = await file.text();
    const backup = JSON.parse(text);
    expect(backup.scope).toEqual({ kind: 'profile', profileId: mine.id });
    for (const id of [other.id, other.employeeId, other.name, LRS_SECRET, 'desk-key', 'x-1'])
      expect(text).not.toContain(id);
    expect(Object.keys(backup.tables)).not.toContain('secrets');
    expect(backup.tables.profiles).toEqual([await db.profiles.get(mine.id)]);
    expect(backup.tables.attempts).toHaveLength(2);
    expect(backup.tables.steps).toHaveLength(3);
    expect(backup.tables.observations).toHaveLength(1);
  });

  it('counts a restored trainee’s summary again from their calls, not from the file', async () => {
    const { mine } = await twoTrainees();
    const counted = await db.profileSummaries.get(mine.id);
    expect(counted?.finishedAttempts).toBe(1);
    const backup = JSON.parse(await (await exportProfileBackup(mine.id)).text());
    backup.tables.profileSummaries = [
      { ...counted, finishedAttempts: 40, bestByScenario: { [scenario.id]: 7 } },
    ];
    expect(await restoreBackup(new Blob([JSON.stringify(backup)]))).toMatchObject({ ok: true });
    expect(await db.profileSummaries.get(mine.id)).toEqual(counted);
  });

  it('restores only that trainee’s records, leaving everyone else’s', async () => {
    const { mine, other } = await twoTrainees();
    const file = await exportProfileBackup(mine.id);
    const before = await everything(db);
    await db.attempts.where('profileId').equals(mine.id).delete();
    await db.quizAttempts.clear();
    const otherCall = (await db.attempts.where('profileId').equals(other.id).toArray())[0]!;
    expect(await restoreBackup(file)).toMatchObject({ ok: true });
    expect(await everything(db)).toEqual(before);
    expect(await db.attempts.get(otherCall.id)).toEqual(otherCall);
  });

  it('refuses, at its place, a hand-edited one that slips in someone else’s record', async () => {
    const { mine, other } = await twoTrainees();
    const backup = JSON.parse(await (await exportProfileBackup(mine.id)).text());
    backup.tables.attempts[1].profileId = other.id;
    backup.tables.settings = [{ key: 'lrs', value: {} }];
    const before = await everything(db);
    const result = await restoreBackup(new Blob([JSON.stringify(backup)]));
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: '$.tables.attempts[1]' }, { path: '$.tables.settings' }],
    });
    expect(await everything(db)).toEqual(before);
  });

  it('refuses one whose 工号 is someone else’s on this machine', async () => {
    const { mine } = await twoTrainees();
    const file = await exportProfileBackup(mine.id);
    await db.profiles.delete(mine.id);
    await createProfile('冒名', mine.employeeId);
    expect(await checkBackup(file)).toMatchObject({
      ok: false,
      problems: [{ path: '$.tables.profiles[0].employeeId' }],
    });
  });
});
