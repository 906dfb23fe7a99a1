import { describe, expect, it } from 'vitest';
import { EMPLOYEE_ID } from '../../../src/engine/records/employee-id';
import { TABLE_NAMES, TABLE_SCHEMAS } from '../../../src/engine/records/tables';
import { exampleRows } from './example-rows';

describe('the one schema of each table', () => {
  it.each(TABLE_NAMES)('reads a %s row exactly as it was stored', (table) => {
    const row = exampleRows()[table];
    expect(TABLE_SCHEMAS[table].parse(row)).toEqual(row);
  });

  it.each(['1024', 'E-2048', 'ab_12', 'A'.repeat(20)])('takes employee id %j', (id) => {
    expect(EMPLOYEE_ID.test(id)).toBe(true);
    expect(
      TABLE_SCHEMAS.profiles.safeParse({ ...exampleRows().profiles, employeeId: id }).success,
    ).toBe(true);
  });

  it.each(['', '工号1', 'a b', 'A'.repeat(21)])(
    'refuses employee id %j, on profiles and awards alike',
    (id) => {
      const rows = exampleRows();
      expect(TABLE_SCHEMAS.profiles.safeParse({ ...rows.profiles, employeeId: id }).success).toBe(
        false,
      );
      expect(TABLE_SCHEMAS.awards.safeParse({ ...rows.awards, employeeId: id }).success).toBe(
        false,
      );
    },
  );

  it('starts a ledger chain at seq 1 and knows only the kinds it seals', () => {
    const entry = exampleRows().ledger;
    expect(TABLE_SCHEMAS.ledger.safeParse({ ...entry, seq: 0 }).success).toBe(false);
    expect(TABLE_SCHEMAS.ledger.safeParse({ ...entry, kind: 'note' }).success).toBe(false);
  });

  it('requires every call to say which scoring model graded it', () => {
    const { scoringModel: _dropped, ...attempt } = exampleRows().attempts;
    expect(TABLE_SCHEMAS.attempts.safeParse(attempt).success).toBe(false);
  });
});
