import { beforeEach, describe, expect, it } from 'vitest';
import { answeredCall } from '../../src/engine/conversation';
import { DEFAULT_PROGRAM } from '../../src/engine/certification/program';
import { checkBackup, exportBackup, restoreBackup } from '../../src/storage/backup';
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
  await db.scenarios.add({
    id: 'ours',
    scenario: { ...scenario, id: 'ours' },
    contentHash: 'c'.repeat(64),
    importedAt: 4,
  });
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
  // A finished call already wrote this person's summary row; the seed replaces it.
  await db.profileSummaries.put({
    profileId,
    finishedAttempts: 1,
    bestByScenario: { fake: 90 },
    dimensionMeans: { empathy: 0.5 },
    lastActivityAt: 15,
  });
  await db.outbox.add({
    id: 'x-1',
    statement: { id: 'x-1', verb: 'completed' },
    queuedAt: 16,
    tries: 0,
    lastError: null,
  });
  await db.settings.add({ key: 'lrs', value: { endpoint: 'https://lrs.example' } });
  await setFirstPin('hr', '2468');
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

  it('round-trips every table exactly: backup, wipe, restore', async () => {
    await seedOtherFeatures(db, (await db.profiles.toArray())[0]!.id);
    const before = await everything(db);
    for (const [name, rows] of Object.entries(before)) expect(rows.length, name).toBeGreaterThan(0);
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

  it('refuses a backup of another database', async () => {
    const good = JSON.parse(await (await exportBackup()).text());
    good.databaseName = 'someone-else';
    const result = await checkBackup(new Blob([JSON.stringify(good)]));
    expect(result).toMatchObject({ ok: false, problems: [{ path: '$.databaseName' }] });
  });
});
