import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../src/app/calls/begin-call';
import { recordQuizSitting } from '../../src/storage/certification';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import { EMPTY_LRS, saveLrsSettings } from '../../src/storage/lms-settings';
import { createProfile } from '../../src/storage/profiles';
import { checkTables } from '../e2e/support/fault-check';
import type { Row, Tables } from '../e2e/support/read-tables';
import { fakeScenario } from '../fakes';
import { recordReplies } from '../record-replies';
import { freshDatabase } from '../storage/setup-db';

const scenario = fakeScenario();

/** Every table as the fault runs read it: all rows of every store. */
async function dump(db: ComplaintDeskDatabase): Promise<Tables> {
  const tables: Tables = {};
  for (const table of db.tables) tables[table.name] = (await table.toArray()) as Row[];
  return tables;
}

const without = (rows: Row[] | undefined, drop: (row: Row) => boolean) =>
  (rows ?? []).filter((row) => !drop(row));

// The fault runs' checker must pass what the app writes whole and catch each way a write could be
// torn: these tests hold it to real tables, then tear them.
describe('the fault runs’ table check', () => {
  let tables: Tables;
  let finishedId: string;
  let openId: string;
  beforeEach(async () => {
    const db = await freshDatabase();
    await saveLrsSettings({ ...EMPTY_LRS, endpoint: 'http://127.0.0.1:9/xAPI' });
    const profileId = (await createProfile('王芳', 'A1024')).id;
    finishedId = (
      await recordReplies(await beginCall(profileId, scenario), scenario, ['calm', 'ask', 'fix'])
    ).id;
    openId = (await recordReplies(await beginCall(profileId, scenario), scenario, ['calm'])).id;
    await recordQuizSitting({
      profileId,
      itemIds: ['a'],
      answers: {},
      correct: 0,
      total: 1,
      score: 0,
      seed: 7,
    });
    tables = await dump(db);
  });

  const all = () => new Set([finishedId, openId]);

  it('finds nothing wrong in what the app wrote', () => {
    expect(checkTables(tables, { statementsFor: all() })).toEqual([]);
  });

  it('catches a step without its call’s progress, and a reply without its step', () => {
    const step = { attemptId: openId, index: 1, choiceId: 'ask', at: Date.now() };
    expect(checkTables({ ...tables, steps: [...tables.steps!, step] })).toContainEqual(
      expect.stringMatching(/choices \["calm"\] but steps \["calm","ask"\]/),
    );
    const steps = without(tables.steps, (s) => s.attemptId === openId);
    expect(checkTables({ ...tables, steps })).toContainEqual(
      expect.stringMatching(/choices \["calm"\] but steps \[\]/),
    );
  });

  it('catches a finished call without its seal, and one without its score', () => {
    const ledger = without(tables.ledger, (l) => l.recordId === finishedId);
    expect(checkTables({ ...tables, ledger })).toContainEqual(
      expect.stringMatching(new RegExp(`attempt:${finishedId} is not sealed`)),
    );
    const attempts = tables.attempts!.map((a) => (a.id === finishedId ? { ...a, score: null } : a));
    expect(checkTables({ ...tables, attempts })).toContainEqual(
      expect.stringMatching(/finished without its score/),
    );
  });

  it('catches a summary that disagrees with the calls, or is missing', () => {
    const profileSummaries = tables.profileSummaries!.map((s) => ({ ...s, finishedAttempts: 2 }));
    expect(checkTables({ ...tables, profileSummaries })).toContainEqual(
      expect.stringMatching(/profileSummaries: .* says \{"finishedAttempts":2/),
    );
    expect(checkTables({ ...tables, profileSummaries: [] })).toContainEqual(
      expect.stringMatching(/profileSummaries: .* missing, with 1 calls/),
    );
  });

  it('catches an outbox row without its step, and a step without its statement', () => {
    const steps = without(tables.steps, (s) => s.attemptId === openId);
    const attempts = tables.attempts!.map((a) =>
      a.id === openId ? { ...a, choices: [], turns: [] } : a,
    );
    expect(checkTables({ ...tables, steps, attempts })).toContainEqual(
      expect.stringMatching(/outbox: answered of .*: no step calm/),
    );
    const verb = (row: Row) => (row.statement as { verb: { id: string } }).verb.id;
    const outbox = without(tables.outbox, (r) => verb(r).endsWith('answered'));
    expect(checkTables({ ...tables, outbox }, { statementsFor: all() })).toContainEqual(
      expect.stringMatching(/outbox: step .*#0 has 0 statements/),
    );
  });

  it('catches a quiz sitting still open after it was handed in', () => {
    const open = {
      key: `quiz-in-progress:${String(tables.profiles![0]!.id)}`,
      value: { seed: 7, itemIds: ['a'], answers: {} },
    };
    expect(checkTables({ ...tables, settings: [...tables.settings!, open] })).toContainEqual(
      expect.stringMatching(/still open after its sitting was handed in/),
    );
  });
});
