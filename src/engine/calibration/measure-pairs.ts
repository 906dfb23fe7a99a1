import { bandOf } from './bands';
import type { Measuring } from './measuring';
import { playReply } from './play-items';

/** Each pair of replies at one point: the engine must grade the expert's `better` strictly higher. */
export function measurePairs({ grades, scenario, measure, missing, miss }: Measuring): void {
  for (const pair of grades.pairs) {
    measure.tally.pairsTotal += 1;
    if (!scenario) {
      miss('pair', pair.id, missing);
      continue;
    }
    const better = playReply(scenario, pair.prefix, pair.better);
    if (!better.ok) {
      miss('pair', pair.id, better);
      continue;
    }
    const worse = playReply(scenario, pair.prefix, pair.worse);
    if (!worse.ok) {
      miss('pair', pair.id, worse);
      continue;
    }
    const [b, w] = [better.turn.grade, worse.turn.grade];
    if (b.grade > w.grade) {
      measure.tally.pairsAgreed += 1;
      continue;
    }
    measure.disagreements.push({
      case: grades.case,
      kind: 'pair',
      id: pair.id,
      node: better.node,
      prefix: [...pair.prefix],
      choice: { better: pair.better, worse: pair.worse },
      expertBand: null,
      engineScore: { better: b.grade, worse: w.grade },
      engineBand: { better: bandOf(grades.scale, b.grade), worse: bandOf(grades.scale, w.grade) },
      rules: { better: [...b.rules], worse: [...w.rules] },
    });
  }
}
