import { checklistTotal, OBSERVER_CHECKLIST, type Mark } from '../../engine/observer-checklist';
import type { Scenario } from '../../engine/scenario-schema';
import { InvalidObservation, storeObservation } from '../../storage/observations';
import type { ObservationRecord } from '../../storage/records';

export { InvalidObservation, listObservations } from '../../storage/observations';

export interface NewObservation {
  profileId: string;
  scenario: Scenario;
  observer: string;
  checklist: readonly Mark[];
  notes: string;
}

const MAX_NOTE = 2000;

/**
 * Saves a scored role-play to the representative's profile. The checklist must mark every item
 * once, and the total is computed here from the marks, never taken from the form.
 */
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
  return storeObservation({
    profileId: input.profileId,
    scenarioId: input.scenario.id,
    scenarioVersion: input.scenario.version,
    scenarioTitle: input.scenario.title,
    observerId: observer,
    checklist,
    total: checklistTotal(checklist),
    notes: input.notes.trim().slice(0, MAX_NOTE),
  });
}
