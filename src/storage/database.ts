import Dexie, { type EntityTable } from 'dexie';
import type { AttemptRecord, ProfileRecord, SnapshotRecord, StepRecord } from './records';

export const DATABASE_NAME = 'complaint-desk';

/** The one database of the app. Every table and every schema version is declared here. */
export class ComplaintDeskDatabase extends Dexie {
  profiles!: EntityTable<ProfileRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  steps!: Dexie.Table<StepRecord, [string, number]>;
  snapshots!: EntityTable<SnapshotRecord, 'attemptId'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      profiles: 'id, &employeeId, name',
      attempts: 'id, profileId, [profileId+status], [profileId+startedAt], scenarioId',
      steps: '[attemptId+index], attemptId',
      snapshots: 'attemptId',
    });
  }
}

let instance: ComplaintDeskDatabase | null = null;

export function database(): ComplaintDeskDatabase {
  instance ??= new ComplaintDeskDatabase();
  return instance;
}

/** Swaps the database, e.g. for a fresh one per test. */
export function useDatabase(db: ComplaintDeskDatabase): void {
  instance = db;
}
