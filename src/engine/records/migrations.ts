import { RECORDS_SCHEMA_VERSION } from './schema-version';

/*
 * The numbered row migrations. The database applies a version's migrations to its stored rows when
 * it upgrades to that version, and backups and records bundles apply every migration after the
 * version they declare before their rows are checked, so a row of any released shape is read as
 * today's. Pure and free of the validation library: the database runs them at start-up.
 */

/** A stored row, before it is known to have today's shape. */
export type StoredRow = Record<string, unknown>;

export interface RowMigration {
  /** The schema version whose rows it produces. */
  version: number;
  table: string;
  /** The row in the shape of `version`, or null when such a row no longer exists there. */
  up: (row: StoredRow) => StoredRow | null;
}

export const isStoredRow = (value: unknown): value is StoredRow =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields added to attempts during schema v1–v4 without a version of their own, and their value then. */
const ATTEMPT_FIELDS_BEFORE_V5: StoredRow = {
  practice: false,
  parentAttemptId: null,
  branchedAtTurn: null,
  timed: false,
  answeredAt: null,
  cueSpot: null,
  customer: null,
  certification: null,
};

function attemptToV5(row: StoredRow): StoredRow {
  const filled = Object.fromEntries(
    Object.entries(ATTEMPT_FIELDS_BEFORE_V5).map(([field, value]) => [field, row[field] ?? value]),
  );
  const turns = Array.isArray(row.turns)
    ? row.turns.map((turn: unknown) =>
        isStoredRow(turn)
          ? { ...turn, credits: turn.credits ?? [], reactions: turn.reactions ?? [] }
          : turn,
      )
    : row.turns;
  // Every call before v5 was graded by the first scoring model.
  return { ...row, ...filled, turns, scoringModel: 1 };
}

/** The `up` of a table that no longer exists: its rows go with it. */
const retired = (): null => null;

export const ROW_MIGRATIONS: readonly RowMigration[] = [
  // v5: a call records the scoring model that graded it, and the fields older attempts lacked are
  // written into them (they used to be filled in every time an attempt was read).
  { version: 5, table: 'attempts', up: attemptToV5 },
  // v5: the call machine's snapshot cache is gone: replaying the recorded replies rebuilds a call.
  { version: 5, table: 'snapshots', up: retired },
  // v6: links say how they seal; every link written before hashed the seal-1 fields.
  { version: 6, table: 'ledger', up: (row) => ({ ...row, seal: row.seal ?? 1 }) },
];

/** The migrations that bring rows of schema version `from` to `to`, in order. */
export function migrationsBetween(from: number, to = RECORDS_SCHEMA_VERSION): RowMigration[] {
  return ROW_MIGRATIONS.filter((m) => m.version > from && m.version <= to);
}

/** One table's rows, brought from schema version `from` to today's; anything but a row is kept as is. */
export function migrateRows(table: string, rows: readonly unknown[], from: number): unknown[] {
  const steps = migrationsBetween(from).filter((m) => m.table === table);
  if (steps.length === 0) return [...rows];
  return rows.flatMap((row) => {
    let current: StoredRow | null = isStoredRow(row) ? row : null;
    if (current === null) return [row];
    for (const step of steps) current = current && step.up(current);
    return current === null ? [] : [current];
  });
}

const RETIRED_TABLES = new Set(ROW_MIGRATIONS.filter((m) => m.up === retired).map((m) => m.table));

/**
 * A file's tables (table name → rows), brought from schema version `from` to today's. A table
 * retired since `from` is left out; one still holding rows after that stays, for the check to refuse.
 */
export function migrateTables(tables: StoredRow, from: number): StoredRow {
  const migrated: StoredRow = {};
  for (const [table, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows)) {
      migrated[table] = rows;
      continue;
    }
    const now = migrateRows(table, rows, from);
    if (now.length === 0 && RETIRED_TABLES.has(table)) continue;
    migrated[table] = now;
  }
  return migrated;
}
