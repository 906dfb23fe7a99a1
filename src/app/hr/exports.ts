import { csvHeadLine, csvLines } from '../../engine/csv-stream';
import { attemptRow } from '../../engine/hr-csv';
import type { AttemptRecord } from '../../engine/records/attempt';
import type { LocalizedText } from '../../engine/scenario-schema';
import type { Outcome } from '../../engine/vocabulary';
import { attemptsByPerson, readExportLookups } from '../../storage/hr-exports';

const CSV_TYPE = 'text/csv;charset=utf-8';

export const csvBlob = (text: string) => new Blob([text], { type: CSV_TYPE });

/** How the export labels statuses, outcomes and case titles, in the HR's language. */
export interface AttemptLabels {
  title: (t: LocalizedText) => string;
  status: (s: string) => string;
  outcome: (o: Outcome) => string;
}

/**
 * Every call of every person as CSV. The calls are read a range of people at a time and each
 * range becomes one part of the file (a Blob part), so 50,000 calls never sit in memory as
 * records or as one string; the bytes are those of `toCsv` over all the rows.
 */
export async function exportAttemptsCsv(
  header: readonly string[],
  label: AttemptLabels,
): Promise<Blob> {
  const lookups = await readExportLookups();
  const profiles = new Map(lookups.profiles.map((p) => [p.id, p]));
  // The latest override of each call is the one that stands.
  const overrides = new Map(
    lookups.overrides.sort((a, b) => a.at - b.at).map((o) => [o.attemptId, o]),
  );
  const row = (a: AttemptRecord) => {
    const person = profiles.get(a.profileId);
    return attemptRow({
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
    });
  };
  const parts: Blob[] = [new Blob([csvHeadLine(header)])];
  for await (const calls of attemptsByPerson()) parts.push(new Blob([csvLines(calls.map(row))]));
  return new Blob(parts, { type: CSV_TYPE });
}
