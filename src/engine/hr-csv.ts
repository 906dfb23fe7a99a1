import type { CsvValue } from './csv';
import { bestTotal, meanTotal } from './profile-summary';
import type { CertificationStatus, RosterPerson } from './roster';
import { DIMENSION_IDS, type DimensionScores } from './scoring/dimensions';
import { gradedByEarlierModel } from './scoring/graded-by';

const pad = (n: number) => String(n).padStart(2, '0');

/** A date Excel recognises as one, in local time: 2026-03-01 14:05. */
export function spreadsheetDate(at: number | null | undefined): string {
  if (!at) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const round = (n: number | null | undefined) =>
  n === null || n === undefined ? null : Math.round(n);

/**
 * The roster CSV's columns after the header: one row per person; after the mean, how many of the
 * person's calls a trainer has regraded (the screen's column), then dimensions in DIMENSION_IDS order.
 */
export function rosterRow(
  p: RosterPerson & { overriddenCalls: number },
  statusLabel: (status: CertificationStatus) => string,
  levelLabel: (level: string) => string = (level) => level,
): CsvValue[] {
  return [
    p.name,
    p.employeeId,
    p.site,
    p.team,
    statusLabel(p.certification.status),
    p.certification.level === null ? null : levelLabel(p.certification.level),
    spreadsheetDate(p.certification.expiresAt),
    p.summary?.finishedAttempts ?? 0,
    spreadsheetDate(p.summary?.lastActivityAt),
    bestTotal(p.summary),
    round(meanTotal(p.summary)),
    p.overriddenCalls,
    ...DIMENSION_IDS.map((d) => round(p.summary?.dimensionMeans[d])),
  ];
}

export interface AttemptRowInput {
  employeeId: string;
  name: string;
  scenarioTitle: string;
  scenarioVersion: number;
  startedAt: number;
  finishedAt: number | null;
  status: string;
  /** Already in the reader's words. */
  outcome: string;
  total: number | null;
  /** The version of the scoring model that graded the call, so an export tells old grades apart. */
  scoringModel: number;
  dimensions: DimensionScores | null;
  practice: boolean;
  attemptId: string;
  /** A trainer's latest override of the call, whose total replaces the call's own for best, mean and certification. */
  override?: { total: number; reason: string; by: string } | null;
}

/**
 * One call as a CSV row, dimensions in DIMENSION_IDS order. Beside the total stand the version of
 * the scoring model that produced it and whether that model is an earlier one (1/0, to filter on):
 * a total from an earlier model is kept as it was graded, never re-derived. Then a trainer's
 * override, if any: the total that stands, the reason and who gave it (empty otherwise).
 */
export function attemptRow(a: AttemptRowInput): CsvValue[] {
  return [
    a.employeeId,
    a.name,
    a.scenarioTitle,
    a.scenarioVersion,
    spreadsheetDate(a.startedAt),
    spreadsheetDate(a.finishedAt),
    a.status,
    a.outcome,
    a.total,
    a.scoringModel,
    gradedByEarlierModel(a) ? 1 : 0,
    a.override?.total ?? null,
    a.override?.reason ?? null,
    a.override?.by ?? null,
    ...DIMENSION_IDS.map((d) => a.dimensions?.[d] ?? null),
    a.practice ? 1 : 0,
    a.attemptId,
  ];
}
