import { database } from './database';

const KEY = 'complaint-desk.records';

interface Marker {
  /** When this browser first stored records. */
  epoch: number;
  profiles: number;
  attempts: number;
}

/**
 * Browsers may evict IndexedDB silently under storage pressure. A small marker kept outside it
 * remembers how many records there were, so an emptied database is noticed instead of carrying on
 * as if the trainee had never practised.
 */
export async function rememberRecordCounts(): Promise<void> {
  if (typeof localStorage === 'undefined') return;
  const db = database();
  const [profiles, attempts] = await Promise.all([db.profiles.count(), db.attempts.count()]);
  const previous = readMarker();
  try {
    localStorage.setItem(
      KEY,
      JSON.stringify({ epoch: previous?.epoch ?? Date.now(), profiles, attempts }),
    );
  } catch {
    // localStorage full: the records this follows are already committed, and saying the write
    // failed would tell the user they were not; the marker is kept at the next chance.
  }
}

function readMarker(): Marker | null {
  try {
    const marker = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Marker | null;
    return marker && typeof marker.attempts === 'number' ? marker : null;
  } catch {
    return null;
  }
}

/** True when the marker remembers finished work that the database no longer has. */
export async function databaseWasWiped(): Promise<boolean> {
  if (typeof localStorage === 'undefined') return false;
  const marker = readMarker();
  if (!marker || marker.attempts === 0) return false;
  return (await database().attempts.count()) === 0;
}
