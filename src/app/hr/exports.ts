import { csvHeadLine, csvLine } from '../../engine/csv-stream';
import { attemptRow } from '../../engine/hr-csv';
import type { AttemptRecord } from '../../engine/records/attempt';
import type { LocalizedText } from '../../engine/scenario-schema';
import type { Outcome } from '../../engine/vocabulary';
import { attemptsInIdOrder, readExportLookups } from '../../storage/hr-exports';

const CSV_TYPE = 'text/csv;charset=utf-8';

export const csvBlob = (text: string) => new Blob([text], { type: CSV_TYPE });

/** How the export labels statuses, outcomes and case titles, in the HR's language. */
export interface AttemptLabels {
  title: (t: LocalizedText) => string;
  status: (s: string) => string;
  outcome: (o: Outcome) => string;
}

/**
 * A label asked once per distinct value. The HR screen's labels go through the translator, whose
 * lookup costs microseconds: twice per call, 50,000 calls spent most of the export's time there.
 */
function remembered<K extends string>(label: (key: K) => string): (key: K) => string {
  const labels = new Map<K, string>();
  return (key) => {
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = label(key)));
    return text;
  };
}

/**
 * Every call as CSV, in the order of the calls' ids (the same records always make the same file;
 * a spreadsheet sorts it by 工号 or start time). The calls are read a page at a time and each page
 * becomes one part of the file (a Blob part), so 50,000 calls never sit in memory as records or
 * as one string; the bytes are those of `toCsv` over all the rows in that order.
 */
export async function exportAttemptsCsv(
  header: readonly string[],
  label: AttemptLabels,
  callsPerPart?: number,
): Promise<Blob> {
  const status = remembered(label.status);
  const outcome = remembered(label.outcome);
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
      status: status(a.status),
      outcome: a.outcome ? outcome(a.outcome) : '',
      total: a.score?.total ?? null,
      scoringModel: a.scoringModel,
      dimensions: a.score?.dimensions ?? null,
      practice: a.practice ?? false,
      attemptId: a.id,
      override: overrides.get(a.id) ?? null,
    });
  };
  const parts: Blob[] = [new Blob([csvHeadLine(header)])];
  for await (const calls of attemptsInIdOrder(callsPerPart)) {
    let lines = '';
    for (const call of calls) lines += csvLine(row(call));
    parts.push(new Blob([lines]));
  }
  return new Blob(parts, { type: CSV_TYPE });
}
