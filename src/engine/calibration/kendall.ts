/**
 * Kendall's tau-b between the expert's scores and the engine's, with ties corrected for:
 * (concordant − discordant) / √((n₀ − tied expert pairs)(n₀ − tied engine pairs)).
 * An engine score of null (a transcript that could not be played) agrees with nothing: every pair
 * that includes it is discordant unless the expert tied it. Null when either side ties everything
 * (fewer than two transcripts, or one score for all).
 */
export function kendallTauB(
  expert: readonly number[],
  engine: readonly (number | null)[],
): number | null {
  let concordant = 0;
  let discordant = 0;
  let expertTies = 0;
  let engineTies = 0;
  let pairs = 0;
  for (let i = 0; i < expert.length; i += 1) {
    for (let j = i + 1; j < expert.length; j += 1) {
      pairs += 1;
      const x = Math.sign(expert[i]! - expert[j]!);
      const a = engine[i] ?? null;
      const b = engine[j] ?? null;
      const y = a === null || b === null ? null : Math.sign(a - b);
      if (x === 0) expertTies += 1;
      if (y === 0) engineTies += 1;
      if (x === 0 || y === 0) continue;
      if (y === x) concordant += 1;
      else discordant += 1;
    }
  }
  const denominator = Math.sqrt((pairs - expertTies) * (pairs - engineTies));
  return denominator === 0 ? null : (concordant - discordant) / denominator;
}
