import { sealRecord } from './ledger';
import { database } from './database';
import type { ObservationRecord } from './records';

export class InvalidObservation extends Error {
  constructor(readonly reason: 'observer' | 'profile' | 'checklist') {
    super(`observation rejected: ${reason}`);
    this.name = 'InvalidObservation';
  }
}

/** Stores a scored role-play, sealed in the ledger, if the representative's profile exists. */
export async function storeObservation(
  observation: Omit<ObservationRecord, 'id' | 'at'>,
): Promise<ObservationRecord> {
  const db = database();
  return db.transaction('rw', db.profiles, db.observations, db.ledger, async () => {
    if (!(await db.profiles.get(observation.profileId))) throw new InvalidObservation('profile');
    const record: ObservationRecord = { id: crypto.randomUUID(), ...observation, at: Date.now() };
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
