import type { Replay } from '../replay';
import { DIMENSION_IDS, type DimensionScores } from '../scoring/dimensions';
import { bandOf } from './bands';
import type { Tally } from './figures';
import type { GradedTranscript } from './grade-file';
import { kendallTauB } from './kendall';
import type { Measuring } from './measuring';
import { playTranscript } from './play-items';
import type { Outcome } from '../vocabulary';

/**
 * How far a call got: satisfied, resolved without satisfaction, or lost. A better-handled call must
 * never end in a worse tier; which way a lost customer goes (a supervisor, a hang-up, a public post)
 * is the customer's temper, not the call's quality, and the experts' own files rank them either way.
 */
const OUTCOME_TIER: Readonly<Record<Outcome, number>> = {
  'resolved-satisfied': 0,
  'resolved-grudging': 1,
  escalated: 2,
  'customer-hung-up': 2,
  'public-complaint': 2,
};

/**
 * The whole calls: each total against the expert's band, the outcome against the expert's, the
 * dimensions against the expert's, and every pair of the case's calls ordered as the expert orders
 * them. A call that cannot be played scores nothing, so it misses every figure it is in.
 */
export function measureTranscripts({ grades, scenario, measure, missing, miss }: Measuring): void {
  const { tally } = measure;
  const calls = grades.transcripts.map((item): Replay | null => {
    tally.transcriptsTotal += 1;
    const played = scenario ? playTranscript(scenario, item.choices) : missing;
    if (played.ok) return played.replay;
    miss('transcript', item.id, played);
    return null;
  });

  grades.transcripts.forEach((item, i) => {
    const call = calls[i] ?? null;
    countDimensions(tally, item, call?.score.dimensions ?? null);
    if (!call) return;
    if (call.outcome === item.outcome) tally.outcomesMatched += 1;
    const { total } = call.score;
    if (bandOf(grades.scale, total) === item.band) {
      tally.totalsInBand += 1;
      return;
    }
    measure.disagreements.push({
      case: grades.case,
      kind: 'transcript',
      id: item.id,
      node: call.progress.nodeId,
      prefix: [...item.choices],
      choice: null,
      expertBand: item.band,
      engineScore: total,
      engineBand: bandOf(grades.scale, total),
      rules: [...new Set(call.turns.flatMap((t) => t.grade.rules))],
    });
  });

  const totals = calls.map((call) => call?.score.total ?? null);
  const tau = kendallTauB(
    grades.transcripts.map((t) => t.score),
    totals,
  );
  if (tau !== null) tally.taus.push(tau);

  grades.transcripts.forEach((higher, i) => {
    grades.transcripts.forEach((lower, j) => {
      // Transcripts the expert scored alike have no order to agree with.
      if (higher.score <= lower.score) return;
      tally.transcriptPairsTotal += 1;
      const [a, b] = [totals[i] ?? null, totals[j] ?? null];
      if (a !== null && b !== null && a > b) tally.transcriptPairsOrdered += 1;
      const [reached, lowerReached] = [calls[i]?.outcome, calls[j]?.outcome];
      if (reached && lowerReached && OUTCOME_TIER[reached] > OUTCOME_TIER[lowerReached]) {
        measure.outcomeInversions.push({ case: grades.case, higher: higher.id, lower: lower.id });
      }
    });
  });
}

/** Coverage counts every dimension the expert scored; the error only those the engine scored too. */
function countDimensions(tally: Tally, item: GradedTranscript, engine: DimensionScores | null) {
  for (const d of DIMENSION_IDS) {
    const expert = item.dimensions[d];
    if (expert === undefined || expert === null) continue;
    tally.dimensionsExpertScored += 1;
    const score = engine?.[d] ?? null;
    if (score === null) continue;
    tally.dimensionsBothScored += 1;
    tally.dimensionErrorSum += Math.abs(score - expert);
  }
}
