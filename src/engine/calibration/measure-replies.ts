import { bandOf, bandsApart } from './bands';
import type { Measuring } from './measuring';
import { playReply } from './play-items';

/** Each graded reply, played after its prefix: in the expert's band, one band off, or further. */
export function measureReplies({ grades, scenario, measure, missing, miss }: Measuring): void {
  const { tally, disagreements } = measure;
  const { scale } = grades;
  for (const item of grades.replies) {
    for (const [choice, { band }] of Object.entries(item.grades)) {
      tally.repliesTotal += 1;
      const id = `${item.node}/${choice}`;
      const played = scenario ? playReply(scenario, item.prefix, choice, item.node) : missing;
      if (!played.ok) {
        miss('reply', id, played);
        continue;
      }
      const score = played.turn.grade.grade;
      const apart = bandsApart(scale, band, score);
      if (apart !== null && apart <= 1) tally.repliesWithinOneBand += 1;
      if (apart === 0) {
        tally.repliesInBand += 1;
        continue;
      }
      disagreements.push({
        case: grades.case,
        kind: 'reply',
        id,
        node: item.node,
        prefix: [...item.prefix],
        choice,
        expertBand: band,
        engineScore: score,
        engineBand: bandOf(scale, score),
        rules: [...played.turn.grade.rules],
      });
    }
  }
}
