import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { recordReply } from '../../../src/app/calls/record-reply';
import { installationFingerprint } from '../../../src/app/records/installation-key';
import {
  applyMergePlan,
  checkRecordsBundle,
  exportRecordsBundle,
} from '../../../src/app/records/records-bundle';
import { answeredCall } from '../../../src/engine/conversation';
import { indexScenario } from '../../../src/engine/scenario-index';
import { MERGED_TABLES, type MergePlan } from '../../../src/engine/records-bundle';
import { checkBackup, exportBackup, restoreBackup } from '../../../src/storage/backup';
import type { ComplaintDeskDatabase } from '../../../src/storage/database';
import { useKeyDatabase } from '../../../src/storage/installation-key';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { PROPERTY_TIMEOUT, runs } from '../../property-runs';
import { freshDatabase } from '../../storage/setup-db';
import { installation } from './installation';
import { bundleSignature, verifyChains } from '../../support/chain-verifier';

const scenario = fakeScenario();

type Json = Record<string, unknown>;

/** A trainee machine's records: two people, calls played with the given reply positions. */
async function traineeMachine(calls: number[][]): Promise<{ bundle: Json; fingerprint: string }> {
  const db = await installation(scenario);
  const people = [await createProfile('王', 'E1'), await createProfile('李', 'E2')];
  for (const [i, picks] of calls.entries()) {
    let attempt = await beginCall(people[i % 2]!.id, scenario);
    let call = answeredCall(scenario);
    for (const pick of picks) {
      const node = indexScenario(scenario).node(call.context.progress.nodeId);
      if (node?.kind !== 'decision') break;
      const choice = node.choices[pick % node.choices.length]!;
      ({ attempt, call } = await recordReply(attempt, scenario, call, choice.id));
    }
  }
  const bundle = JSON.parse(await (await exportRecordsBundle()).text()) as Json;
  const fingerprint = await installationFingerprint();
  await db.delete();
  return { bundle, fingerprint };
}

/** HR's machine, which enrolled the trainee machine; a fresh installation of its own. */
async function hrMachine(fingerprint: string): Promise<ComplaintDeskDatabase> {
  useKeyDatabase(`key-${crypto.randomUUID()}`);
  const db = await freshDatabase();
  await db.machines.add({ fingerprint, label: '一号机', enrolledBy: 'HR', enrolledAt: 1 });
  return db;
}

const snapshot = (db: ComplaintDeskDatabase) =>
  Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));

