import { describe, expect, it } from 'vitest';
import { findProfiles, searchable } from '../../../src/app/profiles/find-profiles';
import type { ProfileRecord } from '../../../src/engine/records/profile';

const person = (name: string, employeeId: string): ProfileRecord => ({
  id: `id-${employeeId}`,
  name,
  employeeId,
  createdAt: 0,
});
const people = searchable([
  person('王小明', 'A1024'),
  person('李王芳', 'B2048'),
  person('Wang Lei', 'a10'),
  person('张伟', 'C1024'),
  person('陈静', 'A10'),
]);
const names = (query: string) => findProfiles(people, query).map((p) => p.name);

describe('finding a profile by name or 工号', () => {
  it('finds everyone for an empty query, in the order given', () => {
    expect(names('  ')).toEqual(['王小明', '李王芳', 'Wang Lei', '张伟', '陈静']);
  });

  it('matches a part of the name, a name starting with it first', () => {
    expect(names('王')).toEqual(['王小明', '李王芳']);
    expect(names('wang')).toEqual(['Wang Lei']);
  });

  it('matches 工号 ignoring case and spaces, the exact 工号 first', () => {
    expect(names(' a10 ')).toEqual(['Wang Lei', '陈静', '王小明']);
    expect(names('1024')).toEqual(['王小明', '张伟']);
  });

  it('finds no one when nothing contains the query', () => {
    expect(names('赵')).toEqual([]);
  });

  it('keeps up with 2,000 profiles', () => {
    const many = searchable(
      Array.from({ length: 2_000 }, (_, i) =>
        person(`学员${i}`, `DM${String(i).padStart(4, '0')}`),
      ),
    );
    expect(findProfiles(many, 'dm012').map((p) => p.employeeId)).toEqual(
      Array.from({ length: 10 }, (_, i) => `DM012${i}`),
    );
    expect(findProfiles(many, '学员1999')).toHaveLength(1);
  });
});
