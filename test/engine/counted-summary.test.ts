import { describe, expect, it } from 'vitest';
import { countedSummaries, summaryOfCounted } from '../../src/engine/counted-summary';
import type { AttemptRecord } from '../../src/engine/records/attempt';
import type { OverrideRecord } from '../../src/engine/records/override';
import { DIMENSION_IDS } from '../../src/engine/scoring/dimensions';

const call = (id: string, profileId: string, total: number, status = 'finished') =>
  ({
    id,
    profileId,
    scenarioId: 'ac',
    status,
    practice: false,
    finishedAt: status === 'finished' ? 10 : null,
    score: {
      total,
      dimensions: { ...Object.fromEntries(DIMENSION_IDS.map((d) => [d, null])), listen: total },
    },
  }) as unknown as AttemptRecord;

describe('many people’s summaries from one set of rows', () => {
  it('counts each person from their own rows only, and gives someone without any an empty one', () => {
    const attempts = [call('a1', 'ann', 40), call('b1', 'bo', 90), call('a2', 'ann', 70)];
    const unfinished = call('b2', 'bo', 100, 'active');
    const overrides = [{ id: 'o1', attemptId: 'a1', profileId: 'ann', total: 95, at: 20 }];
    const [ann, bo, cy] = countedSummaries(
      ['ann', 'bo', 'cy'],
      [],
      [...attempts, unfinished],
      overrides as unknown as OverrideRecord[],
    );
    expect(ann).toEqual(
      summaryOfCounted(
        'ann',
        [],
        [attempts[0]!, attempts[2]!],
        overrides as unknown as OverrideRecord[],
      ),
    );
    expect(ann!.bestByScenario).toEqual({ ac: 95 });
    expect(bo).toMatchObject({ finishedAttempts: 1, bestByScenario: { ac: 90 } });
    expect(cy).toMatchObject({ profileId: 'cy', finishedAttempts: 0, bestByScenario: {} });
  });
});