/** Where in a bundle a mutation lands, and what it does there. */
const mutation = fc.record({
  table: fc.constantFrom(
    'profiles',
    'attempts',
    'ledger',
    'awards',
    'packs',
    'source',
    'signature',
    'format',
    'schemaVersion',
  ),
  row: fc.nat({ max: 5 }),
  field: fc.constantFrom(
    'id',
    'profileId',
    'employeeId',
    'choices',
    'score',
    'status',
    'transcript',
    'turns',
    'hash',
    'prevHash',
    'recordHash',
    'seq',
    'provenance',
    'roles',
    'seal',
    'fingerprint',
    'publicKey',
    '__proto__',
    'extra',
  ),
  action: fc.constantFrom('set', 'delete', 'duplicate-row', 'drop-row', 'truncate'),
  value: fc.jsonValue({ maxDepth: 2 }),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(original: Json, m: Mutation): string {
  const bundle = structuredClone(original);
  const target = bundle[m.table];
  if (m.action === 'truncate') {
    const text = JSON.stringify(bundle);
    return text.slice(0, Math.floor((text.length * (m.row + 1)) / 7));
  }
  if (!Array.isArray(target)) {
    if (m.action === 'delete') delete bundle[m.table];
    else if (target && typeof target === 'object' && m.action === 'set') {
      (target as Json)[m.field] = m.value;
    } else bundle[m.table] = m.value;
    return JSON.stringify(bundle);
  }
  const index = target.length === 0 ? 0 : m.row % target.length;
  if (m.action === 'drop-row') target.splice(index, 1);
  else if (m.action === 'duplicate-row' && target.length > 0) target.push(target[index]);
  else if (target.length > 0) {
    const row = target[index] as Json;
    if (m.action === 'delete') delete row[m.field];
    else if (m.field === '__proto__') {
      return JSON.stringify(bundle).replace('{', `{"__proto__":${JSON.stringify(m.value)},`);
    } else row[m.field] = m.value;
  } else target.push(m.value);
  return JSON.stringify(bundle);
}

/** Every record of the plan is in exactly one of its lists. */
function accounted(plan: MergePlan): number {
  return (
    plan.genuine.length +
    plan.unverified.length +
    plan.refused.length +
    plan.duplicates.length +
    plan.conflicts.length +
    plan.orphans.length +
    plan.certificates.length
  );
}

describe('records bundles under generated mutations', () => {
  it(
    'each mutated bundle is refused at a located place, or merged as claims: never an exception, never a partial write, never genuine unless its signature holds',
    async () => {
      const { bundle, fingerprint } = await traineeMachine([
        [0, 0, 0],
        [1, 2, 0],
        [2, 1],
      ]);
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const text = mutate(bundle, m);
          const db = await hrMachine(fingerprint);
          const before = await snapshot(db);
          const check = await checkRecordsBundle(new Blob([text]));
          if (!check.ok) {
            expect(check.problems.length).toBeGreaterThan(0);
            for (const p of check.problems) {
              expect(p.path.startsWith('$')).toBe(true);
              expect(p.message.length).toBeGreaterThan(0);
            }
            expect(await snapshot(db)).toEqual(before);
          } else {
            const { plan } = check;
            const parsed = JSON.parse(text) as Json;
            const rows = ['attempts', 'awards', 'observations', 'overrides', 'quizAttempts'].reduce(
              (n, t) => n + (Array.isArray(parsed[t]) ? (parsed[t] as unknown[]).length : 0),
              0,
            );
            expect(accounted(plan)).toBe(rows);
            if (plan.genuine.length > 0) {
              expect(plan.source.state).toBe('enrolled');
              expect(bundleSignature(parsed).holds).toBe(true);
            }
            const { written } = await applyMergePlan(plan, []);
            const added = MERGED_TABLES.reduce((n, t) => n + plan.added[t].length, 0);
            expect(written).toBe(added + plan.newProfiles.length + plan.promoted.length);
            const after = Object.fromEntries(await snapshot(db));
            // Every merged record is sealed here with its provenance: the chains stay whole.
            expect(verifyChains(after as never)).toEqual([]);
            expect(after.awards).toEqual([]);
          }
          await db.delete();
        }),
        { numRuns: runs(300, 10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'each mutated backup is refused at a located place or checked whole; a refused restore writes nothing',
    async () => {
      useKeyDatabase(`key-${crypto.randomUUID()}`);
      const source = await freshDatabase();
      const person = await createProfile('王', 'E1');
      let attempt = await beginCall(person.id, scenario);
      let call = answeredCall(scenario);
      for (const id of ['calm', 'ask', 'fix'])
        ({ attempt, call } = await recordReply(attempt, scenario, call, id));
      const backup = JSON.parse(await (await exportBackup()).text()) as Json;
      const tables = backup.tables as Json;
      await source.delete();
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const text = mutate(
            { ...tables, format: backup.format, schemaVersion: backup.schemaVersion },
            m,
          );
          // The mutation acts on the tables; the file around them stays a backup's.
          let file: string;
          try {
            const mutated = JSON.parse(text) as Json;
            const { format: _f, schemaVersion: _v, ...rest } = mutated;
            file = JSON.stringify({ ...backup, tables: rest });
          } catch {
            file = text;
          }
          const db = await freshDatabase();
          const before = await snapshot(db);
          const check = await checkBackup(new Blob([file]));
          if (!check.ok) {
            for (const p of check.problems) {
              expect(p.path.startsWith('$')).toBe(true);
              expect(p.message.length).toBeGreaterThan(0);
            }
            const restored = await restoreBackup(new Blob([file]));
            expect(restored.ok).toBe(false);
            expect(await snapshot(db)).toEqual(before);
          }
          await db.delete();
        }),
        { numRuns: runs(300, 10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
