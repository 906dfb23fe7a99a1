import { database } from './database';
import type { AttemptRecord, OverrideRecord, ProfileRecord } from './records';

/** The small tables a calls export looks people and trainers' grades up in. */
export async function readExportLookups(): Promise<{
  profiles: ProfileRecord[];
  overrides: OverrideRecord[];
}> {
  const db = database();
  const [profiles, overrides] = await db.transaction('r', [db.profiles, db.overrides], () =>
    Promise.all([db.profiles.toArray(), db.overrides.toArray()]),
  );
  return { profiles, overrides };
}

/**
 * Calls read per transaction. A demo call is about 1.3 KB, a played one with its transcript and
 * graded turns tens of KB: a thousand of them keep the two pages held at once to tens of MB,
 * while fifty pages for 50,000 calls cost no more to read than twenty (measured in Chromium).
 */
const CALLS_PER_PAGE = 1_000;

/**
 * Every call in the order of its id, a page at a time: each page is one read-only transaction
 * that resumes after the last id read (keyset paging, never an offset), straight from the table
 * with no index in between. The next page is read while the caller writes this one out, so at
 * most two pages are held; a call deleted meanwhile never shifts the pages after it.
 */
export async function* attemptsInIdOrder(
  pageSize = CALLS_PER_PAGE,
): AsyncGenerator<AttemptRecord[]> {
  const db = database();
  const read = (after: string | null) =>
    (after === null ? db.attempts.orderBy(':id') : db.attempts.where(':id').above(after))
      .limit(pageSize)
      .toArray();
  let next: Promise<AttemptRecord[]> | null = read(null);
  try {
    while (next) {
      const calls: AttemptRecord[] = await next;
      if (calls.length === 0) return;
      next = calls.length === pageSize ? read(calls.at(-1)!.id) : null;
      yield calls;
    }
  } finally {
    // A caller that stops early leaves the page read ahead unread: its failure is nobody's to report.
    next?.catch(() => {});
  }
}
