import { sealRecord } from './ledger';
import type { Mark } from '../engine/observer-checklist';
import { checklistTotal, OBSERVER_CHECKLIST } from '../engine/observer-checklist';
import type { Scenario } from '../engine/scenario-schema';
import { database } from './database';
import type { ObservationRecord } from './records';

export interface NewObservation {
  profileId: string;
  scenario: Scenario;
  observer: string;
  checklist: readonly Mark[];
  notes: string;
}

export class InvalidObservation extends Error {
  constructor(readonly reason: 'observer' | 'profile' | 'checklist') {
    super(`observation rejected: ${reason}`);
    this.name = 'InvalidObservation';
  }
}

const MAX_NOTE = 2000;

/** Saves a scored role-play to the representative's profile; the total is computed here, not trusted. */
export async function saveObservation(input: NewObservation): Promise<ObservationRecord> {
  const observer = input.observer.trim();
  if (observer.length === 0 || observer.length > 40) throw new InvalidObservation('observer');
  const known = new Set(OBSERVER_CHECKLIST.map((i) => i.id));
  const checklist = input.checklist.map((m) => ({
    itemId: m.itemId,
    met: m.met,
    note: m.note.trim().slice(0, MAX_NOTE),
  }));
  if (
    checklist.length !== known.size ||
    new Set(checklist.map((m) => m.itemId)).size !== known.size ||
    checklist.some((m) => !known.has(m.itemId))
  ) {
    throw new InvalidObservation('checklist');
  }
  const db = database();
  return db.transaction('rw', db.profiles, db.observations, db.ledger, async () => {
    if (!(await db.profiles.get(input.profileId))) throw new InvalidObservation('profile');
    const record: ObservationRecord = {
      id: crypto.randomUUID(),
      profileId: input.profileId,
      scenarioId: input.scenario.id,
      scenarioVersion: input.scenario.version,
      scenarioTitle: input.scenario.title,
      observerId: observer,
      checklist,
      total: checklistTotal(checklist),
      notes: input.notes.trim().slice(0, MAX_NOTE),
      at: Date.now(),
    };
    await db.observations.add(record);
    await sealRecord('observation', record.profileId, { ...record });
    return record;
  });
}

/** A representative's observed role-plays, newest first. */
export async function listObservations(profileId: string): Promise<ObservationRecord[]> {
  const rows = await database().observations.where('profileId').equals(profileId).sortBy('at');
  return rows.reverse();
}
