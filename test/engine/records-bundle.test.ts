import { describe, expect, it } from 'vitest';
import {
  RECORDS_BUNDLE_FORMAT,
  addedCount,
  planMerge,
  recordsBundleSchema,
  type LocalRecords,
  type RecordsBundle,
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
    const plan = planMerge(bundle(), local, new Set());
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
    expect(addedCount(plan)).toBe(5);
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
      new Set(),
    );
    expect(plan.duplicates.map((d) => d.id)).toEqual(['a1']);
    expect(plan.conflicts).toEqual([{ table: 'attempts', id: 'a2', employeeId: '1024' }]);
    expect(plan.added.attempts.map((a) => a.id)).toEqual(['a3']);
  });

  it('never adds a flagged record, and gives a new person a fresh id if theirs is taken here', () => {
    const plan = planMerge(
      bundle(),
      {
        profileByEmployeeId: new Map(),
        profileIds: new Set(['there-2']),
        existing: emptyExisting(),
      },
      new Set(['a3']),
    );
    expect(plan.flagged).toEqual([{ table: 'attempts', id: 'a3', employeeId: '2048' }]);
    expect(plan.added.attempts.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(plan.newProfiles.map((p) => p.id)).toEqual(['there-1', 'there-2:2048']);
    expect(plan.added.awards[0]!.profileId).toBe('there-2:2048');
  });
});
