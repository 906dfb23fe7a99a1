import { attemptRow } from '../engine/hr-csv';
import type { Outcome } from '../engine/vocabulary';
import { toCsv, type CsvValue } from '../engine/csv';
import type { LocalizedText } from '../engine/scenario-schema';
import { database } from './database';

/**
 * Every call of every person as CSV, read with a cursor so 50,000 calls never sit in memory as
 * records at once; statuses and outcomes are labelled by the caller in the HR's language.
 */
export async function exportAttemptsCsv(
  header: readonly string[],
  label: {
    title: (t: LocalizedText) => string;
    status: (s: string) => string;
    outcome: (o: Outcome) => string;
  },
): Promise<Blob> {
  const db = database();
  const profiles = new Map((await db.profiles.toArray()).map((p) => [p.id, p]));
  // The latest override of each call is the one that stands.
  const overrides = new Map(
    (await db.overrides.toArray()).sort((a, b) => a.at - b.at).map((o) => [o.attemptId, o]),
  );
  const rows: CsvValue[][] = [];
  await db.attempts.orderBy('profileId').each((a) => {
    const person = profiles.get(a.profileId);
    rows.push(
      attemptRow({
        employeeId: person?.employeeId ?? '',
        name: person?.name ?? '',
        scenarioTitle: label.title(a.scenarioTitle),
        scenarioVersion: a.scenarioVersion,
        startedAt: a.startedAt,
        finishedAt: a.finishedAt,
        status: label.status(a.status),
        outcome: a.outcome ? label.outcome(a.outcome) : '',
        total: a.score?.total ?? null,
        scoringModel: a.scoringModel,
        dimensions: a.score?.dimensions ?? null,
        practice: a.practice ?? false,
        attemptId: a.id,
        override: overrides.get(a.id) ?? null,
      }),
    );
  });
  return csvBlob(toCsv(header, rows));
}

export const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
