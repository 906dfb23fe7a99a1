import type { Table } from 'dexie';

/**
 * Adds the rows whose two-part key `table` does not hold yet, each key once, in the caller's
 * transaction; a row kept here already stays as it is. Returns how many were added.
 */
export async function addMissing<T>(
  table: Table<T, [string, string]>,
  rows: readonly T[],
  keyOf: (row: T) => [string, string],
): Promise<number> {
  const unique = [...new Map(rows.map((row) => [keyOf(row).join('\n'), row])).values()];
  const here = await table.bulkGet(unique.map(keyOf));
  const fresh = unique.filter((_, i) => here[i] === undefined);
  await table.bulkAdd(fresh);
  return fresh.length;
}
