import type { AttemptRecord } from './records';

/**
 * Reads an attempt of any stored shape as the current one: fields added since an attempt was
 * written get the value that is true of it (an older attempt was not practice, not timed…).
 */
export function normalizeAttempt(stored: AttemptRecord): AttemptRecord {
  const record = stored as Partial<AttemptRecord> & AttemptRecord;
  return {
    ...record,
    practice: record.practice ?? false,
    parentAttemptId: record.parentAttemptId ?? null,
    branchedAtTurn: record.branchedAtTurn ?? null,
    timed: record.timed ?? false,
    answeredAt: record.answeredAt ?? null,
    cueSpot: record.cueSpot ?? null,
    customer: record.customer ?? null,
    certification: record.certification ?? null,
    turns: record.turns.map((t) => ({
      ...t,
      credits: t.credits ?? [],
      reactions: t.reactions ?? [],
    })),
  };
}
