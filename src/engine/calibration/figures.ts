/** How closely the engine's grades agree with an expert's, for one case or the whole corpus. */
export interface Figures {
  repliesInBand: number;
  repliesWithinOneBand: number;
  repliesTotal: number;
  /** Pairs of one case's transcripts the engine orders as the expert does (a tie is wrong). */
  transcriptPairsOrdered: number;
  /** Pairs of one case's transcripts the expert scored differently. */
  transcriptPairsTotal: number;
  /** Within a case; over several cases, the mean of theirs. Null when no case has an order. */
  kendallTauB: number | null;
  totalsInBand: number;
  transcriptsTotal: number;
  outcomesMatched: number;
  pairsAgreed: number;
  pairsTotal: number;
  /** Mean |engine − expert| over transcripts and dimensions both scored, to 1 decimal. */
  dimensionMeanAbsError: number | null;
  /** Dimensions both scored ÷ dimensions the expert scored, 0–1. */
  dimensionCoverage: number | null;
}

/** The raw counts behind Figures, which add up across grade files and cases. */
export interface Tally {
  repliesInBand: number;
  repliesWithinOneBand: number;
  repliesTotal: number;
  transcriptPairsOrdered: number;
  transcriptPairsTotal: number;
  /** One tau per grade file (or per case, overall) whose transcripts have an order. */
  taus: number[];
  totalsInBand: number;
  transcriptsTotal: number;
  outcomesMatched: number;
  pairsAgreed: number;
  pairsTotal: number;
  dimensionErrorSum: number;
  dimensionsBothScored: number;
  dimensionsExpertScored: number;
}

export const emptyTally = (): Tally => ({
  repliesInBand: 0,
  repliesWithinOneBand: 0,
  repliesTotal: 0,
  transcriptPairsOrdered: 0,
  transcriptPairsTotal: 0,
  taus: [],
  totalsInBand: 0,
  transcriptsTotal: 0,
  outcomesMatched: 0,
  pairsAgreed: 0,
  pairsTotal: 0,
  dimensionErrorSum: 0,
  dimensionsBothScored: 0,
  dimensionsExpertScored: 0,
});

export function addTally(into: Tally, from: Tally): Tally {
  const sum = { ...into, taus: [...into.taus, ...from.taus] };
  for (const key of Object.keys(from) as Array<keyof Tally>) {
    if (key !== 'taus') sum[key] = into[key] + from[key];
  }
  return sum;
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

/** A case's tally as one voice in the overall tau: its files' taus become their mean. */
export function oneCase(tally: Tally): Tally {
  const tau = mean(tally.taus);
  return { ...tally, taus: tau === null ? [] : [tau] };
}

const round = (value: number, decimals: number) => {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
};

export function figuresOf(tally: Tally): Figures {
  const { taus, dimensionErrorSum, dimensionsBothScored, dimensionsExpertScored, ...counts } =
    tally;
  const meanTau = mean(taus);
  return {
    repliesInBand: counts.repliesInBand,
    repliesWithinOneBand: counts.repliesWithinOneBand,
    repliesTotal: counts.repliesTotal,
    transcriptPairsOrdered: counts.transcriptPairsOrdered,
    transcriptPairsTotal: counts.transcriptPairsTotal,
    kendallTauB: meanTau === null ? null : round(meanTau, 3),
    totalsInBand: counts.totalsInBand,
    transcriptsTotal: counts.transcriptsTotal,
    outcomesMatched: counts.outcomesMatched,
    pairsAgreed: counts.pairsAgreed,
    pairsTotal: counts.pairsTotal,
    dimensionMeanAbsError: dimensionsBothScored
      ? round(dimensionErrorSum / dimensionsBothScored, 1)
      : null,
    dimensionCoverage: dimensionsExpertScored
      ? round(dimensionsBothScored / dimensionsExpertScored, 3)
      : null,
  };
}
