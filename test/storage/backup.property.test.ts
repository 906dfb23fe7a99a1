import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answeredCall } from '../../src/engine/conversation';
import { indexScenario } from '../../src/engine/scenario-index';
import { checkBackup, exportBackup, restoreBackup } from '../../src/storage/backup';
import { beginCall } from '../../src/app/calls/begin-call';
import { recordReply } from '../../src/app/calls/record-reply';
import { createProfile } from '../../src/storage/profiles';
import { fakeScenario } from '../fakes';
import { PROPERTY_TIMEOUT, runs } from '../property-runs';
import { freshDatabase } from './setup-db';

const scenario = fakeScenario();

/** A trainee's practice: calls played with reply positions chosen by the generator. */
const practice = fc.array(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
    calls: fc.array(fc.array(fc.nat({ max: 3 }), { maxLength: 5 }), { maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 4 },
);

async function play(trainees: Array<{ name: string; calls: number[][] }>) {
  for (const [i, trainee] of trainees.entries()) {
    const profile = await createProfile(trainee.name, `E${i}`);
    for (const picks of trainee.calls) {
      let attempt = await beginCall(profile.id, scenario);
      let call = answeredCall(scenario);
      for (const pick of picks) {
        const node = indexScenario(scenario).node(call.context.progress.nodeId);
        if (node?.kind !== 'decision') break;
        const choice = node.choices[pick % node.choices.length]!;
        ({ attempt: attempt, call } = await recordReply(attempt, scenario, call, choice.id));
      }
    }
  }
}

describe('backups under generated records', () => {
  it(
    'backup → wipe → restore gives back exactly what was there',
    async () => {
      await fc.assert(
        fc.asyncProperty(practice, async (trainees) => {
          const db = await freshDatabase();
          await play(trainees);
          const snapshot = async () => Promise.all(db.tables.map((t) => t.toArray()));
          const before = await snapshot();
          const backup = await exportBackup();
          await Promise.all(db.tables.map((t) => t.clear()));
          expect(await restoreBackup(backup)).toMatchObject({ ok: true });
          expect(await snapshot()).toEqual(before);
          // Deleted, not just closed: ten thousand runs must not pile up in memory.
          await db.delete();
        }),
        { numRuns: runs(300, 10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'rejects a backup with any row mangled, with a located message',
    async () => {
      const db = await freshDatabase();
      await play([{ name: '王', calls: [[0, 0, 0]] }]);
      const good = JSON.parse(await (await exportBackup()).text());
      db.close();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('profiles', 'attempts', 'steps'),
          fc.constantFrom('id', 'profileId', 'attemptId', 'index', 'status', 'name', 'choices'),
          fc.jsonValue({ maxDepth: 2 }),
          async (table, field, value) => {
            const copy = structuredClone(good);
            const row = copy.tables[table][0];
            if (!(field in row)) return;
            row[field] = value;
            const result = await checkBackup(new Blob([JSON.stringify(copy)]));
            if (!result.ok)
              expect(result.problems[0]!.path.startsWith(`$.tables.${table}[0]`)).toBe(true);
          },
        ),
        { numRuns: runs(300, 10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
