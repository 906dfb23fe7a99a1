import Dexie, { type EntityTable } from 'dexie';
import type {
  AttemptRecord,
  CustomScenarioRecord,
  ProfileRecord,
  RecordingRecord,
  SnapshotRecord,
  StepRecord,
} from './records';

export const DATABASE_NAME = 'complaint-desk';

/** The one database of the app. Every table and every schema version is declared here. */
export class ComplaintDeskDatabase extends Dexie {
  profiles!: EntityTable<ProfileRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  steps!: Dexie.Table<StepRecord, [string, number]>;
  snapshots!: EntityTable<SnapshotRecord, 'attemptId'>;
  scenarios!: EntityTable<CustomScenarioRecord, 'id'>;
  recordings!: EntityTable<RecordingRecord, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      profiles: 'id, &employeeId, name',
      attempts: 'id, profileId, [profileId+status], [profileId+startedAt], scenarioId',
      steps: '[attemptId+index], attemptId',
      snapshots: 'attemptId',
    });
    // v2: cases imported from packs live beside the bundled ones.
    this.version(2).stores({ scenarios: 'id, importedAt' });
    // v3: a trainer's own recordings of customer lines, played instead of synthesis.
    this.version(3).stores({ recordings: 'key, scenarioId' });
  }
}

type StorageEvent = 'replaced-by-newer-tab' | 'upgrade-blocked';
const listeners = new Set<(event: StorageEvent) => void>();

/** Tells the UI when this tab must stop writing (a newer version opened) or an upgrade waits. */
export function onStorageEvent(listener: (event: StorageEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function watch(db: ComplaintDeskDatabase): ComplaintDeskDatabase {
  db.on('versionchange', () => {
    db.close();
    listeners.forEach((l) => l('replaced-by-newer-tab'));
    return false;
  });
  db.on('blocked', () => listeners.forEach((l) => l('upgrade-blocked')));
  return db;
}

let instance: ComplaintDeskDatabase | null = null;

export function database(): ComplaintDeskDatabase {
  instance ??= watch(new ComplaintDeskDatabase());
  return instance;
}

/** Swaps the database, e.g. for a fresh one per test. */
export function useDatabase(db: ComplaintDeskDatabase): void {
  instance = db;
}
