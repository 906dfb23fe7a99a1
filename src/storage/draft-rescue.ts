import type { Scenario } from '../engine/scenario-schema';

/**
 * A synchronous copy of a draft's last change, written as the page goes away. IndexedDB writes are
 * asynchronous and a closing tab may never finish one; localStorage writes complete before unload.
 * The copy is folded back into the database the next time drafts are read.
 */
export interface Rescue {
  scenario: unknown;
  at: number;
  /** The draft revision the copy was edited from (absent in copies written before revisions). */
  revision?: number;
}

const PREFIX = 'complaint-desk.draft-rescue.';
const store = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

export function writeRescue(draftId: string, scenario: Scenario, revision: number): void {
  try {
    store()?.setItem(PREFIX + draftId, JSON.stringify({ scenario, at: Date.now(), revision }));
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
