import type { Scenario } from '../engine/scenario-schema';

/**
 * A synchronous copy of a draft's last change, written as the page goes away. IndexedDB writes are
 * asynchronous and a closing tab may never finish one; localStorage writes complete before unload.
 * The copy is folded back into the database the next time drafts are read.
 */
export interface Rescue {
  scenario: unknown;
  at: number;
  /** The last revision this editor's saves were known to reach (absent before revisions). */
  revision?: number;
  /** This editor's saves still under way when the copy was made: the page may die before them. */
  inFlight?: number;
  /** The editor that made the copy (its saves carry the same name). */
  writer?: string;
}

const PREFIX = 'complaint-desk.draft-rescue.';
const store = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

export function writeRescue(
  draftId: string,
  scenario: Scenario,
  revision: number,
  inFlight = 0,
  writer?: string,
): void {
  const rescue: Rescue = { scenario, at: Date.now(), revision, inFlight, writer };
  try {
    store()?.setItem(PREFIX + draftId, JSON.stringify(rescue));
  } catch {
    // Storage full or blocked: the asynchronous save is still under way.
  }
}

export function readRescue(draftId: string): Rescue | null {
  const text = store()?.getItem(PREFIX + draftId);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Rescue;
    return typeof value.at === 'number' ? value : null;
  } catch {
    return null;
  }
}

/** Drops the copy once the database holds this change or a later one. */
export function clearRescue(draftId: string, savedAt = Infinity): void {
  const rescue = readRescue(draftId);
  if (rescue && rescue.at <= savedAt) store()?.removeItem(PREFIX + draftId);
}

/**
 * Drops the copy once a save that started after it was made has landed. A copy from the same
 * millisecond as the save may hold a later change (a closing page rescues while its save is under
 * way), so it stays, to be folded in over that editor's own save on the next read.
 */
export function clearRescueOlderThan(draftId: string, saveStartedAt: number): void {
  clearRescue(draftId, saveStartedAt - 1);
}
