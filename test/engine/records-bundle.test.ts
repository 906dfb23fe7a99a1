import { describe, expect, it } from 'vitest';
import {
  RECORDS_BUNDLE_FORMAT,
  addedCount,
  planMerge,
  recordsBundleSchema,
  type LocalRecords,
  type RecordsBundle,
  type Verdict,
} from '../../src/engine/records-bundle';
import { RECORDS_SCHEMA_VERSION } from '../../src/engine/records/schema-version';
import { exampleAttempt, exampleRows } from './records/example-rows';

const score = exampleAttempt().score!;

function bundle(): RecordsBundle {
  const { profiles, awards } = exampleRows();
  return recordsBundleSchema.parse({
    format: RECORDS_BUNDLE_FORMAT,
    formatVersion: 1,
    schemaVersion: RECORDS_SCHEMA_VERSION,
    exportedAt: 1,
    profiles: [
      { ...profiles, id: 'there-1', name: '王小明', employeeId: '1024' },
      { ...profiles, id: 'there-2', name: '李娜', employeeId: '2048' },
    ],
    attempts: [
      exampleAttempt({ id: 'a1', profileId: 'there-1' }),
      exampleAttempt({ id: 'a2', profileId: 'there-1', score: { ...score, total: 60 } }),
      exampleAttempt({ id: 'a3', profileId: 'there-2', score: { ...score, total: 70 } }),
      exampleAttempt({ id: 'a4', profileId: 'nobody' }),
    ],
    awards: [{ ...awards, id: 'w1', profileId: 'there-2', employeeId: '2048' }],
  });
}

/** Every record of the bundle as genuine, except those given. */
function verdicts(b: RecordsBundle, others: Record<string, Omit<Verdict, 'record'>> = {}) {
  return new Map<string, Verdict>(
    (['attempts', 'observations', 'overrides', 'quizAttempts'] as const).flatMap((table) =>
      b[table].map((record) => [
        `${table}:${record.id}`,
        { status: 'genuine', reasons: [], ...others[record.id], record },
      ]),
    ),
  );
}

const emptyExisting = () => ({
  attempts: new Map(),
  awards: new Map(),
  observations: new Map(),
  overrides: new Map(),
  quizAttempts: new Map(),
});

describe('planning a merge', () => {
  it('puts records on the local person with the same employee id, and adds new people', () => {
    const local: LocalRecords = {
      profileByEmployeeId: new Map([['1024', 'here-1']]),
      profileIds: new Set(['here-1']),
      existing: emptyExisting(),
    };
    const b = bundle();
    const plan = planMerge(b, local, verdicts(b));
    expect(plan.people.map((p) => [p.employeeId, p.localProfileId, p.isNew])).toEqual([
      ['1024', 'here-1', false],
      ['2048', 'there-2', true],
    ]);
    expect(plan.newProfiles.map((p) => p.id)).toEqual(['there-2']);
    expect(plan.added.attempts.map((a) => [a.id, a.profileId])).toEqual([
      ['a1', 'here-1'],
      ['a2', 'here-1'],
      ['a3', 'there-2'],
    ]);
    expect(plan.orphans.map((o) => o.id)).toEqual(['a4']);
    expect(plan.certificates.map((c) => c.id)).toEqual(['w1']);
    expect(addedCount(plan)).toBe(4);
  });

  it('shows the name a 工号 already has here beside the one the bundle gives it, and keeps it', () => {
    const local: LocalRecords = {
      profileByEmployeeId: new Map([['1024', 'here-1']]),
      profileIds: new Set(['here-1']),
      nameByEmployeeId: new Map([['1024', '唐红']]),
      existing: emptyExisting(),
    };
    const b = bundle();
    const plan = planMerge(b, local, verdicts(b));
    expect(plan.people.map((p) => [p.employeeId, p.name, p.localName])).toEqual([
      ['1024', '王小明', '唐红'],
      ['2048', '李娜', null],
    ]);
    // Only the person new here is written, with the bundle's name.
    expect(plan.newProfiles.map((p) => p.name)).toEqual(['李娜']);
  });

  it('recognises duplicates by id and identical content, and lists same-id-different-content as conflicts', () => {
    const existing = emptyExisting();
    const b = bundle();
    existing.attempts.set('a1', { ...b.attempts[0], profileId: 'here-1' });
    existing.attempts.set('a2', {
      ...b.attempts[1],
      profileId: 'here-1',
      score: { ...score, total: 99 },
    });
    const plan = planMerge(
      b,
      { profileByEmployeeId: new Map([['1024', 'here-1']]), profileIds: new Set(), existing },
      verdicts(b),
    );
    expect(plan.duplicates.map((d) => d.id)).toEqual(['a1']);
    expect(plan.conflicts).toEqual([{ table: 'attempts', id: 'a2', employeeId: '1024' }]);
    expect(plan.added.attempts.map((a) => a.id)).toEqual(['a3']);
  });

  it('writes each record as its verdict derived it, sealed with its status; a new person whose id is taken gets a fresh one', () => {
    const b = bundle();
    const plan = planMerge(
      b,
      {
        profileByEmployeeId: new Map(),
        profileIds: new Set(['there-2']),
        existing: emptyExisting(),
      },
      verdicts(b, { a3: { status: 'refused', reasons: ['replay-differs'] } }),
      { state: 'enrolled', machine: { fingerprint: 'f', label: '1 号机' } },
    );
    expect(plan.refused).toEqual([
      { table: 'attempts', id: 'a3', employeeId: '2048', reasons: ['replay-differs'] },
    ]);
    expect(plan.genuine.map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(plan.provenance['attempts:a3']).toEqual({
      status: 'refused',
      source: { fingerprint: 'f', label: '1 号机' },
      reasons: ['replay-differs'],
      review: null,
    });
    expect(plan.newProfiles.map((p) => p.id)).toEqual(['there-1', 'there-2:2048']);
    expect(plan.added.attempts.find((a) => a.id === 'a3')!.profileId).toBe('there-2:2048');
  });

  it('refuses a record no verdict speaks for', () => {
    const plan = planMerge(
      bundle(),
      { profileByEmployeeId: new Map(), profileIds: new Set(), existing: emptyExisting() },
      new Map(),
    );
    expect(plan.refused.map((r) => r.id)).toEqual(['a1', 'a2', 'a3']);
    expect(plan.genuine).toEqual([]);
  });
});
