import { beforeEach, describe, expect, it } from 'vitest';
import { summaryOfCounted } from '../../src/engine/counted-summary';
import type { AttemptRecord, LedgerEntry, StepRecord } from '../../src/storage/records';
import { recordedChoices } from '../../src/storage/attempts';
import { exportProfileBackup, restoreBackup } from '../../src/storage/backup';
import { traineeAssignments } from '../../src/storage/cohorts';
import { countedSummary } from '../../src/storage/counted-summary';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import v7 from './fixtures/backup-v7.json';
import { freshDatabase } from './setup-db';

/*
 * Schema v8 keeps no index of its own for a person's calls, a person's links or a call's steps:
 * Dexie serves those queries from the first part of a compound index or key. Each test runs the
 * storage function that reads through one of the dropped indexes on v7's release records; without
 * a virtual index behind it, Dexie refuses the query ("KeyPath … is not indexed").
 */

const attempts = v7.tables.attempts as unknown as AttemptRecord[];
const steps = v7.tables.steps as unknown as StepRecord[];
const ledger = v7.tables.ledger as unknown as LedgerEntry[];
const wang = v7.tables.profiles.find((p) => p.name === '王小明')!.id;
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

let db: ComplaintDeskDatabase;

beforeEach(async () => {
  db = await freshDatabase();
  for (const [table, rows] of Object.entries(v7.tables)) await db.table(table).bulkAdd(rows);
});

describe('queries the v8 schema serves without an index of their own', () => {
  it('has no index on attempts.profileId, ledger.profileId or steps.attemptId, and refuses an index it dropped outright', async () => {
    const tx = db.backendDB().transaction(['attempts', 'ledger', 'steps'], 'readonly');
    expect([...tx.objectStore('attempts').indexNames]).not.toContain('profileId');
    expect([...tx.objectStore('ledger').indexNames]).not.toContain('profileId');
    expect([...tx.objectStore('steps').indexNames]).not.toContain('attemptId');
    // No compound index starts with finishedAt: this is how a query without an index fails.
    await expect(db.attempts.where('finishedAt').above(0).toArray()).rejects.toThrow(/not indexed/);
  });

  it('finds a trainee’s calls on their cohort’s assigned cases, and no one else’s (attempts by scenarioId)', async () => {
    const { assigned, calls } = await traineeAssignments(wang);
    expect(assigned).toHaveLength(1);
    const onCase = (a: AttemptRecord) => a.scenarioId === assigned[0]!.assignment.scenarioId;
    const theirs = attempts.filter((a) => a.profileId === wang && onCase(a));
    expect(theirs.length).toBeGreaterThan(0);
    // Their calls on other cases and others' calls on this one are both left out.
    expect(attempts.some((a) => a.profileId === wang && !onCase(a))).toBe(true);
    expect(attempts.some((a) => a.profileId !== wang && onCase(a))).toBe(true);
    expect(calls.sort(byId)).toEqual(theirs.sort(byId));
  });

  it('counts a person’s roster summary from their links (ledger by profileId)', async () => {
    const links = ledger.filter((l) => l.profileId === wang);
    expect(links.length).toBeGreaterThan(1);
    const finished = attempts.filter((a) => a.profileId === wang && a.status === 'finished');
    const overrides = v7.tables.overrides.filter((o) => o.profileId === wang);
    expect(await countedSummary(wang)).toEqual(
      summaryOfCounted(wang, links, finished, overrides as never),
    );
  });

  it('replays a call’s recorded replies in order (steps by attemptId)', async () => {
    const call = attempts.find((a) => steps.filter((s) => s.attemptId === a.id).length > 2)!;
    const expected = steps
      .filter((s) => s.attemptId === call.id)
      .sort((a, b) => a.index - b.index)
      .map((s) => s.choiceId);
    expect(await recordedChoices(call.id)).toEqual(expected);
  });

  it('backs up one person and restores them over records added since, leaving everyone else (all three)', async () => {
    const file = await exportProfileBackup(wang);
    const backup = JSON.parse(await file.text()) as {
      tables: { attempts: AttemptRecord[]; steps: StepRecord[]; ledger: LedgerEntry[] };
    };
    const theirCalls = attempts.filter((a) => a.profileId === wang);
    expect(backup.tables.attempts.sort(byId)).toEqual([...theirCalls].sort(byId));
    const callIds = new Set(theirCalls.map((a) => a.id));
    expect(backup.tables.steps).toEqual(steps.filter((s) => callIds.has(s.attemptId)));
    expect(backup.tables.ledger).toEqual(ledger.filter((l) => l.profileId === wang));

    // Records of theirs the backup does not hold: the restore must find them to replace them.
    const [call] = theirCalls;
    const lastLink = ledger.filter((l) => l.profileId === wang).at(-1)!;
    await db.attempts.add({ ...call!, id: 'added-since' });
    await db.steps.add({ ...steps.find((s) => s.attemptId === call!.id)!, index: 99 });
    await db.ledger.add({ ...lastLink, seq: lastLink.seq + 1 });
    const others = async () => ({
      attempts: (await db.attempts.toArray()).filter((a) => a.profileId !== wang),
      steps: (await db.steps.toArray()).filter((s) => !callIds.has(s.attemptId)),
      ledger: (await db.ledger.toArray()).filter((l) => l.profileId !== wang),
    });
    const othersBefore = await others();

    expect(await restoreBackup(file)).toMatchObject({ ok: true });
    expect(await db.attempts.get('added-since')).toBeUndefined();
    expect(await db.steps.get([call!.id, 99])).toBeUndefined();
    expect(await db.ledger.get([wang, lastLink.seq + 1])).toBeUndefined();
    expect((await db.ledger.toArray()).filter((l) => l.profileId === wang)).toEqual(
      backup.tables.ledger,
    );
    expect(await others()).toEqual(othersBefore);
  });
});
